import { isRecord } from '../../shared/text';
/** A checked `TransferForCreate` body. */
export interface TransferForCreate {
  readonly transferId: string;
  readonly fromAccountId: string;
  readonly toAccountId: string;
  readonly amountCents: number;
  readonly memo?: string;
}

const identifier = (v: unknown): v is string => typeof v === 'string' && /^[\x21-\x7e]{1,256}$/.test(v);

/** The body, or 'input' when a field is missing or mistyped, or 'amount' for an unusable amount. */
export function readTransferForCreate(body: unknown): TransferForCreate | 'input' | 'amount' {
  if (!isRecord(body)) return 'input';
  const { transferId, fromAccountId, toAccountId, amount, memo } = body;
  if (!identifier(transferId) || !identifier(fromAccountId) || !identifier(toAccountId)) return 'input';
  if (memo !== undefined && (typeof memo !== 'string' || memo.length > 255)) return 'input';
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return 'input';
  const cents = Math.round(amount * 100);
  // A positive amount in whole cents: 12.5 is fine, 12.505 is not.
  if (cents <= 0 || Math.abs(cents - amount * 100) > 1e-6 || !Number.isSafeInteger(cents)) return 'amount';
  return { transferId, fromAccountId, toAccountId, amountCents: cents, ...(memo === undefined ? {} : { memo }) };
}

/** The body as canonical JSON, so the same request always compares equal whatever its key order. */
export function canonical(request: TransferForCreate): string {
  const { transferId, fromAccountId, toAccountId, amountCents, memo } = request;
  return JSON.stringify([transferId, fromAccountId, toAccountId, amountCents, memo ?? null]);
}
