import { createHmac } from 'node:crypto';
import type { CustomerKey } from '../state/types';

export type { CustomerKey } from '../state/types';

/** Who the bank says the customer is. Never pass a platform user id (Alexa's changes on re-enable). */
export interface CustomerIdentity {
  /** FDX customer id (`GET /customers/current`), preferred when the bank offers it. */
  readonly customerId?: string;
  /** FDX `accountId`s the link covers; used, order-free, when there is no customer id. */
  readonly accountIds?: readonly string[];
}

/** Shortest accepted secret: 32 characters (e.g. 32 random bytes as base64 are 44). */
export const MIN_SECRET_LENGTH = 32;

/**
 * The store key for a bank customer: lower-case hex HMAC-SHA256 under the server secret
 * (`STATE_KEY_SECRET`) over the FDX customer id, or else over the sorted, de-duplicated account ids.
 * The two inputs are domain-separated so a customer id can never equal an account list.
 * @throws TypeError when the secret is shorter than 32 characters or the identity is empty.
 */
export function customerKey(identity: CustomerIdentity, secret: string): CustomerKey {
  if (secret.length < MIN_SECRET_LENGTH)
    throw new TypeError(`the state key secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const hmac = createHmac('sha256', secret);
  if (identity.customerId) {
    hmac.update(`fdx-customer\n${identity.customerId}`);
  } else {
    const accounts = [...new Set(identity.accountIds ?? [])].filter((id) => id.length > 0).sort();
    if (accounts.length === 0)
      throw new TypeError('a customer identity needs a customer id or at least one account id');
    // JSON keeps the list unambiguous whatever characters the opaque ids contain.
    hmac.update(`fdx-accounts\n${JSON.stringify(accounts)}`);
  }
  // The one place a CustomerKey is made.
  return hmac.digest('hex') as CustomerKey;
}
