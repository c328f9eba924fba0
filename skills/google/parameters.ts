import {
  type AccountRef,
  type BankingSlots,
  type PeriodResult,
  spokenAmountMinor,
  type ZonedClock,
} from '../../shared';
import {
  resolveDialogflowDate,
  resolveDialogflowDatePeriod,
  resolveDialogflowDateTime,
  type DialogflowDateTime,
} from './dates';
import { isRecord } from './webhook-request';
import { GOOGLE_PARAMETERS } from './intent-map';

/**
 * Dialogflow sends every declared parameter, unfilled ones as `''`; list parameters as arrays.
 * actions-on-google turns top-level numbers into strings, so numbers arrive either way.
 */
function scalar(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'number' && Number.isFinite(first)) return String(first);
  if (typeof first !== 'string') return undefined;
  const text = first.trim();
  return text ? text.slice(0, 100) : undefined;
}

/**
 * Exactly four digits. `@sys.number-sequence` keeps leading zeros ("0042") and may space the
 * digits; `@sys.number` loses them, so 42 is refused rather than guessed.
 */
export function parseLastFour(value: unknown): string | undefined {
  const digits = scalar(value)?.replace(/[\s-]/g, '');
  return digits && /^\d{4}$/.test(digits) ? digits : undefined;
}

/** A positive whole number below 100 (`@sys.number` may send 3, "3" or "3.0"). */
export function parseCount(value: unknown): number | undefined {
  const text = scalar(value);
  const count = text !== undefined && /^\d{1,2}(\.0+)?$/.test(text) ? Number(text) : undefined;
  return count ? count : undefined;
}

/** `@sys.date-period`, `@sys.date` or `@sys.date-time`, whichever was filled, resolved in the user's zone. */
export function parsePeriod(
  parameters: Readonly<Record<string, unknown>>,
  clock: () => ZonedClock,
): PeriodResult | undefined {
  const period: unknown = parameters[GOOGLE_PARAMETERS.datePeriod];
  if (isRecord(period) && typeof period.startDate === 'string' && typeof period.endDate === 'string') {
    const { now } = clock();
    return resolveDialogflowDatePeriod({ startDate: period.startDate, endDate: period.endDate }, now);
  }
  const date = scalar(parameters[GOOGLE_PARAMETERS.date]);
  if (date) {
    const { now } = clock();
    return resolveDialogflowDate(date, now);
  }
  const dateTime = dateTimeOf(parameters[GOOGLE_PARAMETERS.dateTime]);
  if (!dateTime) return undefined;
  const { now } = clock();
  return resolveDialogflowDateTime(dateTime, now);
}

/** `@sys.date-time` in any of its shapes, or undefined when unfilled. */
function dateTimeOf(value: unknown): DialogflowDateTime | undefined {
  if (typeof value === 'string') return value || undefined;
  if (!isRecord(value)) return undefined;
  const { startDateTime, endDateTime, date_time: single } = value;
  if (typeof startDateTime === 'string' && typeof endDateTime === 'string') return { startDateTime, endDateTime };
  return typeof single === 'string' ? { date_time: single } : undefined;
}

/** Dialogflow query parameters → the core's slots; anything unusable is left out. */
export function slotsOf(parameters: Readonly<Record<string, unknown>>, clock: () => ZonedClock): BankingSlots {
  const name = scalar(parameters[GOOGLE_PARAMETERS.account]);
  const lastFour = parseLastFour(parameters[GOOGLE_PARAMETERS.lastFour]);
  const count = parseCount(parameters[GOOGLE_PARAMETERS.count]);
  const account: AccountRef | undefined =
    name || lastFour ? { ...(name ? { name } : {}), ...(lastFour ? { lastFour } : {}) } : undefined;
  const merchant = scalar(parameters[GOOGLE_PARAMETERS.merchant]);
  const category = scalar(parameters[GOOGLE_PARAMETERS.category]);
  const pin = parseLastFour(parameters[GOOGLE_PARAMETERS.pin]);
  const period = parsePeriod(parameters, clock);
  const ref = (nameParameter: string, digitsParameter: string): AccountRef | undefined => {
    const said = scalar(parameters[nameParameter]);
    const digits = parseLastFour(parameters[digitsParameter]);
    return said || digits ? { ...(said ? { name: said } : {}), ...(digits ? { lastFour: digits } : {}) } : undefined;
  };
  const from = ref(GOOGLE_PARAMETERS.fromAccount, GOOGLE_PARAMETERS.fromLastFour);
  const to = ref(GOOGLE_PARAMETERS.toAccount, GOOGLE_PARAMETERS.toLastFour);
  const amountMinor = spokenAmountMinor(
    scalar(parameters[GOOGLE_PARAMETERS.dollars]),
    scalar(parameters[GOOGLE_PARAMETERS.cents]),
  );
  const option = scalar(parameters[GOOGLE_PARAMETERS.paymentOption]);
  const paymentOption = option === 'statement' || option === 'minimum' ? option : undefined;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(amountMinor ? { amountMinor } : {}),
    ...(paymentOption ? { paymentOption } : {}),
    ...(account ? { account } : {}),
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(category ? { category } : {}),
    ...(pin ? { pin } : {}),
    ...(period ? { period } : {}),
  };
}
