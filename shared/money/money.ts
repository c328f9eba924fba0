import { ownValue } from '../own-lookup';

/**
 * An amount of money as an integer count of the currency's minor units (cents for USD) plus its
 * ISO 4217 code. Integers keep sums exact: 0.10 + 0.20 is 10 + 20 = 30 minor units.
 */
export interface Money {
  /** Integer number of minor units; negative means money owed or money out. */
  readonly minor: number;
  /** ISO 4217 currency code, upper case, e.g. `USD`. */
  readonly currency: string;
}

/** Minor-unit digits per currency; ISO 4217 default is 2 for everything not listed. */
const MINOR_DIGITS: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3, JOD: 3, OMR: 3, TND: 3 };

export function minorDigits(currency: string): number {
  return ownValue(MINOR_DIGITS, currency) ?? 2;
}

/**
 * Converts a decimal amount as the bank sent it (JSON number or numeric string) into minor units
 * without going through floating-point multiplication. Returns undefined for anything that is not
 * a finite decimal with at most the currency's number of fraction digits (after trailing zeros).
 */
export function toMinorUnits(value: unknown, currency: string): number | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // String() gives the shortest round-trip form ("0.1", not 0.1 * 100 = 10.000000000000002);
    // exponent forms fall through to the pattern below and are refused.
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '0', rawFraction = ''] = match;
  const digits = minorDigits(currency);
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > digits) return undefined;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return undefined;
  return sign === '-' && minor !== 0 ? -minor : minor;
}

export function money(minor: number, currency: string): Money {
  return { minor, currency };
}

/** Sums amounts of one currency exactly; throws on mixed currencies (a programming error). */
export function sum(amounts: readonly Money[], currency: string): Money {
  let total = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) throw new Error('cannot sum mixed currencies');
    total += amount.minor;
  }
  return { minor: total, currency };
}

/**
 * The amount as a plain decimal string in major units ("-12.50", "1254.30", "0"), exact from the
 * integer minor units: for data channels (MCP structured content), never for speech.
 */
export function toDecimalString(amount: Money): string {
  const digits = minorDigits(amount.currency);
  const sign = amount.minor < 0 ? '-' : '';
  const units = String(Math.abs(amount.minor)).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${units}`;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
