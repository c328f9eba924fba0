import { DateTime } from 'luxon';

/** An inclusive range of calendar dates `yyyy-MM-dd`; an absent end is open. */
export interface DateRange {
  readonly start?: string;
  readonly end?: string;
}

/** Why a date query was refused: FDX 702 (a date that is not a date) or 703 (a range that is not a range). */
export type DateRangeProblem = 'invalidDate' | 'invalidRange';

function calendarDate(text: string, zone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  return DateTime.fromISO(text, { zone }).isValid ? text : undefined;
}

/**
 * Reads `startTime`/`endTime` (v6 also sends `startDate`/`endDate`; the former win). A given
 * date that is not a real `yyyy-MM-dd` date is `invalidDate` (FDX 702); a start after the end,
 * or only one end given, is `invalidRange` (FDX 703, as FDX 6.4 asks of a data provider).
 */
export function readDateRange(query: URLSearchParams, zone: string): DateRange | DateRangeProblem {
  const startText = query.get('startTime') ?? query.get('startDate');
  const endText = query.get('endTime') ?? query.get('endDate');
  const start = startText === null ? undefined : calendarDate(startText, zone);
  const end = endText === null ? undefined : calendarDate(endText, zone);
  if ((startText !== null && start === undefined) || (endText !== null && end === undefined)) return 'invalidDate';
  if ((start === undefined) !== (end === undefined)) return 'invalidRange';
  if (start !== undefined && end !== undefined && start > end) return 'invalidRange';
  return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
}

/** Whether the calendar date `date` (`yyyy-MM-dd`) lies in `range`, ends included. */
export function inRange(date: string, range: DateRange): boolean {
  return (range.start === undefined || date >= range.start) && (range.end === undefined || date <= range.end);
}
