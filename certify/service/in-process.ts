import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { BankClient } from '../../shared/bank';
import type { Clock } from '../../shared/clock';
import { loadConfig, type Config } from '../../shared/config';
import type { Logger } from '../../shared/log/logger';
import { createStateStore } from '../../shared/state';
import { createApp } from '../../skills/app';
import type { Env } from '../options';

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
}

/**
 * Starts the express app (createApp) on a free loopback port. A PIN policy gets an in-memory
 * state store of its own, so dialogs never share PIN state and nothing leaves the machine.
 */
export async function startInProcess(parts: ServiceParts): Promise<InProcessService> {
  const config = loadConfig(parts.env);
  const store = createStateStore('memory', parts.logger, { clock: parts.clock });
  const app = createApp({
    config, logger: parts.logger, bank: parts.bank, clock: parts.clock,
    ...(parts.alexaVerifiers ? { alexaVerifiers: parts.alexaVerifiers } : {}), ...(store ? { store } : {}),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store?.close();
    },
  };
}
