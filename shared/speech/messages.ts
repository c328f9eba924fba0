import type {
  AccountDetails,
  AccountSummary,
  CreditDetails,
  DateRange,
  ListCut,
  LoanDetails,
  Transaction,
} from '../bank/types';
import type { DateTime } from 'luxon';
import type { Money } from '../money/money';
import type { MovementMessages } from './messages-movement';
import type { LinkVia } from '../banking/contact';
import type { ActionMessages } from './messages-actions';

export type { MovementMessages, MovementView } from './messages-movement';
export type { ActionMessages, CashAnswer, OverdrawnStanding, RefusedAction } from './messages-actions';

/**
 * Every sentence the service says, per locale, keyed by id. Each returns an SSML fragment with
 * dynamic text escaped. Handlers choose which message; only this module chooses words.
 */
/** A spending answer's facts, computed by the core; speech only words them. */
export interface SpendingSummary {
  readonly range: DateRange;
  /** What was spent less refunds, positive. */
  readonly net: Money;
  readonly refunds: Money;
  readonly purchases: number;
  readonly pending: number;
  /** The merchant's name as the bank shows it, when the question named one. */
  readonly merchant?: string;
  /** Spoken category name, when the question named one. */
  readonly category?: string;
  /** The one account asked about; absent means all accounts. */
  readonly account?: AccountSummary;
  /** Set when the period asked for began before the bank's history: the answer says what is covered. */
  readonly historyDays?: number;
}

/** "How much of that was at restaurants": a part of the set the last answer summed (issue 14). */
export interface NarrowedSummary {
  /** What the part adds up to, less refunds; and how many purchases it holds. */
  readonly part: Money;
  readonly purchases: number;
  /** What the whole set added up to. */
  readonly whole: Money;
  /** The narrowing filter, as spoken: a merchant as the bank shows it, or a category id. */
  readonly merchant?: string;
  readonly category?: string;
}

/** Spending, periods, pending items, cards and payees (issue 5). */
/** Interest credited over a period; `historyDays` is set when the bank's history began after the period did. */
export interface InterestAnswer {
  readonly range: DateRange;
  readonly total: Money;
  readonly credits: number;
  readonly historyDays?: number;
}

export interface SpendingMessages {
  spent(summary: SpendingSummary, today: DateTime): string;
  nothingSpent(summary: SpendingSummary, today: DateTime): string;
  seasonNote(): string;
  whichMerchant(names: readonly string[]): string;
  whichMerchantReprompt(): string;
  periodFuture(): string;
  periodBeforeHistory(days: number): string;
  periodMalformed(): string;
  itemsIntro(count: number, range: DateRange, today: DateTime, account: AccountSummary, historyDays?: number): string;
  /** Items with their day; `markPending` says "pending" on each pending one (off when all are). */
  items(items: readonly Transaction[], today: DateTime, markPending: boolean): string;
  noItems(range: DateRange, today: DateTime, account: AccountSummary, historyDays?: number): string;
  offerMoreItems(): string;
  pendingSummary(count: number, total: Money, accounts: readonly AccountSummary[]): string;
  noPending(): string;
  cardDetails(card: CreditDetails, today: DateTime): string;
  noCards(): string;
  lastTransaction(item: Transaction, today: DateTime): string;
  /** Nothing found; `heard` undefined means the question was about pay. */
  noLastTransaction(heard: string | undefined, days: number): string;
  /** "Between September 3 and December 1, you earned $4.91 in interest, from 3 interest payments." */
  interestEarned(summary: InterestAnswer, today: DateTime): string;
  /** A loan's next payment: amount and due date, only as reported. */
  loanPayment(loan: LoanDetails, today: DateTime): string;
  pinNotNeeded(): string;
}

/** The voice PIN (issue 7). No message ever repeats the digits. */
export interface PinMessages {
  pinAsk(): string;
  pinAskReprompt(): string;
  pinEnrolOffer(): string;
  pinConfirm(): string;
  pinTrivial(): string;
  pinMismatch(): string;
  pinSet(): string;
  pinWrong(attemptsLeft: number): string;
  pinLocked(minutes: number): string;
  /** This wrong PIN was the last one allowed: locked from now. */
  pinLockedNow(minutes: number): string;
  pinUnavailable(): string;
}

/** Answers from a list the bank client cut at a cap (issue 12): said to be partial, never silently short. */
export interface LimitMessages {
  /** Opens a sentence about transactions: "In the 2,000 most recent transactions I can see," (no capital after it). */
  partialTransactions(cut: ListCut): string;
  /** Replaces the account count when the list was cut: "I can see 50 of your accounts; your bank has more." */
  partialAccounts(count: number): string;
  /** True when `speech` already says it is partial (one of the two sentences above): nothing to add. */
  saysPartial(speech: string): boolean;
}

export interface Messages extends SpendingMessages, PinMessages, LimitMessages, MovementMessages, ActionMessages {
  readonly locale: string;
  welcome(): string;
  help(): string;
  goodbye(): string;
  fallback(): string;
  whatElse(): string;
  anythingElse(): string;
  /** Never linked. `via` says how this channel links: a card in the platform's app, a sign-in, or only in the bank's app. */
  linkAccount(via: LinkVia): string;
  /** The bank refused the token: the link expired or was revoked; link again. */
  relinkAccount(via: LinkVia): string;
  /** Launch for a customer we have never greeted. */
  welcomeFirst(): string;
  /** Launch when we cannot tell whether we have greeted them (no state store, or it is down). */
  welcomeHello(): string;
  /** "What about last month" with no question before it to apply it to. */
  followUpWithoutQuestion(): string;
  /** A period was named for a question answered only as of now (balances, card details). */
  onlyAsOfNow(): string;
  /** Recent transactions: the intro, saying the cap and the grouping when more were asked than are read at once. */
  recentIntro(account: AccountSummary, shown: number, total: number, asked: number | undefined, cap: number): string;
  /** The part of the last total the follow-up names: "$12.40 of it was on coffee." / "None of it was at Amazon." */
  narrowed(summary: NarrowedSummary): string;
  /** "Would you like the next 5?" */
  offerNext(count: number): string;
  nothingToContinue(): string;
  accountCount(count: number): string;
  balance(details: AccountDetails): string;
  /** The balance in a few words, for answers about several accounts. */
  balanceBrief(details: AccountDetails): string;
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
  /** Said before an answer built from only part of the history (a cap or the time budget cut it). */
  partialHistory(): string;
}
