import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { AccountSummary, BankClient } from './types';
import { BoundedCache } from '../bounded-cache';

export interface AccountListCacheOptions {
  /** How long a customer's account list is reused; 0 turns the cache off. */
  readonly ttlMs: number;
  /** Bound on cached customers; the oldest entry goes first. */
  readonly maxEntries?: number;
  readonly clock: Clock;
}

/**
 * Reuses a customer's account list for a short while: most turns need it before anything else
 * ("which account?"), and a conversation asks several questions in a row, so this saves a bank
 * call per turn. Only the list (ids, names, last four digits) is kept, in this process's memory,
 * keyed by a hash of the token — never the token, and never a balance. Failures are not kept.
 */
export function withAccountListCache(client: BankClient, options: AccountListCacheOptions): BankClient {
  const { ttlMs, maxEntries = 1000, clock } = options;
  const now = (): number => clock.monotonicMs();
  if (ttlMs <= 0) return client;
  const entries = new BoundedCache<AccountSummary[]>(maxEntries);
  return {
    getAccount: (token, id, call) => client.getAccount(token, id, call),
    listTransactions: (token, id, range, call) => client.listTransactions(token, id, range, call),
    getCustomerId: (token, call) => client.getCustomerId(token, call),
    async listAccounts(token, call) {
      const key = createHash('sha256').update(token).digest('base64url');
      const hit = entries.get(key, now());
      if (hit) return hit;
      const accounts = await client.listAccounts(token, call);
      entries.set(key, accounts, now() + ttlMs);
      return accounts;
    },
  };
}
