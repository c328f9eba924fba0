import type { AccountDetails, AccountSummary, DateRange, Transaction } from '../bank/types';
import { toDecimalString, type Money } from '../money/money';
import { categoryOfTransaction } from '../spending';
import { plainName } from '../speech/account-names';
import { plainBankText } from '../speech/ssml';
import type { MovementFacts } from './movement/facts';

/**
 * What a reply said, as data: for channels that hand an answer to a model or an app (MCP
 * structured content) rather than speak it. Built by the handlers from the same values the speech
 * was made of, so both always agree. JSON-ready: amounts are exact decimal strings with their
 * currency, dates are ISO calendar dates, accounts carry only their last four digits; never a full
 * number, a bank id or a token.
 */
export interface MoneyFact {
  /** Major units as an exact decimal string, e.g. "-12.50"; negative means owed or money out. */
  readonly amount: string;
  /** ISO 4217, e.g. "USD". */
  readonly currency: string;
}

export interface AccountFact {
  /** The account's name as spoken, without digits: "Everyday checking". */
  readonly name: string;
  /** FDX account type, e.g. CHECKING, SAVINGS, CREDITCARD. */
  readonly type: string;
  readonly lastFour?: string;
  readonly currency: string;
}

export interface TransactionFact {
  /** ISO calendar day in the user's zone. */
  readonly date: string;
  /** Payee or the bank's description; digit runs cut to their last four. */
  readonly description: string;
  /** Signed: negative is money out. */
  readonly amount: MoneyFact;
  readonly pending: boolean;
  /** Our spending category ("groceries", "income"), when one applies. */
  readonly category?: string;
}

/** One account's balances and payment data: only what the bank reported. */
export interface BalanceFact {
  readonly account: AccountFact;
  readonly available?: MoneyFact;
  readonly current?: MoneyFact;
  readonly owed?: MoneyFact;
  readonly availableCredit?: MoneyFact;
  readonly creditLine?: MoneyFact;
  readonly statementBalance?: MoneyFact;
  readonly minimumDue?: MoneyFact;
  /** ISO calendar date. */
  readonly dueDate?: string;
  readonly principal?: MoneyFact;
  readonly nextPaymentAmount?: MoneyFact;
  /** ISO calendar date. */
  readonly nextPaymentDate?: string;
}

/** Inclusive ISO calendar days. */
export interface PeriodFact {
  readonly start: string;
  readonly end: string;
}

/** Why a reply carries no answer; `unauthorized` means link (or re-link) the bank account. */
export type FailureReason =
  | 'unauthorized'
  | 'forbidden'
  | 'accountGone'
  | 'bankUnreadable'
  | 'bankUnavailable'
  | 'internal'
  | 'periodFuture'
  | 'periodBeforeHistory'
  | 'periodMalformed'
  | 'pinUnavailable'
  | 'pinLocked';

/** At most this many transactions go into one reply's facts. */
export const MAX_FACT_TRANSACTIONS = 50;

export type ReplyFacts =
  | { readonly kind: 'accounts'; readonly accounts: readonly AccountFact[] }
  | { readonly kind: 'balances'; readonly balances: readonly BalanceFact[]; readonly moreAccounts: number }
  | { readonly kind: 'card'; readonly details: BalanceFact }
  | {
      readonly kind: 'transactions';
      readonly account?: AccountFact;
      readonly period?: PeriodFact;
      /** Every transaction found; `transactions` holds the first MAX_FACT_TRANSACTIONS of them. */
      readonly count: number;
      readonly transactions: readonly TransactionFact[];
    }
  | {
      readonly kind: 'pending';
      readonly count: number;
      readonly total: MoneyFact;
      readonly transactions: readonly TransactionFact[];
    }
  | {
      readonly kind: 'spending';
      readonly period: PeriodFact;
      readonly account?: AccountFact;
      readonly merchant?: string;
      readonly category?: string;
      /** Purchases (positive), refunds (positive) and purchases less refunds. */
      readonly spent: MoneyFact;
      readonly refunds: MoneyFact;
      readonly net: MoneyFact;
      readonly purchases: number;
      readonly refundCount: number;
    }
  | { readonly kind: 'interest'; readonly period: PeriodFact; readonly total: MoneyFact; readonly credits: number }
  | { readonly kind: 'lastTransaction'; readonly merchant?: string; readonly transaction?: TransactionFact }
  | { readonly kind: 'chooseAccount'; readonly accounts: readonly AccountFact[] }
  | { readonly kind: 'chooseMerchant'; readonly merchants: readonly string[] }
  | { readonly kind: 'accountNotFound' }
  | { readonly kind: 'pinRequired'; readonly stage: 'verify' | 'enrol' | 'confirm'; readonly attemptsLeft?: number }
  | { readonly kind: 'failure'; readonly reason: FailureReason; readonly retryAfterMinutes?: number }
  | MovementFacts;

export function moneyFact(amount: Money): MoneyFact {
  return { amount: toDecimalString(amount), currency: amount.currency };
}

export function accountFact(account: AccountSummary): AccountFact {
  return {
    name: plainName(account),
    type: account.type,
    ...(account.last4 ? { lastFour: account.last4 } : {}),
    currency: account.currency,
  };
}

export function transactionFact(item: Transaction): TransactionFact {
  const category = categoryOfTransaction(item);
  return {
    date: item.date.toISODate() ?? '',
    description: plainBankText(item.payee ?? item.description),
    amount: moneyFact(item.amount),
    pending: item.pending,
    ...(category ? { category } : {}),
  };
}

export function transactionFacts(items: readonly Transaction[]): TransactionFact[] {
  return items.slice(0, MAX_FACT_TRANSACTIONS).map(transactionFact);
}

export function periodFact(range: DateRange): PeriodFact {
  return { start: range.start.toISODate() ?? '', end: range.end.toISODate() ?? '' };
}

const optionalMoney = (name: string, amount: Money | undefined): Record<string, MoneyFact> =>
  amount ? { [name]: moneyFact(amount) } : {};

export function balanceFact(details: AccountDetails): BalanceFact {
  const account = accountFact(details.account);
  switch (details.kind) {
    case 'deposit':
      return {
        account,
        ...optionalMoney('current', details.current),
        ...optionalMoney('available', details.available),
      };
    case 'credit':
      return {
        account,
        ...optionalMoney('owed', details.owed),
        ...optionalMoney('availableCredit', details.availableCredit),
        ...optionalMoney('creditLine', details.creditLine),
        ...optionalMoney('statementBalance', details.statementBalance),
        ...optionalMoney('minimumDue', details.minimumDue),
        ...(details.dueDate ? { dueDate: details.dueDate } : {}),
      };
    case 'loan':
      return {
        account,
        ...optionalMoney('principal', details.principal),
        ...optionalMoney('nextPaymentAmount', details.nextPaymentAmount),
        ...(details.nextPaymentDate ? { nextPaymentDate: details.nextPaymentDate } : {}),
      };
    case 'other':
      return { account, ...optionalMoney('current', details.current) };
  }
}
