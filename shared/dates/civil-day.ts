import { DateTime, type Zone } from 'luxon';

/**
 * A calendar day with no zone, held as a luxon DateTime at UTC midnight. All day arithmetic happens on
 * these, so that neither a DST change nor a zone whose midnight does not exist can move a boundary; the
 * user's zone is applied only when a range is handed out (`startInZone`, `endInZone`).
 */
export type CivilDay = DateTime;

/** The calendar day, or undefined when it does not exist (2026-02-30). */
export function civilDay(year: number, month: number, day: number): CivilDay | undefined {
  const value = DateTime.utc(year, month, day);
  return value.isValid ? value : undefined;
}

/** The Monday of an ISO week, or undefined when the week year has no such week (2025-W53, W54). */
export function isoWeekMonday(weekYear: number, weekNumber: number): CivilDay | undefined {
  const value = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' });
  return value.isValid ? value : undefined;
}

/** The calendar day of an instant as seen in its own zone. */
export function civilDayOf(instant: DateTime): CivilDay {
  return DateTime.utc(instant.year, instant.month, instant.day);
}

/** True when day `a` comes after day `b`. */
export function isAfter(a: CivilDay, b: CivilDay): boolean {
  return a.toMillis() > b.toMillis();
}

/** The first instant of the day in `zone` (01:00 on days whose midnight a DST change skips). */
export function startInZone(day: CivilDay, zone: Zone): DateTime {
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day }, { zone }).startOf('day');
}

/** The last millisecond of the day in `zone`. */
export function endInZone(day: CivilDay, zone: Zone): DateTime {
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day }, { zone }).endOf('day');
}
