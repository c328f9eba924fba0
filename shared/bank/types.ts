import type { DateTime } from 'luxon';
import type { Money } from '../money/money';
import type { RoundTrips } from './round-trips';

/**
 * Domain types the rest of the service sees. FDX wire shapes never leave shared/bank: they are
 * parsed and validated in the client and turned into these.
 */

/**
 * What an account is, as far as speaking about it goes. FDX categories: DEPOSIT_ACCOUNT → deposit,
 * LOC_ACCOUNT → creditCard or lineOfCredit, LOAN_ACCOUNT → loan (buy-now-pay-later plans too),
 * INVESTMENT_ACCOUNT → investment, INSURANCE_ACCOUNT → insurance, ANNUITY_ACCOUNT → annuity;
 * COMMERCIAL_ACCOUNT by its type (COMMERCIALDEPOSIT → deposit, ...); anything else → other.
 */
export type AccountKind =
  | 'deposit'
  | 'creditCard'
  | 'lineOfCredit'
  | 'loan'
  | 'investment'
  | 'insurance'
  | 'annuity'
  | 'other';

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
  /**
   * True when the balance is money owed: cards, lines of credit, loans, and any account the bank
   * marks `balanceType: LIABILITY` (a buy-now-pay-later plan listed under another category).
   */
  readonly debt?: boolean;
}

export interface DepositDetails {
  readonly kind: 'deposit';
  readonly account: AccountSummary;
  /** Posted balance; negative when overdrawn. Optional in FDX: absent when the bank did not send it. */
  readonly current?: Money;
  /** Spendable balance, when the bank reports it. */
  readonly available?: Money;
}

/** Credit card or line of credit. Only what the bank reported is present. */
export interface CreditDetails {
  readonly kind: 'credit';
  readonly account: AccountSummary;
  /** Amount owed (positive) — FDX `currentBalance`; absent when the bank did not send it. */
  readonly owed?: Money;
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
  /** Principal still owed (positive): `principalBalance`, else `currentBalance`; absent when neither came. */
  readonly principal?: Money;
  readonly nextPaymentAmount?: Money;
  /** ISO calendar date `YYYY-MM-DD`. */
  readonly nextPaymentDate?: string;
}

/** Investments, insurance, annuities and unknown categories: one value, when the bank sent it. */
export interface OtherDetails {
  readonly kind: 'other';
  readonly account: AccountSummary;
  /** `currentValue`, else `currentBalance`; owed when `account.debt`. */
  readonly current?: Money;
}

export type AccountDetails = DepositDetails | CreditDetails | LoanDetails | OtherDetails;

export interface Transaction {
  readonly id: string;
  /**
   * Signed: negative for money out of the account (DEBIT), positive for money in (CREDIT). In the
   * item's currency, else the account's. A MEMO item keeps the bank's (absolute) amount and is
   * marked `memo`.
   */
  readonly amount: Money;
  /** FDX `debitCreditMemo: MEMO`: informational, neither money in nor money out. */
  readonly memo?: true;
  readonly pending: boolean;
  /** When it happened (transaction timestamp, else posted), in the user's time zone. */
  readonly date: DateTime;
  readonly description: string;
  readonly payee?: string;
  /** The bank's category text as sent (FDX `category`: an MCC such as `5411`, or words), if any. */
  readonly category?: string;
  /** FDX `transactionType` upper-cased (`DIRECTDEPOSIT`, `INTEREST`, `DIVIDEND`, ...), if the bank sent one. */
  readonly transactionType?: string;
}

/**
 * Why a list is shorter than what the bank holds: the client stopped at a cap. `cap` is the most
 * items (or pages) it collects; the answer must say it is partial.
 */
export interface ListCut {
  /** `items`: the item cap was reached; `other`: the page cap, a repeated cursor, a failed window or the budget. */
  readonly reason: 'items' | 'other';
  /** The cap that was reached: items kept (for `other`, the page cap). */
  readonly cap: number;
}

/** A list from the bank; `cut` is present when the client stopped before the bank's last page. */
export type BankList<T> = T[] & { readonly cut?: ListCut };

/** An inclusive range of whole days in the user's zone: start of the first day to end of the last. */
export interface DateRange {
  readonly start: DateTime;
  readonly end: DateTime;
}

/** Per-call options: a caller's deadline (the turn's) cuts every bank call short. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** The turn's round-trip accounting: every bank call is counted in it, a cut list marks it partial. */
  readonly roundTrips?: RoundTrips | undefined;
}

export interface TransactionOptions extends CallOptions {
  /** The account's ISO 4217 currency: FDX amounts are in it unless an item names its own. Default USD. */
  readonly currency?: string;
}

/** The partner-bank client as the banking core uses it. */
export interface BankClient {
  /** Every account once (repeats dropped); `cut` when a cap stopped the paging. */
  listAccounts(token: string, options?: CallOptions): Promise<BankList<AccountSummary>>;
  getAccount(token: string, accountId: string, options?: CallOptions): Promise<AccountDetails>;
  /**
   * Transactions in the range (filtered to it here too: a bank may ignore the dates), newest
   * first, each once, every page up to a cap; `cut` when a cap stopped the paging.
   */
  listTransactions(
    token: string,
    accountId: string,
    range: DateRange,
    options?: TransactionOptions,
  ): Promise<BankList<Transaction>>;
  /** The bank's id for the customer (FDX `GET /customers/current`), or undefined where the bank does not serve it. */
  getCustomerId(token: string, options?: CallOptions): Promise<string | undefined>;
}
