import type { DateTime } from 'luxon';

/**
 * A calendar period a phrase names, before either platform's wording of it: a day, an ISO week
 * (starting Monday), a weekend (its Saturday), a month or a year (their first day).
 */
export type Period =
  | { readonly kind: 'day'; readonly start: DateTime }
  | { readonly kind: 'week'; readonly start: DateTime }
  | { readonly kind: 'weekend'; readonly start: DateTime }
  | { readonly kind: 'month'; readonly start: DateTime }
  | { readonly kind: 'year'; readonly start: DateTime };

/** The last day of the period. */
export function periodEnd(period: Period): DateTime {
  switch (period.kind) {
    case 'day':
      return period.start;
    case 'week':
      return period.start.plus({ days: 6 });
    case 'weekend':
      return period.start.plus({ days: 1 });
    case 'month':
      return period.start.endOf('month').startOf('day');
    case 'year':
      return period.start.endOf('year').startOf('day');
  }
}

/** The value Alexa sends in an AMAZON.DATE slot: `2026-11-03`, `2026-W47`, `2026-W47-WE`, `2026-10`, `2025`. */
export function alexaDate(period: Period): string {
  switch (period.kind) {
    case 'day':
      return period.start.toFormat('yyyy-MM-dd');
    case 'week':
      return period.start.toFormat("kkkk-'W'WW");
    case 'weekend':
      return period.start.toFormat("kkkk-'W'WW-'WE'");
    case 'month':
      return period.start.toFormat('yyyy-MM');
    case 'year':
      return period.start.toFormat('yyyy');
  }
}

const ISO_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ssZZ";

/** A Dialogflow `@sys.date` or `@sys.date-period` value, with the offset of the zone the phrase was said in. */
export type DialogflowDate =
  | { readonly parameter: 'date'; readonly value: string }
  | { readonly parameter: 'datePeriod'; readonly value: { readonly startDate: string; readonly endDate: string } };

/** What Dialogflow sends: a day as `@sys.date` (noon that day), anything longer as a `@sys.date-period`. */
export function dialogflowDate(period: Period): DialogflowDate {
  if (period.kind === 'day')
    return { parameter: 'date', value: period.start.set({ hour: 12 }).toFormat(ISO_WITH_OFFSET) };
  return { parameter: 'datePeriod', value: spanOf(period.start, periodEnd(period)) };
}

/** A `@sys.date-period` from the start of one day to the last second of another. */
export function spanOf(first: DateTime, last: DateTime): { startDate: string; endDate: string } {
  return {
    startDate: first.startOf('day').toFormat(ISO_WITH_OFFSET),
    endDate: last.set({ hour: 23, minute: 59, second: 59 }).toFormat(ISO_WITH_OFFSET),
  };
}
