import { toMinorUnits } from './money';

/** Most a spoken amount may be, in minor units: anything larger was misheard. */
const MAX_MINOR = 100_000_000;

/**
 * An amount as a platform heard it — dollars (a number, possibly with cents as a fraction: "12.5")
 * and optional cents (0–99) — in USD minor units; undefined when it is not a positive amount.
 */
export function spokenAmountMinor(dollars: string | undefined, cents: string | undefined): number | undefined {
  if (dollars === undefined && cents === undefined) return undefined;
  const whole = dollars === undefined ? 0 : toMinorUnits(dollars.replace(/[$,\s]/g, ''), 'USD');
  if (whole === undefined || whole < 0) return undefined;
  let extra = 0;
  if (cents !== undefined) {
    if (!/^\d{1,2}$/.test(cents.trim()) || whole % 100 !== 0) return undefined;
    extra = Number(cents.trim());
  }
  const total = whole + extra;
  return total > 0 && total <= MAX_MINOR ? total : undefined;
}
