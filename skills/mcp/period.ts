import type { PeriodResult, ZonedClock } from '../../shared';
// A tool's keywords are AMAZON.DATE / AMAZON.DURATION values, and from/to a Dialogflow date period.
import { resolveAmazonDate, resolveAmazonDuration } from '../alexa/dates';
import { resolveDialogflowDatePeriod } from '../google/dates';

/** Period keywords a tool takes, relative to today in the customer's zone. */
export const PERIOD_KEYWORDS = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'last_weekend',
  'this_month',
  'last_month',
  'this_year',
  'last_year',
  'last_7_days',
  'last_30_days',
  'last_90_days',
] as const;
export type PeriodKeyword = (typeof PERIOD_KEYWORDS)[number];

const WEEK = "kkkk-'W'WW";

/** The keyword as the platform value the shared resolvers read (AMAZON.DATE, AMAZON.DURATION). */
function platformValue(keyword: PeriodKeyword, { now }: ZonedClock): { date: string } | { duration: string } {
  switch (keyword) {
    case 'today':
      return { date: now.toFormat('yyyy-MM-dd') };
    case 'yesterday':
      return { date: now.minus({ days: 1 }).toFormat('yyyy-MM-dd') };
    case 'this_week':
      return { date: now.toFormat(WEEK) };
    case 'last_week':
      return { date: now.minus({ weeks: 1 }).toFormat(WEEK) };
    case 'last_weekend':
      return { date: now.minus({ weeks: 1 }).toFormat(`${WEEK}-'WE'`) };
    case 'this_month':
      return { date: now.toFormat('yyyy-MM') };
    case 'last_month':
      return { date: now.minus({ months: 1 }).toFormat('yyyy-MM') };
    case 'this_year':
      return { date: now.toFormat('yyyy') };
    case 'last_year':
      return { date: now.minus({ years: 1 }).toFormat('yyyy') };
    case 'last_7_days':
      return { duration: 'P7D' };
    case 'last_30_days':
      return { duration: 'P30D' };
    case 'last_90_days':
      return { duration: 'P90D' };
  }
}

export interface PeriodInput {
  readonly period?: PeriodKeyword | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const MALFORMED: PeriodResult = { ok: false, reason: 'malformed' };

/** A tool's period arguments → the core's period, resolved as the voice platforms' values are. */
export function periodOf(input: PeriodInput, clock: () => ZonedClock): PeriodResult | undefined {
  if (!input.period && !input.from && !input.to) return undefined;
  if (input.period && (input.from || input.to)) return MALFORMED;
  const zoned = clock();
  if (input.period) {
    const value = platformValue(input.period, zoned);
    return 'date' in value
      ? resolveAmazonDate(value.date, zoned.now)
      : resolveAmazonDuration(value.duration, zoned.now);
  }
  if (!input.from) return MALFORMED;
  const endDate = input.to ?? zoned.now.toFormat('yyyy-MM-dd');
  return resolveDialogflowDatePeriod({ startDate: input.from, endDate }, zoned.now);
}
