import { minorDigits, type Money } from '../money/money';
import { ShapeError } from './guards';

/**
 * What a sane bank response holds. An amount or a date outside these bounds is not spoken: the
 * response is refused as invalid (a figure like 90071992547409.91 or a due date in 9999 is a
 * broken bank, not a fact to read out).
 */
export interface SaneBounds {
  /** Largest absolute amount in major units (dollars, euros). Default 1,000,000,000. */
  readonly maxAmount: number;
  /** Earliest calendar year of any date. Default 1900. */
  readonly minYear: number;
  /** Latest calendar year of any date. Default 2100. */
  readonly maxYear: number;
}

export const DEFAULT_BOUNDS: SaneBounds = { maxAmount: 1_000_000_000, minYear: 1900, maxYear: 2100 };

/** The money, or a ShapeError naming `path` when it is beyond `bounds.maxAmount`. */
export function saneMoney(amount: Money, bounds: SaneBounds, path: string): Money {
  const limit = bounds.maxAmount * 10 ** minorDigits(amount.currency);
  if (Math.abs(amount.minor) > limit) throw new ShapeError(`${path} beyond the sane amount bound`);
  return amount;
}

/** The year, or a ShapeError naming `path` when it is outside the bounds. */
export function saneYear(year: number, bounds: SaneBounds, path: string): void {
  if (year < bounds.minYear || year > bounds.maxYear) throw new ShapeError(`${path} outside the sane date bounds`);
}

/** Defaults filled in and checked; RangeError on bounds that cannot work. */
export function resolveBounds(given: Partial<SaneBounds> | undefined): SaneBounds {
  const bounds = { ...DEFAULT_BOUNDS, ...given };
  if (!(bounds.maxAmount > 0) || !Number.isFinite(bounds.maxAmount))
    throw new RangeError('bank client: maxAmount must be a positive number');
  if (!Number.isInteger(bounds.minYear) || !Number.isInteger(bounds.maxYear) || bounds.minYear > bounds.maxYear) {
    throw new RangeError('bank client: minYear and maxYear must be integers, minYear first');
  }
  return bounds;
}
