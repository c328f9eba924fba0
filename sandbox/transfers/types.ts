/** FDX `PaymentStatus` values a transfer can have. */
export type TransferStatus = 'SCHEDULED' | 'PROCESSING' | 'PROCESSED' | 'NOFUNDS' | 'FAILED' | 'CANCELLED';

/** A transfer the sandbox accepted. Amounts are integer cents; the wire turns them into decimals. */
export interface PostedTransfer {
  /** The client's id (FDX `transferId`). */
  readonly transferId: string;
  readonly fromAccountId: string;
  readonly toAccountId: string;
  readonly amountCents: number;
  readonly memo?: string;
  /** The bank's own id for the attempt (FDX `referenceId`): ten digits. */
  readonly referenceId: string;
  readonly status: TransferStatus;
  /** `yyyy-MM-dd` in the sandbox zone. */
  readonly transferDate: string;
  /** ISO timestamp of the attempt. */
  readonly transferTime: string;
}

/** What an idempotency key answered the first time, replayed for the same request. */
export interface StoredAnswer {
  /** Canonical JSON of the request body the key was first used with. */
  readonly request: string;
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}
