import type { Clock } from '../clock';
import { StateUnavailableError } from './errors';
import type { KeyValue } from './key-value';
import type { Gate } from './limiter';
import { createMemoryLimiter, type Count } from './memory-limiter';

interface Entry {
  readonly value: string;
  /** Epoch ms; undefined = never expires. */
  expiresAt: number | undefined;
}

/** Options for the single-process store. */
export interface MemoryKeyValueOptions {
  /** Most entries kept; beyond it expired entries go first, then the least recently written. */
  readonly maxEntries?: number;
  /** Expiry is judged by this clock. */
  readonly clock: Clock;
}

/**
 * One process's state in a Map: bounded, with lazy TTL expiry. For development and single-instance
 * demos only — lockouts here do not survive a restart and are not shared between instances.
 * Attempt counters follow the same clock (memory-limiter.ts).
 */
export function createMemoryKeyValue(options: MemoryKeyValueOptions): KeyValue {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = (): number => options.clock.epochMs();
  const entries = new Map<string, Entry>();
  /** Attempt counts per limiter name: every limiter of a name counts the same keys. */
  const counters = new Map<string, Map<string, Count>>();
  let closed = false;

  const gate: Gate = (operation) =>
    closed ? Promise.reject(new StateUnavailableError('memory state store is closed')) : operation();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const evict = (): void => {
    for (const key of entries.keys()) if (entries.size > maxEntries) live(key);
    // Map order is insertion order and set() re-inserts, so the first key is the stalest write.
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  const ttlToExpiry = (ttlSeconds: number | undefined): number | undefined =>
    ttlSeconds === undefined ? undefined : now() + ttlSeconds * 1000;

  return {
    get: (key) => gate(async () => live(key)?.value),
    set: (key, value, ttlSeconds) =>
      gate(async () => {
        entries.delete(key);
        entries.set(key, { value, expiresAt: ttlToExpiry(ttlSeconds) });
        if (entries.size > maxEntries) evict();
      }),
    expire: (key, ttlSeconds) =>
      gate(async () => {
        const entry = live(key);
        if (entry) entry.expiresAt = ttlToExpiry(ttlSeconds);
        return entry !== undefined;
      }),
    del: (key) =>
      gate(async () => {
        entries.delete(key);
      }),
    // Both run without an await between the check and the write: atomic on one event loop.
    setIfAbsent: (key, value, ttlSeconds) =>
      gate(async () => {
        if (live(key)) return false;
        entries.set(key, { value, expiresAt: ttlToExpiry(ttlSeconds) });
        if (entries.size > maxEntries) evict();
        return true;
      }),
    incrBy: (key, by, ttlSeconds) =>
      gate(async () => {
        const entry = live(key);
        const next = (entry ? Number(entry.value) : 0) + by;
        entries.set(key, { value: String(next), expiresAt: entry?.expiresAt ?? ttlToExpiry(ttlSeconds) });
        return next;
      }),
    limiter: (limits) => {
      const counts = counters.get(limits.name) ?? new Map<string, Count>();
      counters.set(limits.name, counts);
      return createMemoryLimiter(limits, options.clock, gate, counts, maxEntries);
    },
    close: async () => {
      closed = true;
      entries.clear();
      counters.clear();
    },
  };
}
