import type { Money } from '../money/money';
import type { CallOptions } from './types';

/** FDX `PaymentStatus` of a transfer. */
export const TRANSFER_STATUSES = ['SCHEDULED', 'PROCESSING', 'PROCESSED', 'NOFUNDS', 'FAILED', 'CANCELLED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** What we ask the bank to move (FDX `TransferForCreate` plus the `idempotency-key` header). */
export interface TransferOrder {
  /** Ours, long-lived: the bank keeps and returns it; `GET /transfers/{transferId}` reads it back. */
  readonly transferId: string;
  /** Sent as `idempotency-key`: the same key and body always get the same answer. */
  readonly idempotencyKey: string;
  readonly fromAccountId: string;
  readonly toAccountId: string;
  /** Positive. */
  readonly amount: Money;
  readonly memo?: string;
}

/** Reading a transfer: its amount is in `currency` (default USD: internal transfers share the account's). */
export interface TransferReadOptions extends CallOptions {
  readonly currency?: string;
}

/** What the bank says about a transfer (FDX `Transfer`). */
export interface TransferReceipt {
  readonly transferId: string;
  /** The bank's own id for the attempt; only its last four digits are ever spoken. */
  readonly referenceId?: string;
  readonly status: TransferStatus;
  /** `YYYY-MM-DD`, when the bank says. */
  readonly transferDate?: string;
  readonly amount: Money;
}

/**
 * FDX Money Movement. `createTransfer` is never retried blindly: when the answer is lost (timeout,
 * connection, 5xx, unreadable body) it reads the transfer back with `GET /transfers/{id}` and
 * returns what the bank has. It rejects with a BankError of kind `timeout` only when the outcome is
 * still unknown; every other kind means the bank did not move the money.
 */
export interface TransferClient {
  createTransfer(token: string, order: TransferOrder, options?: CallOptions): Promise<TransferReceipt>;
  /** The transfer, or undefined when the bank has none with this id (404, FDX 950). */
  getTransfer(token: string, transferId: string, options?: TransferReadOptions): Promise<TransferReceipt | undefined>;
}
