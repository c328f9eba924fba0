import type { TransferOrder } from '../../bank/transfer-types';
import type { StoredMovement } from '../../state';

/** The POST a movement record stands for; the same record always gives the same order (body and idempotency key). */
export function orderOf({ record: r }: StoredMovement): TransferOrder {
  return {
    transferId: r.transferId,
    idempotencyKey: r.idempotencyKey,
    fromAccountId: r.fromAccountId,
    toAccountId: r.toAccountId,
    amount: { minor: r.amountMinor, currency: r.currency },
    memo: 'Voice transfer',
  };
}
