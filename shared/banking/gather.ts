import type { AccountSummary, BankList, DateRange, ListCut, Transaction } from '../bank/types';
import type { Deps } from './contract';

/** Accounts people spend from: deposit accounts, cards and lines of credit. */
export function spendable(accounts: readonly AccountSummary[]): AccountSummary[] {
  return accounts.filter((a) => a.kind === 'deposit' || a.kind === 'creditCard' || a.kind === 'lineOfCredit');
}

/**
 * An account to read transactions of: the summary (its currency is what the bank's amounts are
 * in), or only its id where the summary is not at hand (then USD unless the items say otherwise).
 */
export type AccountRef = string | Pick<AccountSummary, 'id' | 'currency'>;

const idOf = (ref: AccountRef): string => (typeof ref === 'string' ? ref : ref.id);

/** Each account's transactions over one range, fetched in parallel, in the order of the refs. */
export function transactionsByAccount(
  token: string,
  accounts: readonly AccountRef[],
  range: DateRange,
  deps: Deps,
): Promise<BankList<Transaction>[]> {
  return Promise.all(
    accounts.map((ref) =>
      deps.bank.listTransactions(token, idOf(ref), range, {
        signal: deps.signal,
        ...(typeof ref === 'string' ? {} : { currency: ref.currency }),
      }),
    ),
  );
}

/** The first cap that cut any of the lists, if one did. */
export function cutOf(lists: readonly { readonly cut?: ListCut }[]): ListCut | undefined {
  return lists.find((list) => list.cut !== undefined)?.cut;
}

/** Newest first across lists; `cut` when any list was cut. */
export function newestFirst(lists: readonly BankList<Transaction>[]): BankList<Transaction> {
  const merged = lists.flat().sort((a, b) => b.date.toMillis() - a.date.toMillis());
  const cut = cutOf(lists);
  return cut === undefined ? merged : Object.assign(merged, { cut });
}

/** Transactions of several accounts over one range, newest first; `cut` when a cap cut any. */
export async function transactionsOf(
  token: string,
  accounts: readonly AccountRef[],
  range: DateRange,
  deps: Deps,
): Promise<BankList<Transaction>> {
  return newestFirst(await transactionsByAccount(token, accounts, range, deps));
}
