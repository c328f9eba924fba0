import type { StateStore } from '../state/state-store';
import type { AttemptState, CustomerKey } from '../state/types';

/** How the PIN guard counts. */
export interface PinGuardOptions {
  readonly store: StateStore;
  /** Wrong PINs that lock; the `maxAttempts`-th wrong PIN starts the lock. Default 3. */
  readonly maxAttempts?: number;
  /** Seconds a lock lasts, and the window in which wrong PINs are counted. Default 900. */
  readonly lockSeconds?: number;
}

/** Whether a customer may try a PIN now. */
export type PinLockState = { readonly locked: false } | { readonly locked: true; readonly retryAfterSeconds: number };

/** The outcome of a wrong PIN. */
export interface PinFailure {
  /** True when this failure started (or fell inside) a lock. */
  readonly locked: boolean;
  /** Wrong PINs left before the lock; 0 when locked. */
  readonly attemptsLeft: number;
  /** Whole seconds until the lock ends; present only when locked. */
  readonly retryAfterSeconds?: number;
}

/**
 * Voice-PIN lockout per customer, on rate-limiter-flexible through the state store: with a Redis
 * store every instance sees the same counts and locks. Every method rejects with
 * StateUnavailableError when the store cannot answer; callers then refuse the PIN (fail closed).
 */
export interface PinGuard {
  /** Call before asking for (or checking) a PIN. */
  check(key: CustomerKey): Promise<PinLockState>;
  /** Call after a wrong PIN. */
  recordFailure(key: CustomerKey): Promise<PinFailure>;
  /** Call after a right PIN: clears the count of wrong PINs. Never lifts an active lock. */
  recordSuccess(key: CustomerKey): Promise<void>;
}

function secondsLeft(state: AttemptState): number {
  return Math.max(1, Math.ceil(state.msBeforeReset / 1000));
}

/** Builds the guard; `maxAttempts` and `lockSeconds` must be whole numbers ≥ 1. */
export function createPinGuard({ store, maxAttempts = 3, lockSeconds = 900 }: PinGuardOptions): PinGuard {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError('maxAttempts must be a whole number >= 1');
  if (!Number.isInteger(lockSeconds) || lockSeconds < 1) throw new RangeError('lockSeconds must be a whole number >= 1');
  // rate-limiter-flexible limits the attempt *after* `points`, so points = maxAttempts - 1 makes the
  // maxAttempts-th failure the one that is limited and starts the block.
  const limiter = store.createLimiter({
    name: 'pin-failures', points: maxAttempts - 1, durationSeconds: lockSeconds, blockSeconds: lockSeconds,
  });
  return {
    async check(key) {
      const state = await limiter.get(key);
      return state?.limited ? { locked: true, retryAfterSeconds: secondsLeft(state) } : { locked: false };
    },
    async recordFailure(key) {
      const state = await limiter.consume(key);
      if (state.limited) return { locked: true, attemptsLeft: 0, retryAfterSeconds: secondsLeft(state) };
      return { locked: false, attemptsLeft: Math.max(maxAttempts - state.consumed, 0) };
    },
    async recordSuccess(key) {
      const state = await limiter.get(key);
      if (!state?.limited) await limiter.reset(key);
    },
  };
}
