import type { AccountDetails, AccountSummary, Transaction } from '../bank/types';
import type { DateTime } from 'luxon';
import { enUS } from './messages-en-us';

/**
 * Every sentence the service says, per locale, keyed by id. Each returns an SSML fragment with
 * dynamic text escaped. Handlers choose which message; only this module chooses words.
 */
export interface Messages {
  readonly locale: string;
  welcome(): string;
  help(): string;
  goodbye(): string;
  fallback(): string;
  whatElse(): string;
  anythingElse(): string;
  linkAccount(): string;
  nothingToContinue(): string;
  accountCount(count: number): string;
  balance(details: AccountDetails): string;
  offerMoreAccounts(remaining: number): string;
  accountList(accounts: readonly AccountSummary[]): string;
  whichAccount(candidates: readonly AccountSummary[]): string;
  whichAccountReprompt(): string;
  accountNotFound(heard: string | undefined): string;
  noAccounts(): string;
  transactions(account: AccountSummary, items: readonly Transaction[], today: DateTime): string;
  noTransactions(account: AccountSummary): string;
  cardTitle(topic: 'balance' | 'accounts' | 'transactions'): string;
  /** Plain one-line card copy for an account's balance. */
  balanceCardLine(details: AccountDetails): string;
  transactionCardLine(item: Transaction, today: DateTime): string;
  accountCardLine(account: AccountSummary): string;
  bankUnavailable(): string;
  bankForbidden(): string;
  accountGone(): string;
  bankUnreadable(): string;
  somethingWentWrong(): string;
}

const CATALOGUES: Readonly<Record<string, Messages>> = { 'en-US': enUS };

/** The catalogue for a locale; en-US until other catalogues exist. */
export function messagesFor(locale: string): Messages {
  return CATALOGUES[locale] ?? enUS;
}
