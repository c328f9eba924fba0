import type { Verifier } from 'ask-sdk-express-adapter';
import type { AuditLog } from '../../shared/audit';
import type { BankClient, TransferClient } from '../../shared/bank';
import type { Clock } from '../../shared/clock';
import { loadConfig, type Config } from '../../shared/config';
import type { Logger } from '../../shared/log/logger';
import { createStateStore, type StateStore } from '../../shared/state';
import { createApp } from '../../skills/app';
import type { Env } from '../options';
import { listenOnLoopback } from '../../shared/loopback';

/** A voicebank service running in this process on 127.0.0.1. */
export interface InProcessService {
  readonly url: string;
  readonly config: Config;
  close(): Promise<void>;
}

/** How to run it: the environment it reads its configuration from, and its parts. */
export interface ServiceParts {
  readonly env: Env;
  readonly logger: Logger;
  readonly bank: BankClient;
  readonly clock: Clock;
  readonly alexaVerifiers?: readonly Verifier[];
  /** A state store to use (instances given the same one share PIN locks and movements); default: a memory store of its own when needed. */
  readonly store?: StateStore;
  /** Money movement's parts, needed with MONEY_MOVEMENT=on. */
  readonly transfers?: TransferClient;
  readonly audit?: AuditLog;
}

/**
 * Starts the express app (createApp) on a free loopback port. A PIN policy or money movement gets
 * an in-memory state store of its own unless one is given, so dialogs never share PIN state and
 * nothing leaves the machine. A store given is not closed here: its owner closes it.
 */
export async function startInProcess(parts: ServiceParts): Promise<InProcessService> {
  const config = loadConfig(parts.env);
  // Always a store: launch keeps its "greeted" mark there even when PINs and money movement are off.
  const own = parts.store === undefined ? createStateStore('memory', parts.logger, { clock: parts.clock }) : undefined;
  const store = parts.store ?? own;
  const app = createApp({
    config,
    logger: parts.logger,
    bank: parts.bank,
    clock: parts.clock,
    ...(parts.alexaVerifiers ? { alexaVerifiers: parts.alexaVerifiers } : {}),
    ...(store ? { store } : {}),
    ...(parts.transfers ? { transfers: parts.transfers } : {}),
    ...(parts.audit ? { audit: parts.audit } : {}),
  });
  const listening = await listenOnLoopback(app);
  return {
    url: listening.url,
    config,
    close: async () => {
      await listening.close();
      await own?.close();
    },
  };
}
