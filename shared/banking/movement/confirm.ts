import type { CustomerKey, StoredMovement } from '../../state';
import type { BankingReply, BankingRequest, Deps } from '../contract';
import { linkedToken } from '../handlers/token';
import { ask } from '../replies';
import type { MovementDeps } from './deps';
import { replyFor } from './outcome';
import { record, settle } from './settle';

/** A claim older than this with no result belongs to a turn that died: the next turn reads the transfer back. */
export const STALE_CLAIM_MS = 10_000;

/**
 * Resolves a movement whose answer was lost (or whose turn crashed after its claim): reads the
 * transfer back, and only when the bank has none sends the same POST again with the same
 * idempotency key, which the bank de-duplicates.
 */
export function recover(deps: Deps, m: MovementDeps, key: CustomerKey, token: string, stored: StoredMovement): Promise<BankingReply> {
  const { record: movement } = stored;
  return settle(deps, m, key, token, stored, async () => {
    const found = await m.transfers.getTransfer(token, movement.transferId, { signal: deps.signal, currency: movement.currency });
    return found ?? m.transfers.createTransfer(token, orderOf(stored), { signal: deps.signal });
  });
}

function orderOf({ record: r }: StoredMovement) {
  return {
    transferId: r.transferId, idempotencyKey: r.idempotencyKey, fromAccountId: r.fromAccountId, toAccountId: r.toAccountId,
    amount: { minor: r.amountMinor, currency: r.currency }, memo: 'Voice transfer',
  };
}

/** Someone else holds the claim: their answer if recorded, recovery if their turn died, else "on its way". */
async function afterLostClaim(deps: Deps, m: MovementDeps, key: CustomerKey, token: string, transferId: string): Promise<BankingReply> {
  const stored = await m.store.movements.get(key, transferId);
  if (!stored) return ask(deps.messages.movementNothingWaiting(), deps.messages.whatElse());
  if (stored.result && stored.result.outcome !== 'unknown') return replyFor(stored, await deps.bank.listAccounts(token, { signal: deps.signal }), deps);
  const claimedAt = stored.claim?.at ?? 0;
  if (stored.result?.outcome === 'unknown' || deps.clock.epochMs() - claimedAt > STALE_CLAIM_MS) return recover(deps, m, key, token, stored);
  return { speech: deps.messages.movementInProgress(), endSession: true };
}

/**
 * The customer's "yes" to a proposed movement. Exactly one "yes" wins the claim, across repeats and
 * instances; only the winner calls POST /transfers, with the record's idempotency key.
 */
export async function confirm(req: BankingRequest, deps: Deps, m: MovementDeps, transferId: string): Promise<BankingReply> {
  const token = linkedToken(req);
  const key = await m.pin.keyFor(token, { signal: deps.signal });
  const stored = key ? await m.store.movements.get(key, transferId) : undefined;
  if (!key || !stored) return ask(deps.messages.movementNothingWaiting(), deps.messages.whatElse());
  if (!await m.store.movements.claim(key, transferId, { by: 'confirm', at: deps.clock.epochMs() })) {
    return afterLostClaim(deps, m, key, token, transferId);
  }
  if (!await m.store.isPinVerified(key, req.sessionId)) return record(deps, m, key, token, stored, 'pinMissing');
  const { record: movement } = stored;
  const reserved = await m.store.movements.reserveDaily(key, movement.day, movement.amountMinor, m.limits.dailyMinor);
  if (!reserved.ok) return record(deps, m, key, token, stored, 'overDaily', reserved.before);
  return settle(deps, m, key, token, stored, () => m.transfers.createTransfer(token, orderOf(stored), { signal: deps.signal }));
}

/** Anything but a clear yes: the movement is cancelled (unless a "yes" already won it) and nothing moves. */
export async function cancel(req: BankingRequest, deps: Deps, m: MovementDeps, transferId: string): Promise<BankingReply> {
  const token = linkedToken(req);
  const key = await m.pin.keyFor(token, { signal: deps.signal });
  const stored = key ? await m.store.movements.get(key, transferId) : undefined;
  if (!key || !stored) return { speech: deps.messages.movementCancelled(), endSession: true };
  if (await m.store.movements.claim(key, transferId, { by: 'cancel', at: deps.clock.epochMs() })) {
    return record(deps, m, key, token, stored, 'cancelled');
  }
  return afterLostClaim(deps, m, key, token, transferId);
}
