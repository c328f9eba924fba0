import { civilDay, isAfter, type CivilDay } from './civil-day';
import { dayPeriod, monthsFrom, type Period } from './periods';

/** A period placed in the past, or the reason it cannot be. */
export type Placement =
  | { readonly ok: true; readonly period: Period; readonly moved: boolean }
  | { readonly ok: false; readonly reason: 'future' };

/** How far ahead a day, week or weekend may be and still count as Alexa's future bias for a past one. */
const BIAS_DAYS = 7;

/**
 * Banking questions are about the past, but both platforms resolve "Monday", "the weekend" or
 * "December" to the next occurrence. A period that starts after today is moved back to the occurrence
 * the user meant when the shape allows it; otherwise it is `future`.
 */
export function towardsPast(period: Period, today: CivilDay): Placement {
  if (!isAfter(period.first, today)) return { ok: true, period, moved: false };
  const earlier = earlierOccurrence(period, today);
  return earlier && !isAfter(earlier.first, today)
    ? { ok: true, period: earlier, moved: true }
    : { ok: false, reason: 'future' };
}

function earlierOccurrence(period: Period, today: CivilDay): Period | undefined {
  const withinBias = !isAfter(period.first, today.plus({ days: BIAS_DAYS }));
  switch (period.granularity) {
    case 'day':
      // Alexa fills a missing year with the next occurrence, so "December 25th" may arrive as a
      // future full date: beyond the weekday window we take the same date a year earlier.
      return withinBias ? weekEarlier(period) : yearEarlier(period);
    case 'week':
    case 'weekend':
      return withinBias ? weekEarlier(period) : undefined;
    case 'month':
    case 'season':
      return yearEarlier(period);
    default:
      // A year, decade or arbitrary range in the future is a real future question, not a bias.
      return undefined;
  }
}

function weekEarlier(period: Period): Period {
  return { ...period, first: period.first.minus({ days: 7 }), last: period.last.minus({ days: 7 }) };
}

/** The same day, month or season one year earlier; undefined for a 29 February with no counterpart. */
function yearEarlier(period: Period): Period | undefined {
  const { first, last } = period;
  const moved = civilDay(first.year - 1, first.month, first.day);
  if (!moved) return undefined;
  if (period.granularity === 'day') return dayPeriod(moved);
  const months = (last.year - first.year) * 12 + last.month - first.month + 1;
  return monthsFrom(moved, months, period.granularity);
}

/** Years tried for an `XXXX-` value: enough to find any 29 February or ISO week 53. */
const YEARS_BACK = 9;

/**
 * For a value with no year (`XXXX-11-24`): the most recent year whose period has started by today.
 * The ISO week year may be one ahead of the calendar year in late December, hence the start at +1.
 */
export function mostRecent(build: (year: number) => Period | undefined, today: CivilDay): Period | undefined {
  for (let year = today.year + 1; year >= today.year - YEARS_BACK; year -= 1) {
    const period = build(year);
    if (period && !isAfter(period.first, today)) return period;
  }
  return undefined;
}
