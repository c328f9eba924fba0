import type { Transaction } from '../bank/types';
import { categoryOfTransaction, isSpendingCategory } from '../spending';

/**
 * What a purchase is, the same for "what did I buy", "my biggest purchases" and the spending total:
 * money out (not a memo), in a spending category — never a transfer, a card payment, pay or interest.
 */
export function isPurchase(item: Transaction): boolean {
  return item.amount.minor < 0 && !item.memo && isSpendingCategory(categoryOfTransaction(item));
}

/** The purchases among the items, in the order given (newest first from gather.ts). */
export function purchasesOf(items: readonly Transaction[]): Transaction[] {
  return items.filter(isPurchase);
}

/**
 * The purchases, largest amount first within each currency: money is never converted, so €30 is
 * not ranked against $20. The currency with the most purchases comes first (then by code); equal
 * amounts newest first, then by id, so the order never depends on luck.
 */
export function biggestFirst(items: readonly Transaction[]): Transaction[] {
  const purchases = purchasesOf(items);
  const counts = new Map<string, number>();
  for (const item of purchases) counts.set(item.amount.currency, (counts.get(item.amount.currency) ?? 0) + 1);
  const currencyOrder = (a: Transaction, b: Transaction): number =>
    (counts.get(b.amount.currency) ?? 0) - (counts.get(a.amount.currency) ?? 0) ||
    a.amount.currency.localeCompare(b.amount.currency);
  return purchases.sort(
    (a, b) =>
      currencyOrder(a, b) ||
      a.amount.minor - b.amount.minor ||
      b.date.toMillis() - a.date.toMillis() ||
      a.id.localeCompare(b.id),
  );
}

/** How many currencies the items are in. */
export function currencyCount(items: readonly Transaction[]): number {
  return new Set(items.map((item) => item.amount.currency)).size;
}
