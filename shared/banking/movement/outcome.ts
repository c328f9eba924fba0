import type { BankErrorKind } from '../../bank/errors';
import type { TransferStatus } from '../../bank/transfer-types';
import type { AccountSummary } from '../../bank/types';
import { money } from '../../money/money';
import { NOT_MOVED, type MovementOutcome, type MovementRecord, type StoredMovement } from '../../state';
import { accountFact, moneyFact } from '../facts';
import type { BankingReply, Deps } from '../contract';
import type { ReplyFacts } from '../facts';
import { tell } from '../replies';

/** What a Transfer's status means for the customer. */
export function outcomeOfStatus(status: TransferStatus): MovementOutcome {
  switch (status) {
    case 'PROCESSED':
      return 'moved';
    case 'SCHEDULED':
    case 'PROCESSING':
      return 'accepted';
    case 'NOFUNDS':
      return 'noFunds';
    case 'FAILED':
    case 'CANCELLED':
      return 'refused';
  }
}

/** What a failed POST means: `unknown` only when the bank may still have it (the client read back already). */
export function outcomeOfError(kind: BankErrorKind): MovementOutcome {
  switch (kind) {
    case 'timeout':
      return 'unknown';
    case 'insufficientFunds':
      return 'noFunds';
    case 'accountClosed':
      return 'closed';
    case 'limitExceeded':
      return 'bankLimit';
    case 'unavailable':
      return 'unavailable';
    case 'invalidResponse':
      return 'unknown';
    case 'unauthorized':
    case 'forbidden':
    case 'notFound':
    case 'badRequest':
    case 'duplicateTransfer':
      return 'refused';
  }
}

/** An account as far as the record knows it, when the bank's list no longer has it. */
function named(
  accounts: readonly AccountSummary[],
  id: string,
  last4: string | undefined,
  currency: string,
): AccountSummary {
  return (
    accounts.find((a) => a.id === id) ?? {
      id,
      kind: 'other',
      type: 'ACCOUNT',
      status: 'UNKNOWN',
      currency,
      ...(last4 ? { last4 } : {}),
    }
  );
}

/** The movement in words, from the record and the customer's account list (no balances). */
export function viewOf(record: MovementRecord, accounts: readonly AccountSummary[], deps: Deps) {
  const day = deps.now().set({
    year: Number(record.day.slice(0, 4)),
    month: Number(record.day.slice(5, 7)),
    day: Number(record.day.slice(8, 10)),
  });
  return {
    amount: money(record.amountMinor, record.currency),
    from: named(accounts, record.fromAccountId, record.fromLast4, record.currency),
    to: named(accounts, record.toAccountId, record.toLast4, record.currency),
    day,
  };
}

/** The last four characters of the bank's reference, if it sent one. */
export const referenceLast4 = (reference: string | undefined): string | undefined =>
  reference && /^[A-Za-z0-9]{4,}$/.test(reference) ? reference.slice(-4) : undefined;

/** What a movement's result means, as facts; `moved` only where it is certain. */
function resultFacts(
  outcome: MovementOutcome,
  view: ReturnType<typeof viewOf>,
  record: MovementRecord,
  last4: string | undefined,
): ReplyFacts {
  const moved = outcome === 'moved' || outcome === 'accepted' ? true : NOT_MOVED.has(outcome) ? false : undefined;
  return {
    kind: 'movementResult',
    outcome,
    ...(moved === undefined ? {} : { moved }),
    amount: moneyFact(view.amount),
    from: accountFact(view.from),
    to: accountFact(view.to),
    date: record.day,
    ...(last4 ? { referenceLastFour: last4 } : {}),
  };
}

/** The spoken answer for a movement with a result, from the record alone (a repeated "yes" hears the same). */
export function replyFor(
  stored: StoredMovement,
  accounts: readonly AccountSummary[],
  deps: Deps,
  usedToday = 0,
): BankingReply {
  const outcome = stored.result?.outcome ?? (stored.claim?.by === 'cancel' ? 'cancelled' : 'unknown');
  const view = viewOf(stored.record, accounts, deps);
  const last4 = referenceLast4(stored.result?.referenceId);
  const reply = wordsFor(outcome, view, last4, stored, deps, usedToday);
  return { ...reply, facts: resultFacts(outcome, view, stored.record, last4) };
}

function wordsFor(
  outcome: MovementOutcome,
  view: ReturnType<typeof viewOf>,
  last4: string | undefined,
  stored: StoredMovement,
  deps: Deps,
  usedToday: number,
): BankingReply {
  const { messages } = deps;
  const card = { title: messages.movementCardTitle(), lines: messages.movementCardLines(view, deps.now(), last4) };
  const { limits } = deps.movement ?? { limits: { perMovementMinor: 0, dailyMinor: 0 } };
  const currency = stored.record.currency;
  switch (outcome) {
    case 'moved':
      return tell(messages.movementDone(view, last4), { card });
    case 'accepted':
      return tell(messages.movementAccepted(view, last4), { card });
    case 'noFunds':
      return tell(messages.movementNoFunds(view.from));
    case 'closed':
      return tell(messages.movementClosed());
    case 'bankLimit':
      return tell(messages.movementBankLimit());
    case 'refused':
      return tell(messages.movementBankRefused());
    case 'unavailable':
      return tell(messages.movementUnavailable());
    case 'unknown':
      return tell(messages.movementUnknown());
    case 'overDaily':
      return tell(
        messages.movementOverDaily(
          money(limits.dailyMinor, currency),
          money(Math.max(0, limits.dailyMinor - usedToday), currency),
        ),
      );
    case 'overMax':
      return tell(messages.movementOverMax(money(limits.perMovementMinor, currency)));
    case 'cancelled':
      return tell(messages.movementCancelled());
    case 'pinMissing':
      return tell(messages.movementPinNeeded());
    case 'expired':
      return tell(messages.movementExpired());
    case 'notReceived':
      return tell(messages.movementNotReceived());
  }
}
