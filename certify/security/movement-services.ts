import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAudit } from '../../shared/audit';
import type { TransferClient } from '../../shared/bank';
import type { StateStore } from '../../shared/state';
import type { RunContext } from '../context';
import { startInProcess, type InProcessService } from '../service/in-process';
import { sharedStores } from '../service/shared-store';
import { behaviourEnv } from '../skill';

/** The in-process services of the movement checks: two sharing Redis and one audit log, or one. */
export interface MovementServices {
  readonly urls: readonly string[];
  /** What they share, for the evidence. */
  readonly shared: string;
  close(): Promise<void>;
}

/** Starts the instances with MONEY_MOVEMENT=on; `wrap` wraps the bank's Money Movement client (tests break it on purpose). */
export type StartMovement = (wrap?: (client: TransferClient) => TransferClient) => Promise<MovementServices>;

/**
 * The run's own movement services, on the run's bank client, with a throwaway SQLite audit: with a
 * Redis in STATE_STORE two instances over it, each over its own connection (as two processes
 * would), under a key prefix of this run that is deleted afterwards; else one instance with a
 * memory store. `wrapStore` changes the store each instance gets (tests break it on purpose).
 */
export function movementServices(
  ctx: RunContext,
  wrapStore: (store: StateStore) => StateStore = (store) => store,
): StartMovement {
  return async (wrap) => {
    const { settings } = ctx;
    const dir = mkdtempSync(join(tmpdir(), 'voicebank-certify-audit-'));
    const audit = await openAudit({ sqlitePath: join(dir, 'audit.sqlite') });
    const { stores, shared, close: closeStores } = sharedStores(settings.env, ctx.capture.logger, settings.clock);
    // Instances sharing a store must key the customer alike (a secret of this run).
    const keySecret = randomBytes(24).toString('base64url');
    ctx.seen.addToken(keySecret);
    const env = {
      ...behaviourEnv(settings),
      MONEY_MOVEMENT: 'on',
      STATE_KEY_SECRET: keySecret,
      ...(settings.env.PIN_POLICY ? { PIN_POLICY: settings.env.PIN_POLICY } : {}),
      ...(settings.env.TRANSFER_MAX ? { TRANSFER_MAX: settings.env.TRANSFER_MAX } : {}),
      ...(settings.env.TRANSFER_DAILY_MAX ? { TRANSFER_DAILY_MAX: settings.env.TRANSFER_DAILY_MAX } : {}),
    };
    const transfers = wrap ? wrap(ctx.client) : ctx.client;
    const services: InProcessService[] = [];
    const close = async (): Promise<void> => {
      await Promise.all(services.map((s) => s.close()));
      await closeStores();
      await audit.close();
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      for (const store of stores)
        services.push(
          await startInProcess({
            env,
            logger: ctx.capture.logger,
            bank: ctx.client,
            clock: settings.clock,
            store: wrapStore(store),
            audit,
            transfers,
          }),
        );
    } catch (error) {
      await close();
      throw error;
    }
    return { urls: services.map((service) => service.url), shared, close };
  };
}
