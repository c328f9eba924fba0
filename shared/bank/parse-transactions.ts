import type { Zone } from 'luxon';
import { money } from '../money/money';
import { shortText } from './parse-accounts';
import { requiredInstant, requiredMoney } from './parse-values';
import { DEFAULT_BOUNDS, type SaneBounds } from './sanity';
import type { DateRange, Transaction } from './types';
import type { WireTransaction } from './wire';

/** Bank descriptions and payees longer than this are cut at a word before anything speaks them. */
export const MAX_BANK_TEXT_CHARS = 80;

/**
 * Signs an FDX amount (sent as an absolute value): DEBIT is money out (negative), CREDIT money in
 * (positive). MEMO items (informational) and items without `debitCreditMemo` keep the sign the
 * bank sent; MEMO items are marked so nothing counts them as money in or out.
 */
function signedMinor(absoluteOrSigned: number, debitCreditMemo: string | undefined): number {
  if (debitCreditMemo === 'DEBIT') return 0 - Math.abs(absoluteOrSigned); // 0 - 0 is +0, not -0
  if (debitCreditMemo === 'CREDIT') return Math.abs(absoluteOrSigned);
  return absoluteOrSigned;
}

/** How a transaction is read: the user's zone, the account's currency, the sane bounds. */
export interface TransactionContext {
  readonly zone: Zone;
  /** The account's currency: FDX amounts are in it unless the item names its own. */
  readonly currency: string;
  readonly bounds?: SaneBounds;
}

/**
 * Maps a checked FDX transaction to the domain one. Pending when the bank says PENDING (or
 * MEMO/AUTHORIZATION status) or has not posted it yet (no `postedTimestamp`).
 */
export function toTransaction(wire: WireTransaction, context: TransactionContext, path: string): Transaction {
  const bounds = context.bounds ?? DEFAULT_BOUNDS;
  const currency = wire.currencyCode ?? context.currency;
  const raw = requiredMoney(wire.amount, currency, `${path}.amount`, bounds);
  const when = wire.transactionTimestamp ?? wire.postedTimestamp;
  const description = shortText(wire.description, MAX_BANK_TEXT_CHARS) ?? '';
  const payee = shortText(wire.payee, MAX_BANK_TEXT_CHARS);
  const category = wire.category?.trim();
  const pendingStatus = wire.status === 'PENDING' || wire.status === 'MEMO' || wire.status === 'AUTHORIZATION';
  return {
    id: wire.transactionId,
    amount: money(signedMinor(raw.minor, wire.debitCreditMemo), currency),
    ...(wire.debitCreditMemo === 'MEMO' ? { memo: true as const } : {}),
    pending: pendingStatus || wire.postedTimestamp === undefined,
    date: requiredInstant(when, context.zone, `${path}.transactionTimestamp`, bounds),
    description,
    ...(payee === undefined ? {} : { payee }),
    ...(category === undefined || category === '' ? {} : { category }),
    ...(wire.transactionType === undefined || wire.transactionType === ''
      ? {}
      : { transactionType: wire.transactionType }),
  };
}

/** Newest first; ties keep the bank's order (Array.prototype.sort is stable). */
export function newestFirst(transactions: readonly Transaction[]): Transaction[] {
  return [...transactions].sort((a, b) => b.date.toMillis() - a.date.toMillis());
}

/**
 * Whether the item's calendar day, in the range's zone, lies in the range (both ends included).
 * A range ending at the start of October 31 still takes all of October 31.
 */
export function inDayRange(item: Pick<Transaction, 'date'>, range: DateRange): boolean {
  return dayRangeTest(range)(item);
}

/**
 * {@link inDayRange} for one range, its bounds worked out once: the range's first and last
 * instants of whole days, so each item costs two comparisons instead of three date formattings.
 */
export function dayRangeTest(range: DateRange): (item: Pick<Transaction, 'date'>) => boolean {
  const first = range.start.startOf('day').toMillis();
  const last = range.end.setZone(range.start.zone).endOf('day').toMillis();
  return (item) => {
    const at = item.date.toMillis();
    return at >= first && at <= last;
  };
}
