import type { DateRange } from '../../bank/types';
import { summarizeInterest } from '../../spending/income';
import type { Deps, Handler } from '../contract';
import { transactionsOf } from '../gather';
import { choosePeriod, periodState } from '../period';
import { partially } from '../partial';
import { moneyFact, periodFact } from '../facts';
import { ask } from '../replies';
import { linkedToken } from './token';

/**
 * Without a period, "how much interest did I earn" means this year so far, from as far back as
 * the bank's history reaches (and the answer says where it starts).
 */
function yearToDate(deps: Deps): { range: DateRange; historyDays?: number } {
  const today = deps.now();
  const historyStart = today.minus({ days: deps.historyDays - 1 }).startOf('day');
  const yearStart = today.startOf('year');
  const cut = historyStart > yearStart;
  return {
    range: { start: cut ? historyStart : yearStart, end: today.endOf('day') },
    ...(cut ? { historyDays: deps.historyDays } : {}),
  };
}

/** "How much interest did I earn (this year / last month)": interest credits on deposit accounts, summed exactly. */
export const interestEarned: Handler = async (req, deps) => {
  const token = linkedToken(req);
  const chosen = req.slots.period ? choosePeriod(req, deps) : undefined;
  if (chosen?.reply) return chosen.reply;
  const { range, historyDays } = chosen ? { range: chosen.range, historyDays: chosen.historyDays } : yearToDate(deps);
  const accounts = (await deps.bank.listAccounts(token, { signal: deps.signal })).filter((a) => a.kind === 'deposit');
  const items = await transactionsOf(token, accounts, range, deps);
  const summary = summarizeInterest(items, accounts[0]?.currency ?? 'USD');
  const said = deps.messages.interestEarned({ range, ...summary, ...(historyDays ? { historyDays } : {}) }, deps.now());
  const facts = {
    kind: 'interest',
    period: periodFact(range),
    total: moneyFact(summary.total),
    credits: summary.credits,
  } as const;
  return ask(`${partially(deps, items.cut, said)} ${deps.messages.anythingElse()}`, deps.messages.whatElse(), {
    session: { period: periodState(range) },
    facts,
  });
};
