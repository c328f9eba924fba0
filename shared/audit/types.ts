import type { MovementOutcome } from '../state';

/**
 * One line per money-movement attempt. Exactly these fields, nothing else: no PIN, no balance,
 * no account id or full number, no token.
 */
export interface AuditEntry {
  /** ISO 8601 instant, UTC. */
  readonly at: string;
  /** HMAC of the bank customer (the state store's key). */
  readonly customerKey: string;
  /** Ours (FDX `transferId`). */
  readonly transferId: string;
  /** Positive integer minor units. */
  readonly amountMinor: number;
  readonly currency: string;
  readonly fromLast4?: string;
  readonly toLast4?: string;
  readonly outcome: MovementOutcome;
  /** The bank's `referenceId`, when it sent one. */
  readonly bankReference?: string;
}

/** An append-only audit trail in a durable store (PostgreSQL or SQLite). */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Lines for one transfer, oldest first (for support and tests). */
  linesFor(transferId: string): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
