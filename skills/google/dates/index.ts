/** Dialogflow's @sys.date, @sys.date-period and @sys.date-time values to periods in the user's zone. */
export {
  resolveDialogflowDate,
  resolveDialogflowDatePeriod,
  resolveDialogflowDateTime,
  type DialogflowDatePeriod,
  type DialogflowDateTime,
} from './dialogflow';
