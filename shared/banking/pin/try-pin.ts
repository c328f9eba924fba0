import { isLegacyPinHash, type PinGuard } from '../../security';
import type { CustomerKey, StateStore } from '../../state';

/** The outcome of one guess at a customer's voice PIN. */
export type PinCheck =
  | { readonly outcome: 'right' }
  | { readonly outcome: 'wrong'; readonly attemptsLeft: number }
  /** `startedNow`: this guess was checked, wrong, and the last one allowed; else it was refused unchecked. */
  | { readonly outcome: 'locked'; readonly retryAfterSeconds: number; readonly startedNow: boolean }
  | { readonly outcome: 'noPin' };

/** What a guess needs: the store, the guard and the PIN hashing bound to the server secret. */
export interface PinChecker {
  readonly store: StateStore;
  readonly guard: PinGuard;
  hashPin(digits: string): Promise<string>;
  matchesHash(digits: string, stored: string): Promise<boolean>;
}

/**
 * One guess: the attempt is consumed in the store (atomically) before the PIN is checked, and given
 * back only when the PIN is right, so concurrent guesses on any number of instances never check
 * more than PIN_MAX_ATTEMPTS PINs. A right PIN also re-arms the hash's expiry (and upgrades a
 * legacy hash to the keyed form).
 */
export async function tryPin(checker: PinChecker, key: CustomerKey, digits: string): Promise<PinCheck> {
  const { store, guard } = checker;
  const hash = await store.getPinHash(key);
  if (!hash) return { outcome: 'noPin' };
  const attempt = await guard.takeAttempt(key);
  if (!attempt.allowed) return { outcome: 'locked', retryAfterSeconds: attempt.retryAfterSeconds, startedNow: false };
  if (await checker.matchesHash(digits, hash)) {
    await guard.recordSuccess(key);
    await store.setPinHash(key, isLegacyPinHash(hash) ? await checker.hashPin(digits) : hash);
    return { outcome: 'right' };
  }
  const failure = await guard.attemptFailed(key, attempt);
  return failure.locked
    ? { outcome: 'locked', retryAfterSeconds: failure.retryAfterSeconds ?? 1, startedNow: true }
    : { outcome: 'wrong', attemptsLeft: failure.attemptsLeft };
}
