import type { Zone } from 'luxon';
import { money } from '../money/money';
import { requiredInstant, requiredMoney } from './parse-values';
import type { Transaction } from './types';
import type { WireTransaction } from './wire';

/**
 * Signs an FDX amount (sent as an absolute value): DEBIT is money out (negative), CREDIT money in
 * (positive). MEMO items and items without `debitCreditMemo` keep the sign the bank sent, since
 * there is nothing better to go on and dropping them would hide what the bank shows.
 */
function signedMinor(absoluteOrSigned: number, debitCreditMemo: string | undefined): number {
  if (debitCreditMemo === 'DEBIT') return 0 - Math.abs(absoluteOrSigned); // 0 - 0 is +0, not -0
  if (debitCreditMemo === 'CREDIT') return Math.abs(absoluteOrSigned);
  return absoluteOrSigned;
}

/**
 * Maps a checked FDX transaction to the domain one. `zone` is the user's zone (the range's).
 * Pending when the bank says PENDING or has not posted it yet (no `postedTimestamp`).
 */
export function toTransaction(wire: WireTransaction, zone: Zone, path: string): Transaction {
  const currency = wire.currencyCode ?? 'USD';
  const raw = requiredMoney(wire.amount, currency, `${path}.amount`);
  const when = wire.transactionTimestamp ?? wire.postedTimestamp;
  const description = wire.description?.trim() ?? '';
  const category = wire.category?.trim();
  return {
    id: wire.transactionId,
    amount: money(signedMinor(raw.minor, wire.debitCreditMemo), currency),
    pending: wire.status === 'PENDING' || wire.postedTimestamp === undefined,
    date: requiredInstant(when, zone, `${path}.transactionTimestamp`),
    description,
    ...(wire.payee === undefined ? {} : { payee: wire.payee }),
    ...(category === undefined || category === '' ? {} : { category }),
    ...(wire.transactionType === undefined || wire.transactionType === '' ? {} : { transactionType: wire.transactionType }),
  };
}

/** Newest first; ties keep the bank's order (Array.prototype.sort is stable). */
export function newestFirst(transactions: readonly Transaction[]): Transaction[] {
  return [...transactions].sort((a, b) => b.date.toMillis() - a.date.toMillis());
}
