import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log/logger';
import { StateUnavailableError } from './errors';
import type { Gate } from './limiter';

/**
 * Fail fast: a voice turn has a few seconds in all, so an unreachable Redis must cost at most about
 * a second. No offline queue either — a write queued during an outage would land minutes later.
 */
export const REDIS_OPTIONS: RedisOptions = {
  connectTimeout: 1000,
  commandTimeout: 500,
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
  retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
};

/** A connected ioredis client plus the gate every command goes through. */
export interface RedisConnection {
  readonly client: Redis;
  /** Waits (≤ connectTimeout) for a connection in progress, then maps any failure. */
  readonly gate: Gate;
  readonly close: () => Promise<void>;
}

function watchHealth(client: Redis, logger: Logger): void {
  let healthy: boolean | undefined;
  client.on('ready', () => {
    if (healthy !== true) logger.info({ store: 'redis' }, 'state store connected');
    healthy = true;
  });
  // One line per outage, not one per reconnect attempt; the reason never carries credentials.
  client.on('error', (err: Error) => {
    if (healthy !== false) logger.warn({ store: 'redis', reason: err.message }, 'state store unreachable');
    healthy = false;
  });
}

function readiness(client: Redis, waitMs: number): () => Promise<void> {
  let pending: Promise<void> | undefined;
  const waitForReady = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const finish = (error?: StateUnavailableError): void => {
        clearTimeout(timer);
        client.off('ready', onReady).off('close', onClose);
        pending = undefined;
        if (error) reject(error);
        else resolve();
      };
      const onReady = (): void => finish();
      const onClose = (): void => finish(new StateUnavailableError('redis state store connection failed'));
      const timer = setTimeout(
        () => finish(new StateUnavailableError('redis state store did not connect in time')),
        waitMs,
      );
      client.once('ready', onReady).once('close', onClose);
    });
  return () => {
    if (client.status === 'ready') return Promise.resolve();
    // Only a connection attempt in progress is worth waiting for; otherwise Redis is down: fail now.
    if (client.status !== 'connecting' && client.status !== 'connect') {
      return Promise.reject(new StateUnavailableError(`redis state store is ${client.status}`));
    }
    pending ??= waitForReady();
    return pending;
  };
}

/** Opens the client (connection starts at once) and the gate that guards every command. */
export function connectRedis(url: string, logger: Logger): RedisConnection {
  const client = new Redis(url, REDIS_OPTIONS);
  watchHealth(client, logger);
  const ready = readiness(client, REDIS_OPTIONS.connectTimeout ?? 1000);
  const gate: Gate = async (operation) => {
    await ready();
    try {
      return await operation();
    } catch (err) {
      if (err instanceof StateUnavailableError) throw err;
      throw new StateUnavailableError('redis state store command failed', { cause: err });
    }
  };
  const close = async (): Promise<void> => {
    if (client.status === 'end') return;
    try {
      await client.quit();
    } catch {
      client.disconnect();
    }
  };
  return { client, gate, close };
}
