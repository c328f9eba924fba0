import assert from 'node:assert/strict';
import {
  resolveDialogflowDate,
  resolveDialogflowDatePeriod,
  resolveDialogflowDateTime,
  type DialogflowDateTime,
} from '../../skills/google/dates';
import { instantIn, NEW_YORK_SUNDAY, summary } from './helpers';

const now = NEW_YORK_SUNDAY;
const period = (startDate: string, endDate: string): string =>
  summary(resolveDialogflowDatePeriod({ startDate, endDate }, now), now);

describe('resolveDialogflowDate', () => {
  it('takes the calendar day written in the string, whatever its offset', () => {
    const rows: ReadonlyArray<readonly [string, string]> = [
      ['2026-11-24T12:00:00-05:00', '2026-11-24..2026-11-24 day'],
      ['2026-11-24T23:30:00-08:00', '2026-11-24..2026-11-24 day'],
      ['2026-11-24T00:30:00+13:00', '2026-11-24..2026-11-24 day'],
      ['2026-11-24T12:00:00Z', '2026-11-24..2026-11-24 day'],
      ['2026-11-24', '2026-11-24..2026-11-24 day'],
    ];
    for (const [value, expected] of rows)
      assert.equal(summary(resolveDialogflowDate(value, now), now), expected, value);
  });

  it('moves a day in the coming week back one week, as for Alexa', () => {
    assert.equal(
      summary(resolveDialogflowDate('2026-11-30T12:00:00-05:00', now), now),
      '2026-11-23..2026-11-23 day adjusted',
    );
    assert.deepEqual(resolveDialogflowDate('2028-03-01T12:00:00-05:00', now), { ok: false, reason: 'future' });
  });

  it('calls a value that is not a valid date or date-time malformed', () => {
    const values = [
      '',
      'tomorrow',
      '2026-02-30T12:00:00-05:00',
      '2026-11-24T25:00:00-05:00',
      '2026-W48',
      '2026-11',
      '2026',
      '2026-11-24T',
    ];
    for (const value of values)
      assert.deepEqual(resolveDialogflowDate(value, now), { ok: false, reason: 'malformed' }, value);
  });
});

describe('resolveDialogflowDatePeriod', () => {
  it('keeps a past period and names its shape', () => {
    assert.equal(period('2026-11-16T00:00:00-05:00', '2026-11-22T23:59:59-05:00'), '2026-11-16..2026-11-22 week');
    assert.equal(period('2026-11-21T12:00:00-05:00', '2026-11-22T12:00:00-05:00'), '2026-11-21..2026-11-22 weekend');
    assert.equal(period('2026-10-01T00:00:00-04:00', '2026-10-31T23:59:59-04:00'), '2026-10-01..2026-10-31 month');
    assert.equal(period('2026-06-01T00:00:00-04:00', '2026-08-31T23:59:59-04:00'), '2026-06-01..2026-08-31 season');
    assert.equal(period('2025-01-01T00:00:00-05:00', '2025-12-31T23:59:59-05:00'), '2025-01-01..2025-12-31 year');
    assert.equal(period('2026-11-03T00:00:00-05:00', '2026-11-12T23:59:59-05:00'), '2026-11-03..2026-11-12 range');
  });

  it('cuts a period that ends in the future at today', () => {
    assert.equal(
      period('2026-11-01T00:00:00-04:00', '2026-11-30T23:59:59-05:00'),
      '2026-11-01..2026-11-29 month adjusted',
    );
    assert.equal(
      period('2026-11-20T00:00:00-05:00', '2026-12-05T23:59:59-05:00'),
      '2026-11-20..2026-11-29 range adjusted',
    );
  });

  it('moves a future week or month back like the Alexa value for the same words', () => {
    assert.equal(
      period('2026-11-30T00:00:00-05:00', '2026-12-06T23:59:59-05:00'),
      '2026-11-23..2026-11-29 week adjusted',
    );
    assert.equal(
      period('2026-12-01T00:00:00-05:00', '2026-12-31T23:59:59-05:00'),
      '2025-12-01..2025-12-31 month adjusted',
    );
  });

  it('refuses a span of no particular shape that lies wholly in the future', () => {
    assert.deepEqual(
      resolveDialogflowDatePeriod(
        { startDate: '2026-12-05T00:00:00-05:00', endDate: '2026-12-20T23:59:59-05:00' },
        now,
      ),
      { ok: false, reason: 'future' },
    );
  });

  it('calls a reversed, missing or unreadable period malformed', () => {
    const malformed = { ok: false, reason: 'malformed' };
    assert.deepEqual(resolveDialogflowDatePeriod({ startDate: '2026-11-22', endDate: '2026-11-16' }, now), malformed);
    assert.deepEqual(resolveDialogflowDatePeriod({ startDate: '', endDate: '' }, now), malformed);
    assert.deepEqual(resolveDialogflowDatePeriod({ startDate: '2026-11-16', endDate: 'soon' }, now), malformed);
  });
});

describe('resolveDialogflowDateTime', () => {
  it('resolves each @sys.date-time form to whole days', () => {
    const rows: ReadonlyArray<readonly [DialogflowDateTime, string]> = [
      ['2026-11-24T15:00:00-05:00', '2026-11-24..2026-11-24 day'],
      [{ date_time: '2026-11-24T15:00:00-05:00' }, '2026-11-24..2026-11-24 day'],
      [
        { startDateTime: '2026-11-27T12:00:00-05:00', endDateTime: '2026-11-27T16:00:00-05:00' },
        '2026-11-27..2026-11-27 day',
      ],
      [
        { startDateTime: '2026-11-23T00:00:00-05:00', endDateTime: '2026-11-29T23:59:59-05:00' },
        '2026-11-23..2026-11-29 week',
      ],
      [
        { startDate: '2026-11-01T00:00:00-04:00', endDate: '2026-11-30T23:59:59-05:00' },
        '2026-11-01..2026-11-29 month adjusted',
      ],
    ];
    for (const [value, expected] of rows)
      assert.equal(summary(resolveDialogflowDateTime(value, now), now), expected, JSON.stringify(value));
  });

  it('calls JSON of another shape malformed instead of throwing', () => {
    const values = ['null', '{}', '42', '{"date_time":7}', '{"startDateTime":"2026-11-27T12:00:00-05:00"}'];
    for (const json of values) {
      const value = JSON.parse(json) as DialogflowDateTime;
      assert.deepEqual(resolveDialogflowDateTime(value, now), { ok: false, reason: 'malformed' }, json);
    }
  });

  it('lays the written day out in the user zone even when the string carries another offset', () => {
    const auckland = instantIn('2026-11-29T12:30:00Z', 'Pacific/Auckland');
    const result = resolveDialogflowDateTime('2026-11-24T12:00:00-05:00', auckland);
    assert.ok(result.ok);
    assert.equal(result.range.start.toISO(), '2026-11-24T00:00:00.000+13:00');
    assert.equal(result.range.end.toISO(), '2026-11-24T23:59:59.999+13:00');
  });
});
