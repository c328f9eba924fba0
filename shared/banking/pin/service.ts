import type { Clock } from '../../clock';
import type { BankClient, CallOptions } from '../../bank/types';
import { createPinGuard, hashPin, verifyPin, type CustomerKey, type PinGuard } from '../../security';
import { createCustomerKeys } from '../customer-keys';
import type { StateStore } from '../../state';
import { tryPin, type PinCheck } from './try-pin';

export type { PinCheck } from './try-pin';

/** `session`: once per voice session (5 minutes of inactivity ends it); `always`: every time. */
export type PinPolicy = 'session' | 'always';

/** What the core needs to ask for, check and remember a voice PIN. */
export interface PinService {
  readonly policy: PinPolicy;
  readonly store: StateStore;
  readonly guard: PinGuard;
  readonly idleSeconds: number;
  readonly lockSeconds: number;
  /**
   * The keyed hash of the bank customer behind a token; never the platform user id. Undefined
   * when the bank names no customer and shares no account (there is nothing to protect).
   */
  keyFor(token: string, options?: CallOptions): Promise<CustomerKey | undefined>;
  /** The PIN hashed for storing: scrypt over HMAC(`STATE_KEY_SECRET`, PIN), fresh salt. */
  hashPin(digits: string): Promise<string>;
  /** Whether digits match a stored hash (a confirmation, not a guess: takes no attempt). */
  matchesHash(digits: string, stored: string): Promise<boolean>;
  /**
   * One guess at the customer's PIN, counted before it is checked (atomically in the store), so
   * concurrent guesses never check more than `PIN_MAX_ATTEMPTS` PINs; refunded only when right.
   */
  tryPin(key: CustomerKey, digits: string): Promise<PinCheck>;
}

export interface PinServiceOptions {
  readonly policy: PinPolicy;
  readonly store: StateStore;
  readonly bank: BankClient;
  /** HMAC secret for customer keys and PIN hashes (at least 32 characters). */
  readonly keySecret: string;
  readonly maxAttempts: number;
  readonly lockSeconds: number;
  readonly idleSeconds: number;
  readonly clock: Clock;
}

/** The PIN service on the given store; customers are keyed as `customer-keys.ts` says. */
export function createPinService(options: PinServiceOptions): PinService {
  const { bank, keySecret, store, clock } = options;
  const keyFor = createCustomerKeys(bank, keySecret, clock);
  const guard = createPinGuard({ store, maxAttempts: options.maxAttempts, lockSeconds: options.lockSeconds });
  const hashing = {
    hashPin: (digits: string) => hashPin(digits, keySecret),
    matchesHash: (digits: string, stored: string) => verifyPin(digits, stored, keySecret),
  };
  return {
    policy: options.policy,
    store,
    guard,
    idleSeconds: options.idleSeconds,
    lockSeconds: options.lockSeconds,
    keyFor,
    ...hashing,
    tryPin: (key, digits) => tryPin({ store, guard, ...hashing }, key, digits),
  };
}
