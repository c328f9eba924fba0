import type { AccountRef, BankingSlots } from '../../shared/banking/contract';
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

/** Dialogflow query parameters → the core's slots; anything unusable is left out. */
export function slotsOf(parameters: Readonly<Record<string, unknown>>): BankingSlots {
  const name = scalar(parameters[GOOGLE_PARAMETERS.account]);
  const lastFour = parseLastFour(parameters[GOOGLE_PARAMETERS.lastFour]);
  const count = parseCount(parameters[GOOGLE_PARAMETERS.count]);
  const account: AccountRef | undefined = name || lastFour ? { ...(name ? { name } : {}), ...(lastFour ? { lastFour } : {}) } : undefined;
  return { ...(account ? { account } : {}), ...(count ? { count } : {}) };
}
