import type { DateTime } from 'luxon';
import type { AccountSummary, DateRange } from '../bank/types';
import type { BankContact } from '../banking/contact';
import type { Money } from '../money/money';

/** Something the voice service does not do: each is refused plainly, saying where it can be done. */
export type RefusedAction = 'card' | 'lost' | 'dispute' | 'send' | 'move' | 'change' | 'person';

/** One deposit account's standing for "am I overdrawn": the balance judged, when the bank sent one. */
export interface OverdrawnStanding {
  readonly account: AccountSummary;
  /** The balance judged: the current (ledger) one, else the available one; absent when the bank sent neither. */
  readonly balance?: Money;
  /** Which balance `balance` is: 'available' only when the bank sent no current balance. */
  readonly basis?: 'current' | 'available';
  /** The available balance, when the bank sent one (a hold can put it below zero on an account that is not overdrawn). */
  readonly available?: Money;
}

/** Money people can spend now: the available balances of their deposit accounts, per currency. */
export interface CashAnswer {
  /** One total per currency, in the order the accounts came. */
  readonly totals: readonly Money[];
  /** The deposit accounts whose balance is in a total. */
  readonly included: readonly AccountSummary[];
  /** Those of `included` counted at their current balance, as the bank sent no available one. */
  readonly fromCurrent: readonly AccountSummary[];
  /** Deposit accounts the bank sent no balance for. */
  readonly unknown: readonly AccountSummary[];
  /** True when the customer also has cards, lines of credit or loans, which are not counted. */
  readonly othersLeftOut: boolean;
}

/** Refusals and the questions of issue 14 (overdrawn, cash, purchases, biggest purchases, net worth). */
export interface ActionMessages {
  /** "I can't … by voice." and where to do it instead (the app, the phone number when configured). */
  refused(action: RefusedAction, contact: BankContact): string;
  netWorthRefused(): string;
  /** An account named with no question waiting: what would they like to know (no data read). */
  accountWithoutQuestion(heard: string | undefined): string;
  overdrawn(standings: readonly OverdrawnStanding[]): string;
  noDepositAccounts(): string;
  cash(answer: CashAnswer): string;
  /** Opens a list of purchases; `account` absent means across the accounts people spend from. */
  purchasesIntro(count: number, range: DateRange, today: DateTime, account?: AccountSummary): string;
  /** Opens the largest-first list; `currencies` above 1 means it is ranked within each currency (money is never converted). */
  biggestIntro(count: number, range: DateRange, today: DateTime, account?: AccountSummary, currencies?: number): string;
  noPurchases(range: DateRange, today: DateTime, account?: AccountSummary): string;
}
