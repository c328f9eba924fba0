import type { DateTime } from 'luxon';
import type { Money } from '../money/money';
import type { RoundTrips } from './round-trips';

/**
 * Domain types the rest of the service sees. FDX wire shapes never leave shared/bank: they are
 * parsed and validated in the client and turned into these.
 */

/** What an account is, as far as speaking about it goes. */
export type AccountKind = 'deposit' | 'creditCard' | 'lineOfCredit' | 'loan' | 'investment' | 'other';

export interface AccountSummary {
  /** The bank's opaque account id (FDX `accountId`). Never spoken, never logged. */
  readonly id: string;
  readonly kind: AccountKind;
  /** FDX `accountType` as sent, upper case, e.g. `CHECKING`, `SAVINGS`, `CREDITCARD`, `MORTGAGE`. */
  readonly type: string;
  /** The customer's own name for the account, if they gave one. */
  readonly nickname?: string;
  /** The bank's product name, e.g. "Everyday Checking". */
  readonly productName?: string;
  /** Last four digits of the account number only, when the bank showed at least four. */
  readonly last4?: string;
  /** FDX `status`, e.g. `OPEN`, `CLOSED`; `UNKNOWN` when not sent. */
  readonly status: string;
  /** ISO 4217 code; `USD` when the bank does not say. */
  readonly currency: string;
}

export interface DepositDetails {
  readonly kind: 'deposit';
  readonly account: AccountSummary;
  /** Posted balance; negative when overdrawn. */
  readonly current: Money;
  /** Spendable balance, when the bank reports it. */
  readonly available?: Money;
}

/** Credit card or line of credit. Only what the bank reported is present. */
export interface CreditDetails {
  readonly kind: 'credit';
  readonly account: AccountSummary;
  /** Amount owed (positive) — FDX `currentBalance`. */
  readonly owed: Money;
  readonly availableCredit?: Money;
  readonly creditLine?: Money;
  readonly statementBalance?: Money;
  readonly minimumDue?: Money;
  /** Payment due date as an ISO calendar date `YYYY-MM-DD` (a date, not an instant). */
  readonly dueDate?: string;
}

export interface LoanDetails {
  readonly kind: 'loan';
  readonly account: AccountSummary;
  /** Principal still owed (positive). */
  readonly principal: Money;
  readonly nextPaymentAmount?: Money;
  /** ISO calendar date `YYYY-MM-DD`. */
  readonly nextPaymentDate?: string;
}

/** Accounts we list but do not speak balances for (investments, unknown categories). */
export interface OtherDetails {
  readonly kind: 'other';
  readonly account: AccountSummary;
  readonly current?: Money;
}

export type AccountDetails = DepositDetails | CreditDetails | LoanDetails | OtherDetails;

export interface Transaction {
  readonly id: string;
  /** Signed: negative for money out of the account (DEBIT), positive for money in (CREDIT). */
  readonly amount: Money;
  readonly pending: boolean;
  /** When it happened (transaction timestamp, else posted), in the user's time zone. */
  readonly date: DateTime;
  readonly description: string;
  readonly payee?: string;
  /** The bank's category text as sent (FDX `category`), if any. */
  readonly category?: string;
  /** FDX `transactionType` upper-cased (`DIRECTDEPOSIT`, `INTEREST`, `DIVIDEND`, ...), if the bank sent one. */
  readonly transactionType?: string;
}

/** An inclusive range of whole days in the user's zone: start of the first day to end of the last. */
export interface DateRange {
  readonly start: DateTime;
  readonly end: DateTime;
}

/** Per-call options: a caller's deadline (the turn's) cuts every bank call short. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** The turn's round-trip accounting: every bank call is counted in it, a cut list marks it partial. */
  readonly roundTrips?: RoundTrips;
}

/** The partner-bank client as the banking core uses it. */
export interface BankClient {
  listAccounts(token: string, options?: CallOptions): Promise<AccountSummary[]>;
  getAccount(token: string, accountId: string, options?: CallOptions): Promise<AccountDetails>;
  /** Transactions in the range, newest first, every page up to a cap. */
  listTransactions(token: string, accountId: string, range: DateRange, options?: CallOptions): Promise<Transaction[]>;
  /** The bank's id for the customer (FDX `GET /customers/current`), or undefined where the bank does not serve it. */
  getCustomerId(token: string, options?: CallOptions): Promise<string | undefined>;
}
