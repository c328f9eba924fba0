import { decimal } from '../data/dates';
import type { PostedTransfer } from './types';

/** FDX `Transfer`: the request as created plus `referenceId`, `status`, `transferDate` and `transferTime`. */
export function transferBody(t: PostedTransfer): Record<string, unknown> {
  return {
    transferId: t.transferId,
    fromAccountId: t.fromAccountId,
    toAccountId: t.toAccountId,
    amount: decimal(t.amountCents),
    ...(t.memo === undefined ? {} : { memo: t.memo }),
    referenceId: t.referenceId,
    status: t.status,
    transferDate: t.transferDate,
    transferTime: t.transferTime,
  };
}
