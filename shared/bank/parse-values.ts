import { DateTime, type Zone } from 'luxon';
import { money, toMinorUnits, type Money } from '../money/money';
import { ShapeError } from './guards';
import { DEFAULT_BOUNDS, saneMoney, saneYear, type SaneBounds } from './sanity';
import type { WireAmount } from './wire';

/**
 * A required amount in exact minor units; a non-numeric amount is a ShapeError, never NaN, and
 * so is one beyond the sane bounds.
 */
export function requiredMoney(
  value: WireAmount | undefined,
  currency: string,
  path: string,
  bounds: SaneBounds = DEFAULT_BOUNDS,
): Money {
  if (value === undefined) throw new ShapeError(`${path} missing`);
  const minor = toMinorUnits(value, currency);
  if (minor === undefined) throw new ShapeError(`${path} not a decimal amount`);
  return saneMoney(money(minor === 0 ? 0 : minor, currency), bounds, path); // "-0.00" is zero, not -0
}

/** An optional amount: absent stays absent (never invented), present must be numeric and sane. */
export function optionalMoney(
  value: WireAmount | undefined,
  currency: string,
  path: string,
  bounds: SaneBounds = DEFAULT_BOUNDS,
): Money | undefined {
  return value === undefined ? undefined : requiredMoney(value, currency, path, bounds);
}

/**
 * An ISO calendar date `YYYY-MM-DD`. A full timestamp keeps its own date part (the bank's
 * calendar day), so `2026-03-01T23:30:00-05:00` is `2026-03-01` wherever the user is.
 */
export function optionalCalendarDate(
  value: string | undefined,
  path: string,
  bounds: SaneBounds = DEFAULT_BOUNDS,
): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value.trim());
  const date = match?.[1];
  const parsed = date === undefined ? undefined : DateTime.fromISO(date);
  if (date === undefined || parsed === undefined || !parsed.isValid) throw new ShapeError(`${path} not an ISO date`);
  if (value.includes('T') && !DateTime.fromISO(value.trim(), { setZone: true }).isValid) {
    throw new ShapeError(`${path} not an ISO timestamp`);
  }
  saneYear(parsed.year, bounds, path);
  return date;
}

/** An instant sent as an ISO timestamp (or bare date, read in `zone`), shown in `zone`. */
export function requiredInstant(
  value: string | undefined,
  zone: Zone,
  path: string,
  bounds: SaneBounds = DEFAULT_BOUNDS,
): DateTime {
  if (value === undefined) throw new ShapeError(`${path} missing`);
  const text = value.trim();
  const millis = offsetTimestampMillis(text);
  const parsed = millis === undefined ? DateTime.fromISO(text, { zone }) : DateTime.fromMillis(millis, { zone });
  if (!parsed.isValid) throw new ShapeError(`${path} not an ISO timestamp`);
  saneYear(parsed.year, bounds, path);
  return parsed;
}

/** `2026-11-24T10:33:00.123-05:00` and its plainer forms: seconds, fraction optional, `Z`, `±HH:MM`, `±HHMM` or `±HH`. */
const OFFSET_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,30}))?)?(?:(Z|z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Epoch milliseconds of the common form of a bank timestamp, one with its own UTC offset, read the
 * way luxon's `fromISO` reads it; undefined for anything else (other ISO forms, out-of-range
 * fields, hour 24, leap seconds), which luxon then parses or refuses. Luxon's own ISO parser costs
 * tens of microseconds an item, the largest cost of reading a busy history; this costs one.
 */
export function offsetTimestampMillis(text: string): number | undefined {
  const m = OFFSET_TIMESTAMP.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const millisecond = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const offset = (offsetHours * 60 + offsetMinutes) * (m[9] === '-' ? -1 : 1);
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset * 60_000;
}
