/**
 * Platform date values (AMAZON.DATE, AMAZON.DURATION, Dialogflow @sys.date*) to a `DateRange` of whole
 * days in the user's zone, read as questions about the past.
 */
export { resolveAmazonDate } from './amazon-date';
export { resolveAmazonDuration } from './amazon-duration';
export {
  resolveDialogflowDate, resolveDialogflowDatePeriod, resolveDialogflowDateTime,
  type DialogflowDatePeriod, type DialogflowDateTime,
} from './dialogflow';
export type { Granularity, PeriodFailure, PeriodResult, ResolveOptions } from './types';
