import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { PeriodResult } from '../../shared/dates';

/** A wall-clock time in a zone, failing the test at once if the fixture itself is wrong. */
export function at(iso: string, zone: string): DateTime {
  const value = DateTime.fromISO(iso, { zone });
  assert.ok(value.isValid, `bad fixture ${iso} ${zone}`);
  return value;
}

/** An instant (with offset or Z) seen from a zone. */
export function instantIn(iso: string, zone: string): DateTime {
  const value = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  assert.ok(value.isValid, `bad fixture ${iso} ${zone}`);
  return value;
}

/** Sunday 2026-11-29 10:00 in New York, ISO week 2026-W48; the fixed clock of most tables. */
export const NEW_YORK_SUNDAY = at('2026-11-29T10:00', 'America/New_York');

/**
 * A result as "first..last granularity [adjusted]" or the failure reason, after checking the parts a
 * table cannot show: whole days, in `now`'s zone.
 */
export function summary(result: PeriodResult, now: DateTime): string {
  if (!result.ok) return result.reason;
  const { start, end } = result.range;
  assert.ok(start.equals(start.startOf('day')), `start ${start.toISO()} is not the start of a day`);
  assert.ok(end.equals(end.endOf('day')), `end ${end.toISO()} is not the end of a day`);
  assert.equal(start.zoneName, now.zoneName);
  assert.equal(end.zoneName, now.zoneName);
  return `${start.toISODate()}..${end.toISODate()} ${result.granularity}${result.adjusted ? ' adjusted' : ''}`;
}

/** The exact instants of a successful result, for tests about offsets. */
export function isoRange(result: PeriodResult): [string | null, string | null] | string {
  return result.ok ? [result.range.start.toISO(), result.range.end.toISO()] : result.reason;
}
