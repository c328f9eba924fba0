import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/log/logger';
import { createStateStore, type StateStore } from '../../shared/state';
import type { Env } from '../options';

/** The state store of a race: one Redis seen by two in-process instances, as instances behind a load balancer share it; or one instance's memory. */
export interface SharedStores {
  /**
   * One per instance: two connections to the same Redis, or one memory store for one instance (a
   * memory store is one process's own; its PIN counters live in each limiter, so two instances
   * over it would not share them and would model nothing that can be deployed).
   */
  readonly stores: readonly StateStore[];
  /** What they share, for the evidence. */
  readonly shared: string;
  readonly close: () => Promise<void>;
}

/** The Redis the service under test is configured with (STATE_STORE), if any. */
const redisOf = (env: Env): string | undefined =>
  env.STATE_STORE && /^rediss?:\/\//i.test(env.STATE_STORE) ? env.STATE_STORE : undefined;

/** Deletes every key under `prefix`: what the run's instances left in the deployment's Redis. */
async function deleteUnder(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  // A failure shows as the rejection below; the event would only repeat it on stderr.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * With a Redis in STATE_STORE: two connections to it (as two processes would have), under a key
 * prefix of this run that is deleted on close. Else one memory store, for one instance.
 */
export function sharedStores(env: Env, logger: Logger, clock: Clock): SharedStores {
  const redis = redisOf(env);
  if (!redis) {
    const memory = createStateStore('memory', logger, { clock });
    return {
      stores: [memory],
      shared:
        'one instance with a memory state store (set STATE_STORE to a Redis URL to race two instances over Redis)',
      close: () => memory.close(),
    };
  }
  const prefix = `voicebank-certify:${randomUUID()}:`;
  const stores = [
    createStateStore(redis, logger, { clock, keyPrefix: prefix }),
    createStateStore(redis, logger, { clock, keyPrefix: prefix }),
  ] as const;
  return {
    stores,
    shared:
      'two instances sharing the Redis of STATE_STORE, each over its own connection (keys under a prefix of this run, deleted after)',
    close: async () => {
      await Promise.all(stores.map((store) => store.close()));
      await deleteUnder(redis, prefix);
    },
  };
}
