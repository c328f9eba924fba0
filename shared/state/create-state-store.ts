import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { createKvStateStore } from './kv-state-store';
import { createMemoryKeyValue } from './memory-key-value';
import { createRedisKeyValue } from './redis-key-value';
import type { StateStore } from './state-store';

/** Prefix of every key the service writes to Redis. */
export const DEFAULT_KEY_PREFIX = 'voicebank:';

/** Tuning that callers rarely need; tests use a unique prefix per run. */
export interface StateStoreOptions {
  /** Redis key prefix, ending in ':' by convention; default `voicebank:`. */
  readonly keyPrefix?: string;
  /** Memory store only: most entries kept (default 10,000). */
  readonly maxEntries?: number;
  /** Memory store only: the clock its expiry follows (Redis keeps its own time). */
  readonly clock: Clock;
}

/**
 * Opens the state store named by `url`: `memory` (this process only) or `redis://…` / `rediss://…`.
 * A Redis connection starts at once; operations wait at most about a second for it.
 * @throws TypeError for any other URL (the message never echoes it: it may hold a password).
 */
export function createStateStore(url: string, logger: Logger, options: StateStoreOptions): StateStore {
  if (url === 'memory') {
    return createKvStateStore(
      createMemoryKeyValue({
        clock: options.clock,
        ...(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries }),
      }),
    );
  }
  if (!/^rediss?:\/\//i.test(url))
    throw new TypeError('state store URL must be "memory" or a redis:// or rediss:// URL');
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  if (prefix.length === 0) throw new TypeError('state store key prefix must not be empty');
  return createKvStateStore(createRedisKeyValue(url, logger, prefix));
}
