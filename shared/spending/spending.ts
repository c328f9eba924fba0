import { dayRangeTest } from '../bank/parse-transactions';
import type { DateRange, Transaction } from '../bank/types';
import { money, type Money } from '../money/money';
import { categoryOfTransaction, isSpendingCategory } from './categories';

/**
 * Totals over a set of transactions already narrowed to what was asked about (a merchant, a
 * category, a period). All amounts are integer minor units of one currency, so sums are exact.
 */
export interface SpendingSummary {
  /** Total of money out (debits), as a positive amount. */
  readonly spent: Money;
  /** Total of money back (credits: refunds, returns), as a positive amount. */
  readonly refunds: Money;
  /** `spent - refunds`; negative when more came back than went out. */
  readonly net: Money;
  /** How many debits. */
  readonly purchases: number;
  /** How many credits. */
  readonly refundCount: number;
  /** How many of the purchases and refunds are still pending. */
  readonly pending: number;
}

/** Thrown when one summary would add up amounts in different currencies. */
export class MixedCurrencyError extends Error {
  override readonly name = 'MixedCurrencyError';
  readonly kind = 'mixedCurrency' as const;
  constructor(readonly currencies: readonly string[]) {
    super(`cannot total mixed currencies: ${currencies.join(', ')}`);
  }
}

function exact(minor: number): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError('spending total is beyond exact integer range');
  return minor;
}

/**
 * Adds up spending. Debits (negative amounts) are purchases, credits (positive) are refunds; items
 * of zero and MEMO items are not counted. Pending items count like posted ones and are reported in `pending`.
 * The caller decides what goes in: use {@link excludeTransfers} for "how much did I spend" over a
 * whole account, otherwise a paycheck would net out as a refund.
 *
 * One currency only: mixed currencies throw {@link MixedCurrencyError} (use
 * {@link summarizeByCurrency} to speak each). An empty list totals zero in `emptyCurrency`.
 */
export function summarizeSpending(transactions: readonly Transaction[], emptyCurrency = 'USD'): SpendingSummary {
  const currencies = [...new Set(transactions.map((t) => t.amount.currency))];
  if (currencies.length > 1) throw new MixedCurrencyError(currencies);
  const currency = currencies[0] ?? emptyCurrency;
  let spent = 0;
  let refunds = 0;
  let purchases = 0;
  let refundCount = 0;
  let pending = 0;
  for (const { amount, pending: isPending, memo } of transactions) {
    if (amount.minor === 0 || memo) continue; // a MEMO item is neither money out nor money in
    if (amount.minor < 0) {
      spent = exact(spent - amount.minor);
      purchases += 1;
    } else {
      refunds = exact(refunds + amount.minor);
      refundCount += 1;
    }
    if (isPending) pending += 1;
  }
  const net = exact(spent - refunds);
  return {
    spent: money(spent, currency),
    refunds: money(refunds, currency),
    net: money(net, currency),
    purchases,
    refundCount,
    pending,
  };
}

/** One summary per currency, in order of first appearance; empty for no transactions. */
export function summarizeByCurrency(transactions: readonly Transaction[]): SpendingSummary[] {
  const byCurrency = new Map<string, Transaction[]>();
  for (const t of transactions) {
    const group = byCurrency.get(t.amount.currency) ?? [];
    group.push(t);
    byCurrency.set(t.amount.currency, group);
  }
  return [...byCurrency.values()].map((group) => summarizeSpending(group));
}

/**
 * The transactions whose date falls in the range, both ends included, compared as calendar days
 * in the range's zone: a range ending at the start of October 31 still takes all of October 31.
 */
export function filterByRange(transactions: readonly Transaction[], range: DateRange): Transaction[] {
  return transactions.filter(dayRangeTest(range));
}

/**
 * Drops what is not spending: the bank's "Transfer" items (between own accounts, card and loan
 * payments) and "Income" (pay, interest). Items without a category are kept.
 */
export function excludeTransfers(transactions: readonly Transaction[]): Transaction[] {
  return transactions.filter((t) => isSpendingCategory(categoryOfTransaction(t)));
}
