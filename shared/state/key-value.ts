import type { AttemptLimiter, LimiterOptions } from './types';

/**
 * The few primitives a backend must offer; `kv-state-store.ts` builds the StateStore on them.
 * Keys here are relative: the backend adds its prefix (`voicebank:` by default). Every method
 * rejects with StateUnavailableError when the backend cannot answer or is closed.
 */
export interface KeyValue {
  get(key: string): Promise<string | undefined>;
  /** Stores `value`; without `ttlSeconds` it never expires. */
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Gives an existing key a new time to live; false when the key does not exist (any more). */
  expire(key: string, ttlSeconds: number): Promise<boolean>;
  del(key: string): Promise<void>;
  /** Stores `value` only when `key` does not exist, atomically (Redis `SET NX EX`); true when this call stored it. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** Adds `by` (may be negative) to an integer counter, atomically; a new counter lives `ttlSeconds`. Returns the new value. */
  incrBy(key: string, by: number, ttlSeconds: number): Promise<number>;
  /** A rate-limiter-flexible limiter on the same backend and prefix. */
  limiter(options: LimiterOptions): AttemptLimiter;
  close(): Promise<void>;
}
