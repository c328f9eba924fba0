import { isBankError } from '../../bank/errors';
import type { TransferReceipt } from '../../bank/transfer-types';
import type { CustomerKey, StoredMovement } from '../../state';
import type { BankingReply, Deps } from '../contract';
import { tell } from '../replies';
import type { MovementDeps, RecoveryResult } from './deps';
import { replyFor } from './outcome';
import { orderOf } from './order';
import { record, settle } from './settle';

/** How long after its claim a sent movement of an earlier day, which the bank does not have, is taken as never received. */
export const NOT_RECEIVED_AFTER_MS = 15 * 60_000;

/** The transfer as the bank has it; undefined when it has none; 'unreadable' when the bank could not say. */
async function readBack(
  deps: Deps,
  m: MovementDeps,
  token: string,
  stored: StoredMovement,
): Promise<TransferReceipt | undefined | 'unreadable'> {
  const { transferId, currency } = stored.record;
  try {
    return await m.transfers.getTransfer(token, transferId, { signal: deps.signal, currency });
  } catch (error) {
    if (!isBankError(error)) throw error;
    return 'unreadable';
  }
}

/** Sends the recorded order again; a bank that says it knows the transfer id already is read once more. */
async function resend(
  deps: Deps,
  m: MovementDeps,
  token: string,
  stored: StoredMovement,
): Promise<TransferReceipt | undefined> {
  try {
    return await m.transfers.createTransfer(token, orderOf(stored), { signal: deps.signal });
  } catch (error) {
    if (!isBankError(error) || error.kind !== 'duplicateTransfer') throw error;
    const again = await readBack(deps, m, token, stored);
    return again === 'unreadable' ? undefined : again;
  }
}

/** The movement is still unresolved: nothing recorded, the customer hears that it is not confirmed yet. */
async function stillUnknown(deps: Deps, token: string, stored: StoredMovement): Promise<BankingReply> {
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal }).catch(() => []);
  return replyFor({ ...stored, result: { outcome: 'unknown', at: deps.clock.epochMs() } }, accounts, deps);
}

/**
 * The bank has no such transfer and the confirming turn had not marked it sent. Declaring it never
 * received is only true if that turn can no longer send it: the fate is taken atomically first.
 */
async function neverSent(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  stored: StoredMovement,
  seen: (result: RecoveryResult) => void,
): Promise<BankingReply> {
  const { transferId } = stored.record;
  const won = await m.store.movements.markNotReceived(key, transferId);
  // Read after the fate is fixed: a reservation noted by now is the stalled turn's, to give back once.
  const now = (await m.store.movements.get(key, transferId)) ?? stored;
  if (won || !now.sent) return (seen('notReceived'), record(deps, m, key, token, now, 'notReceived'));
  // The confirming turn won: its POST is on its way (or done). Read it back; never declare, never re-send here.
  const found = await readBack(deps, m, token, now);
  if (found === 'unreadable') return (seen('unknown'), stillUnknown(deps, token, now));
  if (found) return (seen('found'), settle(deps, m, key, token, now, () => Promise.resolve(found)));
  seen('unknown');
  return tell(deps.messages.movementInProgress());
}

/**
 * Resolves a movement whose answer was lost (or whose confirming turn died after its claim) by
 * reading the transfer back with GET /transfers/{id}; never a guess:
 * - the bank has it: its status is the result;
 * - the bank could not be read: still unknown, nothing recorded;
 * - the bank has none and the confirming turn never reached the bank call (not marked sent): the
 *   recovery contends with that turn for the movement's fate; if it wins, nothing can be sent any
 *   more, so nothing moved ('notReceived', final); if the turn marked it sent meanwhile, its POST is
 *   on its way and the transfer is read back instead (never 'notReceived', never a second POST);
 * - the bank has none, the POST was handed over, and it is still the day the confirmation named:
 *   the same POST again, same transferId, body and idempotency key, which FDX banks de-duplicate
 *   (the sandbox answers a repeat with the first answer); one recovery at a time sends it;
 * - the same on a later day: not re-sent (the customer confirmed that day, not this one); once the
 *   claim is NOT_RECEIVED_AFTER_MS old the bank has had every chance to show it: 'notReceived'.
 */
export async function recover(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  stored: StoredMovement,
): Promise<BankingReply> {
  const seen = (result: RecoveryResult): void => m.observe?.({ kind: 'recovery', result });
  const found = await readBack(deps, m, token, stored);
  if (found === 'unreadable') return (seen('unknown'), stillUnknown(deps, token, stored));
  if (found) return (seen('found'), settle(deps, m, key, token, stored, () => Promise.resolve(found)));
  if (!stored.sent) return neverSent(deps, m, key, token, stored, seen);
  if (stored.record.day === deps.now().toISODate()) {
    if (!(await m.store.movements.claimResend(key, stored.record.transferId)))
      return tell(deps.messages.movementInProgress());
    seen('resent');
    return settle(deps, m, key, token, stored, () => resend(deps, m, token, stored));
  }
  if (deps.clock.epochMs() - (stored.claim?.at ?? 0) > NOT_RECEIVED_AFTER_MS)
    return (seen('notReceived'), record(deps, m, key, token, stored, 'notReceived'));
  return (seen('unknown'), stillUnknown(deps, token, stored));
}
