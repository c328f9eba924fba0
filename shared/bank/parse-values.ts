import { DateTime, type Zone } from 'luxon';
import { money, toMinorUnits, type Money } from '../money/money';
import { ShapeError } from './guards';
import type { WireAmount } from './wire';

/** A required amount in exact minor units; a non-numeric amount is a ShapeError, never NaN. */
export function requiredMoney(value: WireAmount | undefined, currency: string, path: string): Money {
  if (value === undefined) throw new ShapeError(`${path} missing`);
  const minor = toMinorUnits(value, currency);
  if (minor === undefined) throw new ShapeError(`${path} not a decimal amount`);
  return money(minor === 0 ? 0 : minor, currency); // "-0.00" is zero, not -0
}

/** An optional amount: absent stays absent (never invented), present must be numeric. */
export function optionalMoney(value: WireAmount | undefined, currency: string, path: string): Money | undefined {
  return value === undefined ? undefined : requiredMoney(value, currency, path);
}

/**
 * An ISO calendar date `YYYY-MM-DD`. A full timestamp keeps its own date part (the bank's
 * calendar day), so `2026-03-01T23:30:00-05:00` is `2026-03-01` wherever the user is.
 */
export function optionalCalendarDate(value: string | undefined, path: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value.trim());
  const date = match?.[1];
  if (date === undefined || !DateTime.fromISO(date).isValid) throw new ShapeError(`${path} not an ISO date`);
  if (value.includes('T') && !DateTime.fromISO(value.trim(), { setZone: true }).isValid) {
    throw new ShapeError(`${path} not an ISO timestamp`);
  }
  return date;
}

/** An instant sent as an ISO timestamp (or bare date, read in `zone`), shown in `zone`. */
export function requiredInstant(value: string | undefined, zone: Zone, path: string): DateTime {
  if (value === undefined) throw new ShapeError(`${path} missing`);
  const parsed = DateTime.fromISO(value.trim(), { zone });
  if (!parsed.isValid) throw new ShapeError(`${path} not an ISO timestamp`);
  return parsed;
}
