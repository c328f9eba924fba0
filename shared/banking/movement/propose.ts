import { randomUUID } from 'node:crypto';
import type { AccountSummary } from '../../bank/types';
import { money, type Money } from '../../money/money';
import type { MovementRecord } from '../../state';
import type { BankingReply, BankingRequest, Deps } from '../contract';
import { linkedToken } from '../handlers/token';
import { requirePin } from '../pin/gate';
import { ask, tell } from '../replies';
import { writeSession } from '../session';
import { accountFact, moneyFact } from '../facts';
import type { MovementDeps } from './deps';

/** A movement the customer asked for, with both accounts resolved among those the bank lists. */
export interface Plan {
  readonly from: AccountSummary;
  readonly to: AccountSummary;
  readonly amount: Money;
}

/** A reason not to propose the plan, before anything is written; undefined when it may be proposed. */
function refusal(plan: Plan, deps: Deps, m: MovementDeps): BankingReply | undefined {
  const { from, to, amount } = plan;
  const { messages } = deps;
  if (from.id === to.id) return ask(messages.movementSameAccount(), messages.movementHowTo());
  for (const account of [from, to])
    if (account.status === 'CLOSED') return tell(messages.movementAccountClosed(account));
  if (from.kind !== 'deposit') return tell(messages.movementNotFrom(from));
  if (from.currency !== to.currency || amount.currency !== from.currency) return tell(messages.movementCurrency());
  if (amount.minor > m.limits.perMovementMinor)
    return tell(messages.movementOverMax(money(m.limits.perMovementMinor, amount.currency)));
  return undefined;
}

/**
 * Checks the plan, limits and PIN, writes the movement record and asks for an explicit yes that
 * repeats amount, both accounts (name and last four) and the day. Nothing is sent to the bank.
 */
export async function propose(req: BankingRequest, deps: Deps, m: MovementDeps, plan: Plan): Promise<BankingReply> {
  const refused = refusal(plan, deps, m);
  if (refused) return refused;
  const key = await m.pin.keyFor(linkedToken(req), { signal: deps.signal });
  if (!key) return tell(deps.messages.noAccounts());
  // Dispatch asked for the PIN already; this is the second lock on the same door.
  if (!(await m.store.isPinVerified(key, req.sessionId)))
    return (await requirePin(req, deps, m.pin)) ?? tell(deps.messages.movementPinNeeded());
  const today = deps.now();
  const day = today.toISODate() ?? '';
  const used = await m.store.movements.usedOn(key, day);
  const { dailyMinor } = m.limits;
  if (used + plan.amount.minor > dailyMinor) {
    const currency = plan.amount.currency;
    return tell(
      deps.messages.movementOverDaily(money(dailyMinor, currency), money(Math.max(0, dailyMinor - used), currency)),
    );
  }
  const record: MovementRecord = {
    transferId: `vb-${randomUUID()}`,
    idempotencyKey: randomUUID(),
    amountMinor: plan.amount.minor,
    currency: plan.amount.currency,
    fromAccountId: plan.from.id,
    toAccountId: plan.to.id,
    ...(plan.from.last4 ? { fromLast4: plan.from.last4 } : {}),
    ...(plan.to.last4 ? { toLast4: plan.to.last4 } : {}),
    day,
    proposedAt: deps.clock.epochMs(),
  };
  await m.store.movements.propose(key, record);
  m.observe?.({ kind: 'prepared' });
  const view = { ...plan, day: today };
  return ask(deps.messages.movementConfirm(view, today), deps.messages.movementConfirmReprompt(), {
    session: writeSession({ movement: { transferId: record.transferId } }),
    facts: {
      kind: 'movementProposed',
      amount: moneyFact(plan.amount),
      from: accountFact(plan.from),
      to: accountFact(plan.to),
      date: day,
    },
  });
}
