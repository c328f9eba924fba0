import type { CustomerKey, StoredMovement } from '../../state';
import type { BankingReply, BankingRequest, Deps } from '../contract';
import { linkedToken } from '../handlers/token';
import { ask, tell } from '../replies';
import type { MovementDeps } from './deps';
import { orderOf } from './order';
import { replyFor } from './outcome';
import { recover } from './recover';
import { record, settle } from './settle';

/** A claim older than this with no result belongs to a turn that died: the next turn reads the transfer back. */
export const STALE_CLAIM_MS = 10_000;
/** A proposal may be confirmed this long after it was made, and only on the day it named. */
export const CONFIRM_WINDOW_MS = 5 * 60_000;

const expired = ({ record: r }: StoredMovement, deps: Deps): boolean =>
  deps.clock.epochMs() - r.proposedAt > CONFIRM_WINDOW_MS || r.day !== deps.now().toISODate();

/** Someone else holds the claim: their answer if recorded, recovery if their turn died, else "on its way". */
async function afterLostClaim(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  transferId: string,
): Promise<BankingReply> {
  const stored = await m.store.movements.get(key, transferId);
  if (!stored) return ask(deps.messages.movementNothingWaiting(), deps.messages.whatElse());
  if (stored.result && stored.result.outcome !== 'unknown')
    return replyFor(stored, await deps.bank.listAccounts(token, { signal: deps.signal }), deps);
  // A cancellation holds the claim: nothing will ever be sent for it.
  if (stored.claim?.by === 'cancel') return tell(deps.messages.movementCancelled());
  const claimedAt = stored.claim?.at ?? 0;
  if (stored.result?.outcome === 'unknown' || deps.clock.epochMs() - claimedAt > STALE_CLAIM_MS)
    return recover(deps, m, key, token, stored);
  return { speech: deps.messages.movementInProgress(), endSession: true };
}

/**
 * The customer's "yes" to a proposed movement. Exactly one "yes" wins the claim, across repeats and
 * instances; only the winner calls POST /transfers, with the record's idempotency key, and only
 * within CONFIRM_WINDOW_MS of the proposal, with the PIN still verified in this session and the
 * daily limit reserved.
 */
export async function confirm(
  req: BankingRequest,
  deps: Deps,
  m: MovementDeps,
  transferId: string,
): Promise<BankingReply> {
  const token = linkedToken(req);
  const key = await m.pin.keyFor(token, { signal: deps.signal });
  const stored = key ? await m.store.movements.get(key, transferId) : undefined;
  if (!key || !stored) return ask(deps.messages.movementNothingWaiting(), deps.messages.whatElse());
  if (!(await m.store.movements.claim(key, transferId, { by: 'confirm', at: deps.clock.epochMs() }))) {
    return afterLostClaim(deps, m, key, token, transferId);
  }
  m.observe?.({ kind: 'confirmed' });
  if (expired(stored, deps)) return record(deps, m, key, token, stored, 'expired');
  if (!(await m.store.isPinVerified(key, req.sessionId))) return record(deps, m, key, token, stored, 'pinMissing');
  const { record: movement } = stored;
  const reserved = await m.store.movements.reserveDaily(key, movement.day, movement.amountMinor, m.limits.dailyMinor);
  if (!reserved.ok) return record(deps, m, key, token, stored, 'overDaily', reserved.before);
  await m.store.movements.markSent(key, transferId);
  const sent: StoredMovement = { ...stored, sent: true };
  return settle(deps, m, key, token, sent, () =>
    m.transfers.createTransfer(token, orderOf(sent), { signal: deps.signal }),
  );
}

/** Anything but a clear yes: the movement is cancelled (unless a "yes" already won it) and nothing moves. */
export async function cancel(
  req: BankingRequest,
  deps: Deps,
  m: MovementDeps,
  transferId: string,
): Promise<BankingReply> {
  const token = linkedToken(req);
  const key = await m.pin.keyFor(token, { signal: deps.signal });
  const stored = key ? await m.store.movements.get(key, transferId) : undefined;
  if (!key || !stored) return { speech: deps.messages.movementCancelled(), endSession: true };
  if (await m.store.movements.claim(key, transferId, { by: 'cancel', at: deps.clock.epochMs() })) {
    return record(deps, m, key, token, stored, 'cancelled');
  }
  return afterLostClaim(deps, m, key, token, transferId);
}
