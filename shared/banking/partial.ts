import type { ListCut } from '../bank/types';
import type { Deps } from './contract';

/**
 * The sentence as said from a list the client cut at a cap: "In the 2,000 most recent
 * transactions I can see, between October 1 and October 31, you spent …". Unchanged when uncut.
 */
export function partially(deps: Deps, cut: ListCut | undefined, sentence: string): string {
  if (cut === undefined || sentence === '') return sentence;
  return `${deps.messages.partialTransactions(cut)} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** "You have 7 accounts." — or, when the list was cut, that it is partial. */
export function accountCount(deps: Deps, accounts: { readonly length: number; readonly cut?: ListCut }): string {
  return accounts.cut === undefined
    ? deps.messages.accountCount(accounts.length)
    : deps.messages.partialAccounts(accounts.length);
}
