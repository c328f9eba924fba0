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

/** The purchases, largest amount first; equal amounts newest first, then by id, so the order never depends on luck. */
export function biggestFirst(items: readonly Transaction[]): Transaction[] {
  return purchasesOf(items).sort(
    (a, b) => a.amount.minor - b.amount.minor || b.date.toMillis() - a.date.toMillis() || a.id.localeCompare(b.id),
  );
}
