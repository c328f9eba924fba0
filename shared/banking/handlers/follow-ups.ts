import { granularityOf } from '../../dates';
import type { BankingReply, BankingRequest, BankingSlots, Handler } from '../contract';
import { dayRange } from '../period';
import { ask } from '../replies';
import { FOLLOWABLE, readSession, type FollowableIntent, type LastQuestion } from '../session';
import { getBalance } from './balance';
import { cardDetails } from './card';
import { interestEarned } from './interest';
import { pendingTransactions, transactionsInPeriod } from './items';
import { resolveAccount } from './resolve-account';
import { spending, spendingOfThat } from './spending';
import { recentTransactions } from './transactions';
import { linkedToken } from './token';

/**
 * Follow-ups (issue 14): "what about last month" keeps the question and the merchant and changes the
 * period; "and savings?" keeps the question and changes the account; "how much of that was at
 * restaurants" narrows the last total. The last question lives in the session as the user's own words.
 */

const FOLLOWED: Readonly<Record<FollowableIntent, Handler>> = {
  getBalance,
  recentTransactions,
  transactionsInPeriod,
  pendingTransactions,
  cardDetails,
  spending,
  interestEarned,
};

const isFollowable = (intent: string): intent is FollowableIntent => (FOLLOWABLE as readonly string[]).includes(intent);

/** The question a request asked, to remember for the next turn; undefined for anything else. */
export function questionOf(req: BankingRequest): LastQuestion | undefined {
  if (!isFollowable(req.intent)) return undefined;
  const { account, count, merchant, category, period } = req.slots;
  const remembered = readSession(req.session).period;
  const days = period?.ok
    ? {
        start: period.range.start.toISODate() ?? '',
        end: period.range.end.toISODate() ?? '',
        granularity: period.granularity,
      }
    : remembered && !period && (req.intent === 'spending' || req.intent === 'transactionsInPeriod')
      ? { ...remembered, granularity: 'range' }
      : undefined;
  const ref = account
    ? {
        ...(account.name ? { name: account.name.slice(0, 100) } : {}),
        ...(account.lastFour ? { lastFour: account.lastFour } : {}),
      }
    : undefined;
  return {
    intent: req.intent,
    ...(ref && Object.keys(ref).length > 0 ? { account: ref } : {}),
    ...(count && count <= 100 ? { count } : {}),
    ...(merchant ? { merchant: merchant.slice(0, 100) } : {}),
    ...(category ? { category: category.slice(0, 100) } : {}),
    ...(days ? { period: days } : {}),
  };
}

/** The remembered question as a request again, in this turn's zone. */
export function askedAgain(
  req: BankingRequest,
  last: LastQuestion,
  intent: FollowableIntent = last.intent,
): BankingRequest {
  const period = last.period ? dayRange(last.period.start, last.period.end, req.timeZone) : undefined;
  const granularity = granularityOf(last.period?.granularity);
  const slots: BankingSlots = {
    ...(last.account ? { account: last.account } : {}),
    ...(last.count ? { count: last.count } : {}),
    ...(last.merchant ? { merchant: last.merchant } : {}),
    ...(last.category ? { category: last.category } : {}),
    ...(period ? { period: { ok: true, range: period, adjusted: false, granularity } } : {}),
  };
  return { ...req, intent, slots };
}

/** The changed question: what was said now replaces what it names; the rest is kept. */
function changed(req: BankingRequest, last: LastQuestion): (BankingRequest & { intent: FollowableIntent }) | 'asOfNow' {
  const { period, account, merchant, category, merchantHeard } = req.slots;
  let intent: FollowableIntent = last.intent;
  if (merchant || category) intent = 'spending';
  if (period && (intent === 'recentTransactions' || intent === 'pendingTransactions')) intent = 'transactionsInPeriod';
  if (period && (intent === 'getBalance' || intent === 'cardDetails')) return 'asOfNow';
  const before = askedAgain(req, last, intent);
  const { merchant: _m, category: _c, ...kept } = before.slots;
  const filter =
    merchant || category
      ? {
          ...(merchant ? { merchant } : {}),
          ...(merchantHeard ? { merchantHeard } : {}),
          ...(category ? { category } : {}),
        }
      : {
          ...(before.slots.merchant ? { merchant: before.slots.merchant } : {}),
          ...(before.slots.category ? { category: before.slots.category } : {}),
        };
  const slots: BankingSlots = { ...kept, ...filter, ...(account ? { account } : {}), ...(period ? { period } : {}) };
  return { ...before, intent, slots };
}

/** Answers `asked` and remembers it as the last question. */
async function answerAndRemember(
  asked: BankingRequest,
  handler: Handler,
  deps: Parameters<Handler>[1],
): Promise<BankingReply> {
  const reply = await handler(asked, deps);
  const last = questionOf(asked);
  return last && !reply.endSession ? { ...reply, session: { ...(reply.session ?? {}), last } } : reply;
}

/** "What about last month" / "and my savings" / "what about at Amazon". */
export const followUp: Handler = async (req, deps) => {
  const session = readSession(req.session);
  const { last } = session;
  if (!last) return ask(deps.messages.followUpWithoutQuestion(), deps.messages.whatElse());
  const asked = changed(req, last);
  if (asked === 'asOfNow') return ask(deps.messages.onlyAsOfNow(), deps.messages.whatElse(), { session: { last } });
  // The new period replaces the remembered one, so the question is asked of it.
  const { period: _period, ...rest } = session;
  return answerAndRemember({ ...asked, session: { ...rest } }, FOLLOWED[asked.intent], deps);
};

/** "And savings?" heard as an account choice with no "which one?" pending: the last question, on that account. */
export async function lastQuestionOn(
  req: BankingRequest,
  deps: Parameters<Handler>[1],
): Promise<BankingReply | undefined> {
  const { last } = readSession(req.session);
  if (!last || !req.slots.account) return undefined;
  return followUp({ ...req, slots: { account: req.slots.account } }, deps);
}

/** "How much of that was at restaurants": the part of the last spending answer. */
export const narrowSpending: Handler = async (req, deps) => {
  const { last } = readSession(req.session);
  if (!last || (last.intent !== 'spending' && last.intent !== 'transactionsInPeriod')) return spending(req, deps);
  const previous = askedAgain(req, last, 'spending');
  let account;
  if (previous.slots.account) {
    const accounts = await deps.bank.listAccounts(linkedToken(req), { signal: deps.signal });
    const resolved = resolveAccount(previous, deps, accounts, 'spending');
    if (resolved.reply) return resolved.reply;
    account = resolved.account;
  }
  const reply = await spendingOfThat(req, deps, previous, account);
  // "That" stays the same set: a second "how much of that" narrows the same total again.
  return reply.endSession ? reply : { ...reply, session: { ...(reply.session ?? {}), last } };
};
