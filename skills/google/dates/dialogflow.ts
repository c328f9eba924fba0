import { DateTime } from 'luxon';
import {
  type CivilDay,
  civilDayOf,
  classifySpan,
  dayPeriod,
  isAfter,
  MALFORMED,
  type PeriodResult,
  resolvePeriod,
  unusable,
} from '../../../shared';

/** `@sys.date-period` as Dialogflow ES sends it. */
export interface DialogflowDatePeriod {
  readonly startDate: string;
  readonly endDate: string;
}

/** The forms `@sys.date-time` takes: an instant, an interval, or a wrapped instant. */
export type DialogflowDateTime =
  | string
  | { readonly startDateTime: string; readonly endDateTime: string }
  | { readonly date_time: string }
  | DialogflowDatePeriod;

/** A date, optionally with a time and offset; other ISO shapes (weeks, ordinals) are not Dialogflow's. */
const DATE_FIRST = /^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The calendar day written in the string. `setZone` keeps the string's own offset, so
 * "2026-11-24T23:00:00-05:00" is the 24th even where that instant is already the 25th.
 */
function dayWritten(value: unknown): CivilDay | undefined {
  if (typeof value !== 'string' || !DATE_FIRST.test(value)) return undefined;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? civilDayOf(parsed) : undefined;
}

function resolveSpan(start: unknown, end: unknown, now: DateTime): PeriodResult {
  const first = dayWritten(start);
  const last = dayWritten(end);
  if (!now.isValid || !first || !last || isAfter(first, last)) return MALFORMED;
  return resolvePeriod(classifySpan(first, last), now);
}

/**
 * Resolves `@sys.date` ("2026-11-24T12:00:00-05:00" or "2026-11-24") to that calendar day in `now`'s
 * zone, with the same past bias as an AMAZON.DATE day.
 */
export function resolveDialogflowDate(value: string, now: DateTime): PeriodResult {
  const day = dayWritten(value);
  const rejected = unusable(value, now);
  if (rejected || !day) return rejected ?? MALFORMED;
  return resolvePeriod(dayPeriod(day), now);
}

/**
 * Resolves `@sys.date-period` to the days from `startDate` to `endDate`. A span shaped like a week,
 * weekend, month, season or year gets that granularity and the matching past bias; a span reaching
 * past today is cut at today ("this month"); any other span wholly in the future fails `future`.
 */
export function resolveDialogflowDatePeriod(value: DialogflowDatePeriod, now: DateTime): PeriodResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- callers hand over JSON-derived values; the type is a hope, not a check
  if (typeof value !== 'object' || value === null) return MALFORMED;
  return resolveSpan(value.startDate, value.endDate, now);
}

/**
 * Resolves `@sys.date-time` in any of its forms; an instant stands for its whole calendar day, an
 * interval for the days it touches. The time of day is dropped: bank history is kept by day.
 */
export function resolveDialogflowDateTime(value: DialogflowDateTime, now: DateTime): PeriodResult {
  if (typeof value === 'string') return resolveDialogflowDate(value, now);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- callers hand over JSON-derived values; the type is a hope, not a check
  if (typeof value !== 'object' || value === null) return MALFORMED;
  if ('date_time' in value) return resolveDialogflowDate(value.date_time, now);
  if ('startDateTime' in value) return resolveSpan(value.startDateTime, value.endDateTime, now);
  if ('startDate' in value) return resolveSpan(value.startDate, value.endDate, now);
  return MALFORMED;
}
