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

/** The outcome of taking one attempt before a PIN is checked. */
export type PinAttempt =
  | {
      readonly allowed: true;
      /** Wrong PINs left should this one be wrong too. */ readonly attemptsLeftIfWrong: number;
    }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Voice-PIN lockout per customer, on rate-limiter-flexible through the state store: with a Redis
 * store every instance sees the same counts and locks. An attempt is taken (one atomic consume in
 * the store) before the PIN is checked, so concurrent guesses on any number of instances can never
 * check more than `maxAttempts` PINs per lock window. Every method rejects with
 * StateUnavailableError when the store cannot answer; callers then refuse the PIN (fail closed).
 */
export interface PinGuard {
  /** Call before asking for a PIN: whether asking makes sense. Decides nothing by itself. */
  check(key: CustomerKey): Promise<PinLockState>;
  /** Call before checking a PIN: consumes one attempt; check the PIN only when `allowed`. */
  takeAttempt(key: CustomerKey): Promise<PinAttempt>;
  /** Call after a taken attempt proved wrong: starts the full lock when it was the last one. */
  attemptFailed(key: CustomerKey, attempt: PinAttempt & { readonly allowed: true }): Promise<PinFailure>;
  /** A wrong PIN that no attempt was taken for: takeAttempt + attemptFailed in one call. */
  recordFailure(key: CustomerKey): Promise<PinFailure>;
  /** Call after a right PIN: clears the count of wrong PINs. Never lifts an active lock. */
  recordSuccess(key: CustomerKey): Promise<void>;
}

function secondsLeft(state: AttemptState): number {
  return Math.max(1, Math.ceil(state.msBeforeReset / 1000));
}

/** Builds the guard; `maxAttempts` and `lockSeconds` must be whole numbers ≥ 1. */
export function createPinGuard({ store, maxAttempts = 3, lockSeconds = 900 }: PinGuardOptions): PinGuard {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new RangeError('maxAttempts must be a whole number >= 1');
  if (!Number.isInteger(lockSeconds) || lockSeconds < 1)
    throw new RangeError('lockSeconds must be a whole number >= 1');
  // points = maxAttempts: consumes 1..maxAttempts may check a PIN; the next one is limited and
  // rate-limiter-flexible blocks the key for blockSeconds.
  const limiter = store.createLimiter({
    name: 'pin-attempts',
    points: maxAttempts,
    durationSeconds: lockSeconds,
    blockSeconds: lockSeconds,
  });
  const spent = (state: AttemptState): boolean => state.limited || state.consumed >= maxAttempts;
  const locked = async (key: CustomerKey): Promise<PinFailure> => {
    const state = await limiter.block(key, lockSeconds);
    return { locked: true, attemptsLeft: 0, retryAfterSeconds: secondsLeft(state) };
  };
  const takeAttempt = async (key: CustomerKey): Promise<PinAttempt> => {
    const state = await limiter.consume(key);
    if (state.limited) return { allowed: false, retryAfterSeconds: secondsLeft(state) };
    return { allowed: true, attemptsLeftIfWrong: Math.max(maxAttempts - state.consumed, 0) };
  };
  const attemptFailed: PinGuard['attemptFailed'] = async (key, attempt) =>
    attempt.attemptsLeftIfWrong > 0 ? { locked: false, attemptsLeft: attempt.attemptsLeftIfWrong } : locked(key);
  return {
    async check(key) {
      const state = await limiter.get(key);
      return state && spent(state) ? { locked: true, retryAfterSeconds: secondsLeft(state) } : { locked: false };
    },
    takeAttempt,
    attemptFailed,
    async recordFailure(key) {
      const attempt = await takeAttempt(key);
      if (!attempt.allowed) return { locked: true, attemptsLeft: 0, retryAfterSeconds: attempt.retryAfterSeconds };
      return attemptFailed(key, attempt);
    },
    async recordSuccess(key) {
      const state = await limiter.get(key);
      // A right PIN refunds the attempts; a started lock stays (it may come from other guesses).
      if (!state?.limited) await limiter.reset(key);
    },
  };
}
