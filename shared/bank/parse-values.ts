import { DateTime, type Zone } from 'luxon';
import { money, toMinorUnits, type Money } from '../money/money';
import { ShapeError } from './guards';
import { DEFAULT_BOUNDS, saneMoney, saneYear, type SaneBounds } from './sanity';
import type { WireAmount } from './wire';

/**
 * A required amount in exact minor units; a non-numeric amount is a ShapeError, never NaN, and
 * so is one beyond the sane bounds.
 */
export function requiredMoney(value: WireAmount | undefined, currency: string, path: string, bounds: SaneBounds = DEFAULT_BOUNDS): Money {
  if (value === undefined) throw new ShapeError(`${path} missing`);
  const minor = toMinorUnits(value, currency);
  if (minor === undefined) throw new ShapeError(`${path} not a decimal amount`);
  return saneMoney(money(minor === 0 ? 0 : minor, currency), bounds, path); // "-0.00" is zero, not -0
}

/** An optional amount: absent stays absent (never invented), present must be numeric and sane. */
export function optionalMoney(value: WireAmount | undefined, currency: string, path: string, bounds: SaneBounds = DEFAULT_BOUNDS): Money | undefined {
  return value === undefined ? undefined : requiredMoney(value, currency, path, bounds);
}

/**
 * An ISO calendar date `YYYY-MM-DD`. A full timestamp keeps its own date part (the bank's
 * calendar day), so `2026-03-01T23:30:00-05:00` is `2026-03-01` wherever the user is.
 */
export function optionalCalendarDate(value: string | undefined, path: string, bounds: SaneBounds = DEFAULT_BOUNDS): string | undefined {
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
export function requiredInstant(value: string | undefined, zone: Zone, path: string, bounds: SaneBounds = DEFAULT_BOUNDS): DateTime {
  if (value === undefined) throw new ShapeError(`${path} missing`);
  const parsed = DateTime.fromISO(value.trim(), { zone });
  if (!parsed.isValid) throw new ShapeError(`${path} not an ISO timestamp`);
  saneYear(parsed.year, bounds, path);
  return parsed;
}
