import { isBankError } from './errors';
import { collectPages, fetchPage, firstTarget, type Collected, type PagedRequest } from './paging';
import type { RequestContext, Requester } from './request';
import type { DateRange } from './types';
import { dayCount, expectedItems, splitRange, windowCount } from './windows';

/**
 * Windowed fetching: a date range that needs many pages is fetched as parallel date windows,
 * each paged on its own, instead of one long chain of pages. The first page of the whole range
 * is the probe: when it is the only page, that is the answer (one call); otherwise its
 * `totalElements` (or its density) sizes windows that should each fit in about one page, and
 * the windows run in parallel (the call gate caps how many at once). The result holds exactly
 * the items sequential paging would return, newest window first, each window in the bank's
 * order, duplicates (same `transactionId`) dropped.
 */

/** How one range is asked for, and what identifies and dates an item. */
export interface WindowedSource<T> {
  /** The paged request for one range (the whole range, or a window of it). */
  spec(range: DateRange): PagedRequest<T>;
  idOf(item: T): string;
  /** When the item happened, epoch milliseconds (only used to estimate density). */
  millisOf(item: T): number;
}

export interface WindowLimits {
  /** Most windows one range is cut into. */
  readonly maxWindows: number;
  /** Most items kept over all windows; the newest windows' items are kept first. */
  readonly maxItems: number;
}

/** Fetches a range, windowed when its first page says there is more. */
export async function collectWindowed<T>(
  request: Requester,
  context: RequestContext,
  source: WindowedSource<T>,
  range: DateRange,
  limits: WindowLimits,
): Promise<Collected<T>> {
  const whole = source.spec(range);
  const probe = await fetchPage(request, context, whole, firstTarget(whole));
  if (probe.next === undefined) return { items: [...probe.items], complete: true };
  const expected = expectedItems(
    probe.paging.totalElements,
    probe.items.map((item) => source.millisOf(item)),
    range,
  );
  const count = windowCount(expected, probe.items.length, dayCount(range), limits.maxWindows);
  // One day cannot be cut further: carry on paging from the probe.
  if (count <= 1) return collectPages(request, context, whole, probe);
  const windows = splitRange(range, count);
  const settled = await Promise.allSettled(
    windows.map((window) => collectPages(request, context, source.spec(window))),
  );
  return merge(settled, source, limits.maxItems);
}

/**
 * Window results in window order, deduplicated, capped. A window that ran out of budget while
 * others answered makes the result partial; any other failure fails the whole range.
 */
function merge<T>(
  settled: readonly PromiseSettledResult<Collected<T>>[],
  source: WindowedSource<T>,
  maxItems: number,
): Collected<T> {
  const failures = settled.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  const hard = failures.find((failure) => !(isBankError(failure.reason) && failure.reason.kind === 'timeout'));
  if (hard !== undefined || failures.length === settled.length) throw (hard ?? failures[0])?.reason;
  const seen = new Set<string>();
  const items: T[] = [];
  let complete = failures.length === 0;
  for (const result of settled) {
    if (result.status === 'rejected') continue;
    complete &&= result.value.complete;
    for (const item of result.value.items) {
      const id = source.idOf(item);
      if (seen.has(id)) continue;
      seen.add(id);
      if (items.length >= maxItems) return { items, complete: false };
      items.push(item);
    }
  }
  return { items, complete };
}
