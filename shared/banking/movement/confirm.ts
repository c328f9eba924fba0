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
  const reserved = await m.store.movements.reserveDaily(
    key,
    movement.day,
    movement.amountMinor,
    m.limits.dailyMinor,
    transferId,
  );
  if (!reserved.ok) return record(deps, m, key, token, stored, 'overDaily', reserved.before);
  // This turn may have stalled past STALE_CLAIM_MS since its claim, and a recovery may have declared
  // the movement never received: the fate is contended atomically, and only its winner sends.
  if (!(await m.store.movements.markSent(key, transferId)))
    return afterLostFate(deps, m, key, token, { ...stored, reserved: true });
  // The result as recorded right before the bank call: a final one means this turn must not send.
  const sent = await m.store.movements.get(key, transferId);
  if (!sent) return ask(deps.messages.movementNothingWaiting(), deps.messages.whatElse());
  if (sent.result && sent.result.outcome !== 'unknown')
    return replyFor(sent, await deps.bank.listAccounts(token, { signal: deps.signal }), deps);
  return settle(deps, m, key, token, sent, () =>
    m.transfers.createTransfer(token, orderOf(sent), { signal: deps.signal }),
  );
}

/**
 * A recovery fixed this movement as never sent while this confirming turn was between its claim and
 * the bank call: nothing is sent, this turn's daily reservation is given back (once, whoever of the
 * two gets there first), and the customer hears the recorded outcome — 'notReceived', recorded here
 * if the recovery has not written it yet (the first final result wins, with its one audit line).
 */
async function afterLostFate(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  stored: StoredMovement,
): Promise<BankingReply> {
  const { record: movement } = stored;
  await m.store.movements.releaseDaily(key, movement.transferId, movement.day, movement.amountMinor);
  const now = await m.store.movements.get(key, movement.transferId);
  if (now?.result && now.result.outcome !== 'unknown')
    return replyFor(now, await deps.bank.listAccounts(token, { signal: deps.signal }), deps);
  return record(deps, m, key, token, now ?? stored, 'notReceived');
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
