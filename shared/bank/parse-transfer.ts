import { money, minorDigits, toMinorUnits } from '../money/money';
import { expectRecord, optionalAmount, optionalString, requiredString, ShapeError } from './guards';
import { TRANSFER_STATUSES, type TransferReceipt, type TransferStatus } from './transfer-types';

const isStatus = (value: string): value is TransferStatus => (TRANSFER_STATUSES as readonly string[]).includes(value);

/** An FDX `Transfer` body; the amount is in `currency` (internal transfers share the account's). */
export function readTransfer(raw: unknown, currency: string): TransferReceipt {
  const body = expectRecord(raw, 'body');
  const status = requiredString(body, 'status', 'body').trim().toUpperCase();
  if (!isStatus(status)) throw new ShapeError('body.status not an FDX payment status');
  const amount = toMinorUnits(optionalAmount(body, 'amount', 'body'), currency);
  if (amount === undefined || amount <= 0) throw new ShapeError('body.amount missing or not a positive amount');
  const referenceId = optionalString(body, 'referenceId', 'body')?.trim();
  const date = optionalString(body, 'transferDate', 'body') ?? optionalString(body, 'transferTime', 'body');
  const transferDate = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
  return {
    transferId: requiredString(body, 'transferId', 'body'),
    status,
    amount: money(amount, currency),
    ...(referenceId ? { referenceId } : {}),
    ...(transferDate ? { transferDate } : {}),
  };
}

/** The amount as the decimal JSON number FDX wants (`12.5` for 1250 cents). */
export function decimalAmount(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}
