import { DateTime } from 'luxon';

/** `yyyy-MM-dd` of a valid DateTime; throws on an invalid one (a programming error here). */
export function isoDate(value: DateTime): string {
  const text = value.toISODate();
  if (text === null) throw new Error(`invalid date: ${value.invalidReason ?? 'unknown'}`);
  return text;
}

/** ISO 8601 with the zone's offset and whole seconds, e.g. `2025-03-14T08:12:00-04:00`. */
export function isoTimestamp(value: DateTime): string {
  const text = value.toISO({ suppressMilliseconds: true });
  if (text === null) throw new Error(`invalid timestamp: ${value.invalidReason ?? 'unknown'}`);
  return text;
}

/** The start of the calendar day that contains `now` in `zone`. Throws for an unknown zone. */
export function startOfToday(now: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) throw new Error(`invalid time or zone: ${local.invalidReason}`);
  return local.startOf('day');
}

/** A decimal JSON number from integer cents: `1250` → `12.5`. Division of an integer by 100 is exact to print. */
export function decimal(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new Error('amounts are integer cents');
  return cents / 100;
}
