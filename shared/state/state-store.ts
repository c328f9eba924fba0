import type { MovementStore } from './movement-store';
import type { AttemptLimiter, CustomerKey, JsonValue, LimiterOptions } from './types';

/**
 * What the service keeps between turns: PIN hashes, PIN-session freshness, small preferences and
 * attempt counters. No financial data, ever (DESIGN.md §5). Every key is a CustomerKey.
 *
 * Every operation rejects with StateUnavailableError, quickly (about a second at most), when the
 * backend cannot answer; callers fail closed for PIN and lockout decisions.
 */
export interface StateStore {
  /** The stored PIN hash (`scrypt$…`), or undefined when the customer has not set a PIN. */
  getPinHash(key: CustomerKey): Promise<string | undefined>;
  /**
   * Stores the PIN hash (`scrypt-hmac$…`, or legacy `scrypt$…`), replacing any earlier one. It
   * expires after `ttlSeconds` (default 400 days): store it again after a right PIN to keep it.
   */
  setPinHash(key: CustomerKey, hash: string, ttlSeconds?: number): Promise<void>;
  /**
   * Records that the PIN was spoken correctly in this voice session. The mark lapses after
   * `ttlSeconds` without a `touchPinSession` (an inactivity window, usually 300 s).
   */
  markPinVerified(key: CustomerKey, sessionId: string, ttlSeconds: number): Promise<void>;
  /** True while the session's PIN mark is fresh. Does not extend it. */
  isPinVerified(key: CustomerKey, sessionId: string): Promise<boolean>;
  /**
   * Re-arms the inactivity window with the `ttlSeconds` given to `markPinVerified`. Returns false
   * (and changes nothing) when the mark has already lapsed.
   */
  touchPinSession(key: CustomerKey, sessionId: string): Promise<boolean>;
  /** Forgets the session's PIN mark (sign-out, PIN change). */
  clearPinSession(key: CustomerKey, sessionId: string): Promise<void>;
  /** A stored preference, or undefined. `name` is kebab-case, at most 40 characters. */
  getPreference(key: CustomerKey, name: string): Promise<JsonValue | undefined>;
  /**
   * Stores a preference for `ttlSeconds` (default 400 days, at most 400 days); its JSON must be at
   * most 2 KiB (RangeError otherwise). Nothing in the store lives without an expiry.
   */
  setPreference(key: CustomerKey, name: string, value: JsonValue, ttlSeconds?: number): Promise<void>;
  /** Forgets a preference. */
  deletePreference(key: CustomerKey, name: string): Promise<void>;
  /** An attempt limiter on this store's backend; same name + backend = shared counts. */
  createLimiter(options: LimiterOptions): AttemptLimiter;
  /** Money movement proposals, claims, results and daily totals (no balances). */
  readonly movements: MovementStore;
  /** Releases the connection (Redis) or the memory; later calls reject with StateUnavailableError. */
  close(): Promise<void>;
}
