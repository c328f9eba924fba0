import type { DateTime } from 'luxon';
import { civilDayOf, finish, MALFORMED, type PeriodResult, unusable } from '../../../shared';

/**
 * Date-only ISO 8601 durations. Each count is capped at four digits: a spoken span is never longer,
 * and the cap keeps the arithmetic inside luxon's range.
 */
const DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?$/;

/**
 * Resolves an AMAZON.DURATION value as "the last ..." ending today: the span of that length whose last
 * day is today, today included. `P2W` is the 14 days ending today, `P3D` today and the two days before,
 * `P1M` from the day after this date last month (2026-10-30 when today is 2026-11-29), `P1Y` likewise.
 * Durations with a time part (`PT2H`, `P1DT2H`) and zero durations are `malformed`.
 *
 * @param now the current instant in the user's zone.
 */
export function resolveAmazonDuration(value: string, now: DateTime): PeriodResult {
  const rejected = unusable(value, now);
  if (rejected) return rejected;
  const match = DURATION.exec(value);
  if (!match) return MALFORMED;
  const count = (index: number): number => Number(match[index] ?? 0);
  const length = { years: count(1), months: count(2), weeks: count(3), days: count(4) };
  if (Object.values(length).every((n) => n === 0)) return MALFORMED;
  const today = civilDayOf(now);
  // Counting back from tomorrow makes the span end with today and contain exactly the length asked.
  const first = today.plus({ days: 1 }).minus(length);
  if (!first.isValid) return MALFORMED;
  return finish({ first, last: today, granularity: 'duration' }, false, now);
}
