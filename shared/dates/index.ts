/**
 * Platform-free pieces of period resolution: calendar days with no zone, the periods they make, the
 * past bias of a spoken date, cutting at today, and the bank's history cut (the core applies it).
 * The platform grammars that use them live beside their adapters: skills/alexa/dates (AMAZON.DATE,
 * AMAZON.DURATION) and skills/google/dates (Dialogflow @sys.date*).
 */
export { civilDay, civilDayOf, isAfter, isoWeekMonday, startInZone, endInZone, type CivilDay } from './civil-day';
export { cutAtHistory, finish, resolvePeriod, unusable } from './finish';
export { mostRecent, towardsPast } from './past-bias';
export {
  classifySpan,
  dayOf,
  dayPeriod,
  decadePeriod,
  isSeason,
  monthPeriod,
  monthsFrom,
  seasonPeriod,
  weekPeriod,
  granularityOf,
  yearPeriod,
  type Period,
} from './periods';
export { MALFORMED, type Granularity, type PeriodFailure, type PeriodResult } from './types';
