import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DateTime } from 'luxon';
import { cutAtHistory, type PeriodResult } from '../../shared/dates';
import { resolveAmazonDate, resolveAmazonDuration } from '../../skills/alexa/dates';
import {
  resolveDialogflowDate,
  resolveDialogflowDatePeriod,
  resolveDialogflowDateTime,
} from '../../skills/google/dates';

/** The grammar's result as the core sees it: cut at the bank's history when there is one. */
const cut = (result: PeriodResult, historyStart: DateTime | undefined): PeriodResult =>
  historyStart ? cutAtHistory(result, historyStart) : result;
import { amazonDateArb, dialogflowStringArb, historyArb, notAmazonDateArb, nowArb } from './arbitraries';

/** What every successful result promises, whatever produced it. */
function assertWellFormed(result: PeriodResult, now: DateTime, historyStart?: DateTime): void {
  if (!result.ok) return;
  const { start, end } = result.range;
  assert.equal(start.zoneName, now.zoneName);
  assert.equal(end.zoneName, now.zoneName);
  assert.ok(start <= end, 'start after end');
  assert.ok(start.equals(start.startOf('day')), `start ${start.toISO()} not at start of day`);
  assert.ok(end.equals(end.endOf('day')), `end ${end.toISO()} not at end of day`);
  assert.ok(end <= now.endOf('day'), `end ${end.toISO()} after today ${now.toISO()}`);
  if (historyStart) assert.ok(start >= historyStart.setZone(now.zone).startOf('day'), 'start before history');
}

const durationArb = fc
  .tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(400))
  .map(([y, m, w, d]) => `P${y ? `${y}Y` : ''}${m ? `${m}M` : ''}${w ? `${w}W` : ''}${d ? `${d}D` : ''}`);

describe('date resolver properties', () => {
  it('gives whole days in the user zone, never after today nor before history, for any AMAZON.DATE', () => {
    fc.assert(
      fc.property(amazonDateArb, nowArb, historyArb, (value, now, historyStart) => {
        assertWellFormed(cut(resolveAmazonDate(value, now), historyStart), now, historyStart);
      }),
      { numRuns: 500 },
    );
  });

  it('gives well-formed ranges for any AMAZON.DURATION', () => {
    fc.assert(
      fc.property(durationArb, nowArb, historyArb, (value, now, historyStart) => {
        assertWellFormed(cut(resolveAmazonDuration(value, now), historyStart), now, historyStart);
      }),
    );
  });

  it('gives well-formed ranges for any Dialogflow date, period and date-time', () => {
    fc.assert(
      fc.property(dialogflowStringArb, dialogflowStringArb, nowArb, historyArb, (a, b, now, historyStart) => {
        const [startDate, endDate] = a <= b ? [a, b] : [b, a];
        assertWellFormed(cut(resolveDialogflowDate(a, now), historyStart), now, historyStart);
        assertWellFormed(
          cut(resolveDialogflowDatePeriod({ startDate, endDate }, now), historyStart),
          now,
          historyStart,
        );
        assertWellFormed(
          cut(resolveDialogflowDateTime({ startDateTime: startDate, endDateTime: endDate }, now), historyStart),
          now,
          historyStart,
        );
      }),
    );
  });

  it('resolves an explicit day up to today to exactly that day, unadjusted', () => {
    fc.assert(
      fc.property(nowArb, fc.nat(4000), (now, daysAgo) => {
        const day = now.minus({ days: daysAgo });
        const result = resolveAmazonDate(day.toISODate() ?? '', now);
        assert.ok(result.ok);
        assert.equal(result.range.start.toISODate(), day.toISODate());
        assert.equal(result.range.end.toISODate(), day.toISODate());
        assert.equal(result.adjusted, false);
      }),
    );
  });

  it('moves a day in the next seven days to the same weekday a week earlier', () => {
    fc.assert(
      fc.property(nowArb, fc.integer({ min: 1, max: 7 }), (now, daysAhead) => {
        const result = resolveAmazonDate(now.plus({ days: daysAhead }).toISODate() ?? '', now);
        assert.ok(result.ok && result.adjusted);
        assert.equal(result.range.start.toISODate(), now.plus({ days: daysAhead - 7 }).toISODate());
      }),
    );
  });

  it('resolves a yearless day to its latest occurrence on or before today', () => {
    fc.assert(
      fc.property(nowArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (now, month, day) => {
        const result = resolveAmazonDate(`XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, now);
        assert.ok(result.ok);
        const { start } = result.range;
        assert.deepEqual([start.month, start.day], [month, day]);
        assert.ok(start <= now && start.plus({ years: 1 }).startOf('day') > now);
      }),
    );
  });

  it('gives a P<n>D duration exactly n days ending today', () => {
    fc.assert(
      fc.property(nowArb, fc.integer({ min: 1, max: 999 }), (now, n) => {
        const result = resolveAmazonDuration(`P${n}D`, now);
        assert.ok(result.ok);
        assert.equal(result.range.end.toISODate(), now.toISODate());
        assert.equal(result.range.start.toISODate(), now.minus({ days: n - 1 }).toISODate());
      }),
    );
  });

  it('calls any string outside the AMAZON.DATE grammar malformed, and never throws', () => {
    fc.assert(
      fc.property(notAmazonDateArb, nowArb, (value, now) => {
        assert.deepEqual(resolveAmazonDate(value, now), { ok: false, reason: 'malformed' });
        assert.deepEqual(resolveAmazonDuration(value, now), { ok: false, reason: 'malformed' });
        assert.equal(resolveDialogflowDate(value, now).ok, false);
      }),
    );
  });

  it('never throws on arbitrary strings for any resolver', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), nowArb, (a, b, now) => {
        assertWellFormed(resolveAmazonDate(a, now), now);
        assertWellFormed(resolveAmazonDuration(a, now), now);
        assertWellFormed(resolveDialogflowDate(a, now), now);
        assertWellFormed(resolveDialogflowDatePeriod({ startDate: a, endDate: b }, now), now);
        assertWellFormed(resolveDialogflowDateTime({ date_time: a }, now), now);
      }),
    );
  });
});
