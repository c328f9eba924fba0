import type { DateTime } from 'luxon';
import { civilDayOf, endInZone, isAfter, startInZone, type CivilDay } from './civil-day';
import { towardsPast } from './past-bias';
import type { Period } from './periods';
import { MALFORMED, type PeriodResult, type ResolveOptions } from './types';

/**
 * Resolves a period read from a platform value: moves a future-biased one into the past, then cuts it
 * at today and at the history start, and hands it out in `now`'s zone.
 */
export function resolvePeriod(period: Period, now: DateTime, options?: ResolveOptions): PeriodResult {
  const placed = towardsPast(period, civilDayOf(now));
  if (!placed.ok) return placed;
  return finish(placed.period, placed.moved, now, options);
}

/** Cuts a period that has started by today to today and the history start; no future bias applied. */
export function finish(period: Period, moved: boolean, now: DateTime, options?: ResolveOptions): PeriodResult {
  const today = civilDayOf(now);
  if (isAfter(period.first, today)) return { ok: false, reason: 'future' };
  let adjusted = moved;
  let { first, last } = period;
  if (isAfter(last, today)) {
    last = today;
    adjusted = true;
  }
  const history = historyDay(now, options);
  if (history && isAfter(history, last)) return { ok: false, reason: 'beforeHistory' };
  if (history && isAfter(history, first)) {
    first = history;
    adjusted = true;
  }
  const range = { start: startInZone(first, now.zone), end: endInZone(last, now.zone) };
  return { ok: true, range, adjusted, granularity: period.granularity };
}

function historyDay(now: DateTime, options?: ResolveOptions): CivilDay | undefined {
  const start = options?.historyStart;
  // The bank's first day is the day it falls on for this user, not in UTC.
  return start?.isValid ? civilDayOf(start.setZone(now.zone)) : undefined;
}

/** Guards shared by the public resolvers: a usable clock and a string where one is promised. */
export function unusable(value: unknown, now: DateTime): PeriodResult | undefined {
  return typeof value === 'string' && now.isValid ? undefined : MALFORMED;
}
