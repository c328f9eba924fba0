import type { DateTime } from 'luxon';
import { civilDayOf, endInZone, isAfter, startInZone } from './civil-day';
import { towardsPast } from './past-bias';
import type { Period } from './periods';
import { MALFORMED, type PeriodResult } from './types';

/**
 * Resolves a period read from a platform value: moves a future-biased one into the past, then cuts it
 * at today, and hands it out in `now`'s zone. The bank's history cut is the core's ({@link cutAtHistory}).
 */
export function resolvePeriod(period: Period, now: DateTime): PeriodResult {
  const placed = towardsPast(period, civilDayOf(now));
  if (!placed.ok) return placed;
  return finish(placed.period, placed.moved, now);
}

/** Cuts a period that has started by today to today; no future bias applied. */
export function finish(period: Period, moved: boolean, now: DateTime): PeriodResult {
  const today = civilDayOf(now);
  if (isAfter(period.first, today)) return { ok: false, reason: 'future' };
  let adjusted = moved;
  const { first } = period;
  let { last } = period;
  if (isAfter(last, today)) {
    last = today;
    adjusted = true;
  }
  const range = { start: startInZone(first, now.zone), end: endInZone(last, now.zone) };
  return { ok: true, range, adjusted, granularity: period.granularity };
}

/**
 * The bank's history cut (banking policy, applied by the core to whatever period an adapter named):
 * a range that starts before the first day of the bank's history starts on that day instead, and one
 * wholly before it fails `beforeHistory`. The first day is the one `historyStart` falls on in the
 * range's zone, not in UTC. An invalid `historyStart` cuts nothing.
 */
export function cutAtHistory(result: PeriodResult, historyStart: DateTime): PeriodResult {
  if (!result.ok || !historyStart.isValid) return result;
  const { start, end } = result.range;
  const history = civilDayOf(historyStart.setZone(start.zone));
  if (isAfter(history, civilDayOf(end))) return { ok: false, reason: 'beforeHistory' };
  if (!isAfter(history, civilDayOf(start))) return result;
  return { ...result, range: { start: startInZone(history, start.zone), end }, adjusted: true };
}

/** Guards shared by the public resolvers: a usable clock and a string where one is promised. */
export function unusable(value: unknown, now: DateTime): PeriodResult | undefined {
  return typeof value === 'string' && now.isValid ? undefined : MALFORMED;
}
