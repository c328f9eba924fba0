import type { Transaction } from '../bank/types';
import { money, type Money } from '../money/money';
import { MixedCurrencyError } from './spending';

/**
 * What counts as pay, and what as interest. FDX `transactionType` decides when the bank sends
 * it (`DIRECTDEPOSIT` is pay; `INTEREST` and `DIVIDEND` are not); otherwise the statement words
 * do: payroll, salary, direct deposit (ACH "DIR DEP", "PPD"). Interest, dividends, refunds,
 * reversals and transfers between the customer's own accounts are never pay.
 */

/** Transaction types that are money in but not pay. */
const NOT_PAY_TYPES = new Set([
  'INTEREST',
  'DIVIDEND',
  'TRANSFER',
  'ADJUSTMENT',
  'POSCREDIT',
  'ATMDEPOSIT',
  'CHECK',
  'FEE',
]);

const PAY_WORDS = /\b(?:payroll|salary|salaries|wages?|direct\s*dep(?:osit)?|dir\s*dep|ppd)\b/i;
const NOT_PAY_WORDS =
  /\b(?:interest|dividends?|refunds?|reversals?|reversed|returns?|transfer|xfer|cashback|rebate)\b/i;
const INTEREST_WORDS = /\binterest\b/i;
/** "Interest charge" on a card is a fee, not interest earned. */
const CHARGE_WORDS = /\b(?:charges?|fee|finance)\b/i;

const textOf = (item: Transaction): string => `${item.payee ?? ''} ${item.description} ${item.category ?? ''}`;

/** True for a payroll credit: a paycheck, salary or other direct deposit of wages. */
export function isPay(item: Transaction): boolean {
  if (item.amount.minor <= 0 || item.memo) return false; // a MEMO item is not money in
  const type = item.transactionType;
  if (type === 'DIRECTDEPOSIT') return true;
  if (type !== undefined && NOT_PAY_TYPES.has(type)) return false;
  const text = textOf(item);
  return PAY_WORDS.test(text) && !NOT_PAY_WORDS.test(text);
}

/** True for interest paid to the customer (not a card's interest charge). */
export function isInterestEarned(item: Transaction): boolean {
  if (item.amount.minor <= 0 || item.memo) return false;
  if (item.transactionType === 'INTEREST') return true;
  if (item.transactionType !== undefined && item.transactionType !== 'ADJUSTMENT') return false;
  const text = textOf(item);
  return INTEREST_WORDS.test(text) && !CHARGE_WORDS.test(text);
}

/** Interest credits and their exact total, in one currency. */
export interface InterestSummary {
  readonly total: Money;
  readonly credits: number;
}

/**
 * Sums interest credits exactly in minor units. `currency` names the total when there are none.
 * @throws MixedCurrencyError when the credits are in more than one currency (one currency per answer).
 */
export function summarizeInterest(items: readonly Transaction[], currency: string): InterestSummary {
  const credits = items.filter(isInterestEarned);
  const currencies = new Set(credits.map((item) => item.amount.currency));
  if (currencies.size > 1) throw new MixedCurrencyError([...currencies]);
  const [only = currency] = currencies;
  return {
    total: money(
      credits.reduce((sum, item) => sum + item.amount.minor, 0),
      only,
    ),
    credits: credits.length,
  };
}
