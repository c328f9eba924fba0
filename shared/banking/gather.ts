import type { AccountSummary, DateRange, Transaction } from '../bank/types';
import type { Deps } from './contract';

/** Accounts people spend from: deposit accounts, cards and lines of credit. */
export function spendable(accounts: readonly AccountSummary[]): AccountSummary[] {
  return accounts.filter((a) => a.kind === 'deposit' || a.kind === 'creditCard' || a.kind === 'lineOfCredit');
}

/** Each account's transactions over one range, fetched in parallel, in the order of the ids. */
export function transactionsByAccount(
  token: string, accountIds: readonly string[], range: DateRange, deps: Deps,
): Promise<Transaction[][]> {
  return Promise.all(accountIds.map((id) => deps.bank.listTransactions(token, id, range, { signal: deps.signal })));
}

/** Newest first across lists. */
export function newestFirst(lists: readonly (readonly Transaction[])[]): Transaction[] {
  return lists.flat().sort((a, b) => b.date.toMillis() - a.date.toMillis());
}

/** Transactions of several accounts over one range, newest first. */
export async function transactionsOf(
  token: string, accountIds: readonly string[], range: DateRange, deps: Deps,
): Promise<Transaction[]> {
  return newestFirst(await transactionsByAccount(token, accountIds, range, deps));
}
