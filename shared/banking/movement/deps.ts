import type { AuditLog } from '../../audit/types';
import type { TransferClient } from '../../bank/transfer-types';
import type { StateStore } from '../../state';
import type { PinService } from '../pin/service';

/** Per customer, in the state store: `TRANSFER_MAX` and `TRANSFER_DAILY_MAX`, in minor units. */
export interface MovementLimits {
  readonly perMovementMinor: number;
  readonly dailyMinor: number;
}

/** What money movement needs; present only when MONEY_MOVEMENT=on. */
export interface MovementDeps {
  readonly transfers: TransferClient;
  readonly store: StateStore;
  /** A PIN service with the `session` policy: every movement needs the PIN in the same session. */
  readonly pin: PinService;
  readonly audit: AuditLog;
  readonly limits: MovementLimits;
}
