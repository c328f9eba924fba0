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

/** Which query parameters hold a range, and whether one end alone is an open range. */
export interface DateRangeParameters {
  /** Names tried in order; the first present wins. */
  readonly start: readonly string[];
  readonly end: readonly string[];
  /** True: one end alone is an open range; false: one end alone is `invalidRange`. */
  readonly openEnded: boolean;
}

/** `GET /accounts/{id}/transactions`: `startTime`/`endTime` (v6 also `startDate`/`endDate`), both or neither. */
export const TRANSACTION_RANGE: DateRangeParameters = {
  start: ['startTime', 'startDate'],
  end: ['endTime', 'endDate'],
  openEnded: false,
};

const first = (query: URLSearchParams, names: readonly string[]): string | null =>
  names.map((name) => query.get(name)).find((value) => value !== null) ?? null;

/**
 * Reads a date range from the query (the transactions' by default). A given date that is not a
 * real `yyyy-MM-dd` date is `invalidDate` (FDX 702); a start after the end, or only one end given
 * where both are needed, is `invalidRange` (FDX 703, as FDX 6.4 asks of a data provider).
 */
export function readDateRange(
  query: URLSearchParams,
  zone: string,
  parameters: DateRangeParameters = TRANSACTION_RANGE,
): DateRange | DateRangeProblem {
  const startText = first(query, parameters.start);
  const endText = first(query, parameters.end);
  const start = startText === null ? undefined : calendarDate(startText, zone);
  const end = endText === null ? undefined : calendarDate(endText, zone);
  if ((startText !== null && start === undefined) || (endText !== null && end === undefined)) return 'invalidDate';
  if (!parameters.openEnded && (start === undefined) !== (end === undefined)) return 'invalidRange';
  if (start !== undefined && end !== undefined && start > end) return 'invalidRange';
  return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
}

/** Whether the calendar date `date` (`yyyy-MM-dd`) lies in `range`, ends included. */
export function inRange(date: string, range: DateRange): boolean {
  return (range.start === undefined || date >= range.start) && (range.end === undefined || date <= range.end);
}
