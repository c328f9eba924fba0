import type { BankingRequest, BankingSlots } from '../contract';
import { granularityOf } from '../../dates';
import { dayRange, periodState } from '../period';
import { readSession, type PendingQuestion } from '../session';

/** The question to replay after the PIN: intent, slots and the conversation's state, never a PIN. */
export function pendingOf(req: BankingRequest): PendingQuestion {
  const { account, count, merchant, category, period, from, to, amountMinor, paymentOption } = req.slots;
  const { pinFlow: _ignored, ...resume } = readSession(req.session);
  const move = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(amountMinor ? { amountMinor } : {}),
    ...(paymentOption ? { paymentOption } : {}),
  };
  return {
    intent: req.intent,
    ...(Object.keys(move).length > 0 ? { move } : {}),
    ...(account ? { account } : {}),
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(category ? { category } : {}),
    ...(period?.ok ? { period: { ...periodState(period.range), granularity: period.granularity } } : {}),
    resume,
  };
}

/** The request the user would have made, rebuilt in this turn's zone, with the state it had. */
export function replayOf(req: BankingRequest, pending: PendingQuestion): BankingRequest {
  const { account, count, merchant, category, period } = pending;
  const granularity = granularityOf(period?.granularity);
  const slots: BankingSlots = {
    ...(account ? { account } : {}),
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(category ? { category } : {}),
    ...(period
      ? { period: { ok: true, adjusted: false, granularity, range: dayRange(period.start, period.end, req.timeZone) } }
      : {}),
    ...pending.move,
  };
  return { ...req, intent: pending.intent, slots, session: { ...(pending.resume ?? {}) } };
}
