import { isMovementOutcome } from '../state';
import type { AuditEntry } from './types';

/**
 * The audit table, the same on PostgreSQL and SQLite. Append-only by triggers: an UPDATE or a
 * DELETE is refused by the database itself, not only by our code.
 */
export const AUDIT_TABLE = 'movement_audit';

/** Column order of an insert. */
export const COLUMNS = [
  'at',
  'customer_key',
  'transfer_id',
  'amount_minor',
  'currency',
  'from_last4',
  'to_last4',
  'outcome',
  'bank_reference',
] as const;

export function rowOf(entry: AuditEntry): Array<string | number | null> {
  return [
    entry.at,
    entry.customerKey,
    entry.transferId,
    entry.amountMinor,
    entry.currency,
    entry.fromLast4 ?? null,
    entry.toLast4 ?? null,
    entry.outcome,
    entry.bankReference ?? null,
  ];
}

/** A row read back, as either driver returns it. */
export interface AuditRow {
  readonly at: string | Date;
  readonly customer_key: string;
  readonly transfer_id: string;
  readonly amount_minor: number | string;
  readonly currency: string;
  readonly from_last4: string | null;
  readonly to_last4: string | null;
  readonly outcome: string;
  readonly bank_reference: string | null;
}

export function entryOf(row: AuditRow): AuditEntry {
  if (!isMovementOutcome(row.outcome)) throw new Error('audit row with an unknown outcome');
  return {
    at: typeof row.at === 'string' ? row.at : row.at.toISOString(),
    customerKey: row.customer_key,
    transferId: row.transfer_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    outcome: row.outcome,
    ...(row.from_last4 ? { fromLast4: row.from_last4 } : {}),
    ...(row.to_last4 ? { toLast4: row.to_last4 } : {}),
    ...(row.bank_reference ? { bankReference: row.bank_reference } : {}),
  };
}
