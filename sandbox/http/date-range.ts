import { DateTime } from 'luxon';

/** An inclusive range of calendar dates `yyyy-MM-dd`; an absent end is open. */
export interface DateRange {
  readonly start?: string;
  readonly end?: string;
}

function calendarDate(text: string, zone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  return DateTime.fromISO(text, { zone }).isValid ? text : undefined;
}

/**
 * Reads `startTime`/`endTime` (v6 also sends `startDate`/`endDate`; the former win).
 * Undefined when a given date is not a real `yyyy-MM-dd` date or the start is after the end.
 */
export function readDateRange(query: URLSearchParams, zone: string): DateRange | undefined {
  const startText = query.get('startTime') ?? query.get('startDate');
  const endText = query.get('endTime') ?? query.get('endDate');
  const start = startText === null ? undefined : calendarDate(startText, zone);
  const end = endText === null ? undefined : calendarDate(endText, zone);
  if ((startText !== null && start === undefined) || (endText !== null && end === undefined)) return undefined;
  if (start !== undefined && end !== undefined && start > end) return undefined;
  return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
}

/** Whether the calendar date `date` (`yyyy-MM-dd`) lies in `range`, ends included. */
export function inRange(date: string, range: DateRange): boolean {
  return (range.start === undefined || date >= range.start) && (range.end === undefined || date <= range.end);
}
