import { isBankError } from '../../bank/errors';
import type { TransferReceipt } from '../../bank/transfer-types';
import type { CustomerKey, MovementOutcome, MovementResult, StoredMovement } from '../../state';
import { NOT_MOVED } from '../../state';
import type { BankingReply, Deps } from '../contract';
import type { MovementDeps } from './deps';
import { outcomeOfError, outcomeOfStatus, replyFor } from './outcome';

/** Writes the one audit line of an attempt; a failing audit store is logged (without details), never spoken. */
export async function audit(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  stored: StoredMovement,
  result: MovementResult,
): Promise<void> {
  const { record } = stored;
  try {
    await m.audit.append({
      at: new Date(result.at).toISOString(),
      customerKey: key,
      transferId: record.transferId,
      amountMinor: record.amountMinor,
      currency: record.currency,
      outcome: result.outcome,
      ...(record.fromLast4 ? { fromLast4: record.fromLast4 } : {}),
      ...(record.toLast4 ? { toLast4: record.toLast4 } : {}),
      ...(result.referenceId ? { bankReference: result.referenceId } : {}),
    });
  } catch {
    deps.logger.error({ component: 'audit' }, 'audit line could not be written');
  }
}

/** Records an outcome that needs no bank call (cancelled, over the daily limit, no PIN), audits it and words it. */
export async function record(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  stored: StoredMovement,
  outcome: MovementOutcome,
  usedToday = 0,
): Promise<BankingReply> {
  return conclude(deps, m, key, token, stored, { outcome, at: deps.clock.epochMs() }, usedToday);
}

/**
 * Records a result, and only when this turn's result is the one recorded (another turn may have
 * recorded first: a repeated yes, a concurrent recovery) gives back the daily reservation when
 * nothing moved, writes the one audit line and counts it. Either way the customer hears what is
 * recorded.
 */
async function conclude(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  stored: StoredMovement,
  result: MovementResult,
  usedToday = 0,
): Promise<BankingReply> {
  const { record: movement } = stored;
  let recorded = result;
  if (await m.store.movements.finish(key, movement.transferId, result)) {
    // Only a movement the confirming turn reserved (every one marked sent was) has a reservation to give back.
    if ((stored.sent || stored.reserved) && NOT_MOVED.has(result.outcome))
      await m.store.movements.releaseDaily(key, movement.transferId, movement.day, movement.amountMinor);
    await audit(deps, m, key, stored, result);
    m.observe?.({ kind: 'outcome', outcome: result.outcome });
  } else {
    recorded = (await m.store.movements.get(key, movement.transferId))?.result ?? result;
  }
  const accounts = await deps.bank.listAccounts(token, { signal: deps.signal }).catch(() => []);
  return replyFor({ ...stored, result: recorded }, accounts, deps, usedToday);
}

/**
 * Asks the bank (POST, or a read-back during recovery) and records what it said: the result in the
 * store, one audit line, the daily reservation released when nothing moved (a movement is reserved
 * exactly when it is marked sent, which every caller of this has done). An unknown outcome keeps
 * the reservation and is resolved on a later turn by reading the transfer back.
 */
export async function settle(
  deps: Deps,
  m: MovementDeps,
  key: CustomerKey,
  token: string,
  stored: StoredMovement,
  ask: () => Promise<TransferReceipt | undefined>,
): Promise<BankingReply> {
  let result: MovementResult;
  try {
    const receipt = await ask();
    result = receipt
      ? {
          outcome: outcomeOfStatus(receipt.status),
          status: receipt.status,
          at: deps.clock.epochMs(),
          ...(receipt.referenceId ? { referenceId: receipt.referenceId } : {}),
        }
      : { outcome: 'unknown', at: deps.clock.epochMs() };
  } catch (error) {
    if (!isBankError(error)) throw error;
    result = { outcome: outcomeOfError(error.kind), at: deps.clock.epochMs() };
  }
  return conclude(deps, m, key, token, stored, result);
}
