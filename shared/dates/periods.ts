import { civilDay, isoWeekMonday, type CivilDay } from './civil-day';
import type { Granularity } from './types';

/** An inclusive span of calendar days and what kind of period it is. */
export interface Period {
  readonly first: CivilDay;
  readonly last: CivilDay;
  readonly granularity: Granularity;
}

/** Alexa's season codes. */
export type Season = 'WI' | 'SP' | 'SU' | 'FA';

/**
 * Northern-hemisphere meteorological seasons by first month. A winter belongs to the year it starts
 * in: 2026-WI is 2026-12-01 to the end of February 2027.
 */
const SEASON_START_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Narrows a two-letter code to a season Alexa sends. */
export function isSeason(code: string): code is Season {
  return Object.hasOwn(SEASON_START_MONTH, code);
}

/** Whole calendar months from `first` (the 1st of a month). */
export function monthsFrom(first: CivilDay, months: number, granularity: Granularity): Period {
  return { first, last: first.plus({ months }).minus({ days: 1 }), granularity };
}

/** A single day. */
export function dayPeriod(day: CivilDay): Period {
  return { first: day, last: day, granularity: 'day' };
}

/** A single day from its parts; undefined when the date does not exist. */
export function dayOf(year: number, month: number, day: number): Period | undefined {
  const value = civilDay(year, month, day);
  return value && dayPeriod(value);
}

/** A calendar month; undefined for a month outside 1–12. */
export function monthPeriod(year: number, month: number): Period | undefined {
  const first = civilDay(year, month, 1);
  return first && monthsFrom(first, 1, 'month');
}

/** The three months of a season of `year` (a winter runs into the next year). */
export function seasonPeriod(year: number, season: Season): Period | undefined {
  const first = civilDay(year, SEASON_START_MONTH[season], 1);
  return first && monthsFrom(first, 3, 'season');
}

/** A calendar year. */
export function yearPeriod(year: number): Period | undefined {
  const first = civilDay(year, 1, 1);
  return first && monthsFrom(first, 12, 'year');
}

/** The ten years starting with `firstYear` (2020 for `202X`). */
export function decadePeriod(firstYear: number): Period | undefined {
  const first = civilDay(firstYear, 1, 1);
  return first && monthsFrom(first, 120, 'decade');
}

/** An ISO week, Monday to Sunday, or only its Saturday and Sunday. */
export function weekPeriod(weekYear: number, weekNumber: number, weekendOnly: boolean): Period | undefined {
  const monday = isoWeekMonday(weekYear, weekNumber);
  if (!monday) return undefined;
  const last = monday.plus({ days: 6 });
  return weekendOnly
    ? { first: monday.plus({ days: 5 }), last, granularity: 'weekend' }
    : { first: monday, last, granularity: 'week' };
}

/**
 * Names the shape of an explicit span (Dialogflow sends every period as start and end dates), so that
 * it gets the same treatment as the Alexa value for the same words.
 */
export function classifySpan(first: CivilDay, last: CivilDay): Period {
  return { first, last, granularity: shapeOf(first, last) };
}

function shapeOf(first: CivilDay, last: CivilDay): Granularity {
  const days = Math.round(last.diff(first, 'days').days) + 1;
  if (days === 1) return 'day';
  if (days === 7 && first.weekday === 1) return 'week';
  if (days === 2 && first.weekday === 6) return 'weekend';
  if (first.day !== 1) return 'range';
  const endsAfterMonths = (months: number): boolean => monthsFrom(first, months, 'range').last.equals(last);
  if (endsAfterMonths(1)) return 'month';
  if (endsAfterMonths(3) && Object.values(SEASON_START_MONTH).includes(first.month)) return 'season';
  if (first.month === 1 && endsAfterMonths(12)) return 'year';
  if (first.month === 1 && first.year % 10 === 0 && endsAfterMonths(120)) return 'decade';
  return 'range';
}

const GRANULARITIES: readonly Granularity[] = [
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'season',
  'decade',
  'duration',
  'range',
];

/** A granularity read back from session state (untrusted text): a known one, else `range`. */
export function granularityOf(value: string | undefined): Granularity {
  return GRANULARITIES.find((g) => g === value) ?? 'range';
}
