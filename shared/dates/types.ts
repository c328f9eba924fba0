import type { DateRange } from '../bank/types';

/**
 * What kind of period the user named, so speech can phrase it ("last weekend", "winter, northern
 * hemisphere"). `duration` is a span ending today ("the last two weeks"); `range` is any other span.
 */
export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'season' | 'decade' | 'duration' | 'range';

/** Why a platform value gave no usable period. */
export type PeriodFailure = 'malformed' | 'future' | 'beforeHistory';

/**
 * A resolved period. On success `range` holds whole days in the zone of the `now` passed in: `start` is
 * the start of the first day and `end` the end of the last day (inclusive), and `end` is never after
 * the end of today.
 */
export type PeriodResult =
  | {
      readonly ok: true;
      readonly range: DateRange;
      /** True when the period was cut at today or at `historyStart`, or moved into the past. */
      readonly adjusted: boolean;
      readonly granularity: Granularity;
    }
  | { readonly ok: false; readonly reason: PeriodFailure };

/** The one failure value for input we cannot read; resolvers return it rather than throw. */
export const MALFORMED: PeriodResult = Object.freeze({ ok: false, reason: 'malformed' });
