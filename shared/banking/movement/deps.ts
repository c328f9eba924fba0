import type { AuditLog } from '../../audit/types';
import type { TransferClient } from '../../bank/transfer-types';
import type { MovementOutcome, StateStore } from '../../state';
import type { PinService } from '../pin/service';

/** Per customer, in the state store: `TRANSFER_MAX` and `TRANSFER_DAILY_MAX`, in minor units. */
export interface MovementLimits {
  readonly perMovementMinor: number;
  readonly dailyMinor: number;
}

/**
 * What happened to movements, for counters (no customer, account or amount in it):
 * `prepared` a confirmation was asked for; `confirmed` a yes won the claim; `outcome` a result was
 * recorded; `recovery` a lost answer was looked for: found at the bank, re-sent (the bank had none
 * and the same POST went again with the same idempotency key), not received (nothing moved), or
 * still unknown.
 */
export type MovementEvent =
  | { readonly kind: 'prepared' }
  | { readonly kind: 'confirmed' }
  | { readonly kind: 'outcome'; readonly outcome: MovementOutcome }
  | { readonly kind: 'recovery'; readonly result: RecoveryResult };
export type RecoveryResult = 'found' | 'resent' | 'notReceived' | 'unknown';

/** What money movement needs; present only when MONEY_MOVEMENT=on. */
export interface MovementDeps {
  readonly transfers: TransferClient;
  readonly store: StateStore;
  /** A PIN service with the `session` policy: every movement needs the PIN in the same session. */
  readonly pin: PinService;
  readonly audit: AuditLog;
  readonly limits: MovementLimits;
  /** Told of every movement event (a /metrics counter hooks in here). */
  readonly observe?: (event: MovementEvent) => void;
}
