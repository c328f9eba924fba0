import type { Clock } from '../../clock';
import { createHash } from 'node:crypto';
import type { BankClient, CallOptions } from '../../bank/types';
import { createPinGuard, customerKey, hashPin, verifyPin, type CustomerKey, type PinGuard } from '../../security';
import type { StateStore } from '../../state';
import { tryPin, type PinCheck } from './try-pin';
import { BoundedCache } from '../../bounded-cache';

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

/** Customer keys are remembered briefly per token hash: identity costs a bank call otherwise. */
const KEY_TTL_MS = 5 * 60_000;
const MAX_KEYS = 10_000;

/**
 * The customer is who the bank says (`GET /customers/current`); where the bank does not serve
 * that, the sorted set of their account ids stands in. Platform user ids change when a skill is
 * re-enabled, which would reset a lockout, so they are never used.
 */
export function createPinService(options: PinServiceOptions): PinService {
  const { bank, keySecret, store, clock } = options;
  const now = (): number => clock.monotonicMs();
  const keys = new BoundedCache<CustomerKey>(MAX_KEYS);
  const keyFor = async (token: string, call?: CallOptions): Promise<CustomerKey | undefined> => {
    const tokenHash = createHash('sha256').update(token).digest('base64url');
    const hit = keys.get(tokenHash, now());
    if (hit) return hit;
    const customerId = await bank.getCustomerId(token, call);
    const accountIds = customerId ? [] : (await bank.listAccounts(token, call)).map((a) => a.id);
    if (!customerId && accountIds.length === 0) return undefined;
    const key = customerKey(customerId ? { customerId } : { accountIds }, keySecret);
    keys.set(tokenHash, key, now() + KEY_TTL_MS);
    return key;
  };
  const guard = createPinGuard({ store, maxAttempts: options.maxAttempts, lockSeconds: options.lockSeconds });
  const hashing = {
    hashPin: (digits: string) => hashPin(digits, keySecret),
    matchesHash: (digits: string, stored: string) => verifyPin(digits, stored, keySecret),
  };
  return {
    policy: options.policy, store, guard, idleSeconds: options.idleSeconds, lockSeconds: options.lockSeconds, keyFor,
    ...hashing, tryPin: (key, digits) => tryPin({ store, guard, ...hashing }, key, digits),
  };
}
