import { createHash } from 'node:crypto';
import type { BankClient, CallOptions } from '../bank/types';
import type { Clock } from '../clock';
import { customerKey, type CustomerKey } from '../security';
import { BoundedCache } from '../bounded-cache';

/** The keyed hash of the bank customer behind a token, remembered briefly per token hash. */
export type CustomerKeys = (token: string, options?: CallOptions) => Promise<CustomerKey | undefined>;

/** Customer keys are remembered briefly per token hash: identity costs a bank call otherwise. */
const KEY_TTL_MS = 5 * 60_000;
const MAX_KEYS = 10_000;

/**
 * The customer is who the bank says (`GET /customers/current`); where the bank does not serve
 * that, the sorted set of their account ids stands in. Platform user ids change when a skill is
 * re-enabled, which would reset a lockout, so they are never used. Undefined when the bank names
 * no customer and shares no account.
 */
export function createCustomerKeys(bank: BankClient, keySecret: string, clock: Clock): CustomerKeys {
  const keys = new BoundedCache<CustomerKey>(MAX_KEYS);
  return async (token, call) => {
    const tokenHash = createHash('sha256').update(token).digest('base64url');
    const hit = keys.get(tokenHash, clock.monotonicMs());
    if (hit) return hit;
    const customerId = await bank.getCustomerId(token, call);
    const accountIds = customerId ? [] : (await bank.listAccounts(token, call)).map((a) => a.id);
    if (!customerId && accountIds.length === 0) return undefined;
    const key = customerKey(customerId ? { customerId } : { accountIds }, keySecret);
    keys.set(tokenHash, key, clock.monotonicMs() + KEY_TTL_MS);
    return key;
  };
}
