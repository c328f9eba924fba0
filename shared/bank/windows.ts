import type { DateRange } from './types';

/**
 * Date windows: a range of whole days cut into consecutive, non-overlapping pieces of whole days
 * that together cover it exactly. FDX date filters are calendar days, so no window is shorter
 * than a day.
 */

/** How many calendar days the range covers, in its start's zone; at least 1. */
export function dayCount(range: DateRange): number {
  const first = range.start.startOf('day');
  const last = range.end.setZone(range.start.zone).startOf('day');
  return Math.max(1, Math.round(last.diff(first, 'days').days) + 1);
}

/**
 * Cuts the range into `count` windows (clamped to 1..days) of as equal a length as whole days
 * allow, newest first. The first window ends where the range ends and the last starts where it
 * starts, so the range's own start and end times are kept.
 */
export function splitRange(range: DateRange, count: number): DateRange[] {
  const days = dayCount(range);
  const n = Math.min(days, Math.max(1, Math.floor(count)));
  const first = range.start.startOf('day');
  const windows: DateRange[] = [];
  for (let i = 0; i < n; i += 1) {
    const fromDay = Math.floor((i * days) / n);
    const toDay = Math.floor(((i + 1) * days) / n) - 1;
    const start = i === 0 ? range.start : first.plus({ days: fromDay });
    const end = i === n - 1 ? range.end : first.plus({ days: toDay }).endOf('day');
    windows.push({ start, end });
  }
  return windows.reverse();
}

/** Filling a window to this share of a page leaves room for busy days before a second page. */
const TARGET_FILL = 0.6;

/**
 * How many windows make each one likely to fit in one page: the expected item count over
 * `pageSize × TARGET_FILL`, at least 2 (one page was not enough), single days once windows
 * would be under two days, at most `maxWindows` and the number of days.
 */
export function windowCount(expectedItems: number, pageSize: number, days: number, maxWindows: number): number {
  const wanted = Math.ceil(expectedItems / Math.max(1, pageSize * TARGET_FILL));
  // Windows of under two days each cannot be even: one busy pair of days overflows a page, so go to single days.
  const count = wanted * 2 > days ? days : Math.max(2, wanted);
  return Math.max(1, Math.min(days, maxWindows, count));
}

/**
 * Items a range holds, from its first page: the bank's `totalElements` when it sends one, else
 * the first page's density (items per day it spans) over the whole range.
 */
export function expectedItems(total: number | undefined, firstPageMillis: readonly number[], range: DateRange): number {
  if (total !== undefined) return total;
  const days = dayCount(range);
  if (firstPageMillis.length === 0) return days;
  const spanDays = (Math.max(...firstPageMillis) - Math.min(...firstPageMillis)) / 86_400_000 + 1;
  return Math.ceil((firstPageMillis.length * days) / Math.min(days, spanDays));
}
