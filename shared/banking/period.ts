import { DateTime } from 'luxon';
import type { DateRange } from '../bank/types';
import { cutAtHistory } from '../dates/finish';
import type { BankingReply, BankingRequest, Deps } from './contract';
import { failure } from './error-reply';
import { ask } from './replies';
import { readSession } from './session';

export type PeriodChoice =
  | { readonly range: DateRange; readonly note: string; readonly reply?: undefined; readonly historyDays?: number }
  | { readonly reply: BankingReply; readonly range?: undefined };

/**
 * The default period is this month so far once it holds this many days; before that (the 1st to
 * the 6th) it is the last 30 days, so a default answer is never about a day or two (issue 14).
 */
export const MONTH_TO_DATE_MIN_DAYS = 7;
/** The default period early in a month. */
export const DEFAULT_RECENT_DAYS = 30;

/** "What did I spend at Amazon" with no period: this month so far, or the last 30 days early in a month. */
export function defaultRange(today: DateTime): DateRange {
  const start =
    today.day >= MONTH_TO_DATE_MIN_DAYS
      ? today.startOf('month')
      : today.minus({ days: DEFAULT_RECENT_DAYS - 1 }).startOf('day');
  return { start, end: today.endOf('day') };
}

/**
 * The period a question is about: the one named; else the one asked about last turn (so "how
 * much of that was at restaurants" keeps it); else the default range above. A period the bank cannot
 * answer for gets a spoken reason instead; one that began before the bank's history is cut to it and
 * carries `historyDays`, so the answer says what is covered ("your bank shares the last 90 days").
 */
export function choosePeriod(req: BankingRequest, deps: Deps): PeriodChoice {
  const { messages } = deps;
  const named = req.slots.period;
  if (named?.ok) {
    const note = named.granularity === 'season' ? messages.seasonNote() : '';
    const historyStart = deps
      .now()
      .minus({ days: deps.historyDays - 1 })
      .startOf('day');
    const cut = named.adjusted && named.range.start.startOf('day').hasSame(historyStart, 'day');
    return { range: named.range, note, ...(cut ? { historyDays: deps.historyDays } : {}) };
  }
  if (named) {
    const speech =
      named.reason === 'future'
        ? messages.periodFuture()
        : named.reason === 'beforeHistory'
          ? messages.periodBeforeHistory(deps.historyDays)
          : messages.periodMalformed();
    const reason =
      named.reason === 'future'
        ? 'periodFuture'
        : named.reason === 'beforeHistory'
          ? 'periodBeforeHistory'
          : 'periodMalformed';
    return { reply: ask(speech, messages.whatElse(), { facts: failure(reason) }) };
  }
  const remembered = readSession(req.session).period;
  if (remembered) return { range: dayRange(remembered.start, remembered.end, req.timeZone), note: '' };
  return { range: defaultRange(deps.now()), note: '' };
}

/**
 * The bank keeps `historyDays` days of transactions (BANK_HISTORY_DAYS, counting today): a period
 * the adapter resolved is cut to them here, whichever platform named it.
 */
export function withHistoryCut(req: BankingRequest, deps: Pick<Deps, 'now' | 'historyDays'>): BankingRequest {
  const period = req.slots.period;
  if (!period) return req;
  const historyStart = deps
    .now()
    .minus({ days: deps.historyDays - 1 })
    .startOf('day');
  return { ...req, slots: { ...req.slots, period: cutAtHistory(period, historyStart) } };
}

/** Whole days from `start` to `end` (`YYYY-MM-DD`) in the zone. */
export function dayRange(start: string, end: string, zone: string): DateRange {
  return { start: DateTime.fromISO(start, { zone }).startOf('day'), end: DateTime.fromISO(end, { zone }).endOf('day') };
}

/** The range as session state: calendar days only. */
export function periodState(range: DateRange): { start: string; end: string } {
  return { start: range.start.toISODate() ?? '', end: range.end.toISODate() ?? '' };
}
