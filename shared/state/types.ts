declare const customerKeyBrand: unique symbol;

/**
 * Lower-case hex HMAC-SHA256 of the bank customer identity (see `shared/security/customer-key.ts`).
 * Everything the store keeps is keyed on it, never on a platform user id or a raw bank id.
 */
export type CustomerKey = string & { readonly [customerKeyBrand]: 'CustomerKey' };

/** A JSON document, as stored for a preference. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** How a named attempt limiter counts and blocks (backed by rate-limiter-flexible). */
export interface LimiterOptions {
  /** Short kebab-case name; becomes part of the storage key, e.g. `pin-failures`. */
  readonly name: string;
  /** Attempts allowed in a window; the next one is limited and starts the block. */
  readonly points: number;
  /** Window in seconds after the first attempt in which attempts are counted. */
  readonly durationSeconds: number;
  /** Seconds the key stays limited once `points` is exceeded. */
  readonly blockSeconds: number;
}

/** The count for one key. */
export interface AttemptState {
  /** Attempts counted in the current window or block. */
  readonly consumed: number;
  /** True once more than `points` attempts were counted: the key is blocked. */
  readonly limited: boolean;
  /** Milliseconds until the count (or the block) expires. */
  readonly msBeforeReset: number;
}

/**
 * Counts attempts per customer in the store's backend, so every process on the same Redis sees
 * the same count. Every method rejects with StateUnavailableError when the backend cannot answer.
 */
export interface AttemptLimiter {
  /** Counts one attempt and reports the new state. */
  consume(key: CustomerKey): Promise<AttemptState>;
  /** The current state, or null when nothing is counted. */
  get(key: CustomerKey): Promise<AttemptState | null>;
  /** Marks the key limited for `seconds` from now, whatever its count. */
  block(key: CustomerKey, seconds: number): Promise<AttemptState>;
  /** Forgets the count (and any block). */
  reset(key: CustomerKey): Promise<void>;
}
