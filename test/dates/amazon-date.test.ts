import assert from 'node:assert/strict';
import { cutAtHistory } from '../../shared/dates';
import { resolveAmazonDate } from '../../skills/alexa/dates';
import { at, instantIn, NEW_YORK_SUNDAY, summary } from './helpers';

type Row = readonly [value: string, expected: string];

function check(rows: readonly Row[], now = NEW_YORK_SUNDAY): void {
  for (const [value, expected] of rows) assert.equal(summary(resolveAmazonDate(value, now), now), expected, value);
}

describe('resolveAmazonDate on Sunday 2026-11-29 in New York', () => {
  it('resolves every explicit form in the past to its exact days', () =>
    check([
      ['2026-11-24', '2026-11-24..2026-11-24 day'],
      ['2026-11-29', '2026-11-29..2026-11-29 day'],
      ['2026-W48', '2026-11-23..2026-11-29 week'],
      ['2026-W47-WE', '2026-11-21..2026-11-22 weekend'],
      ['2026-W48-WE', '2026-11-28..2026-11-29 weekend'],
      ['2026-W01', '2025-12-29..2026-01-04 week'],
      ['2026-10', '2026-10-01..2026-10-31 month'],
      ['2024-02', '2024-02-01..2024-02-29 month'],
      ['2025', '2025-01-01..2025-12-31 year'],
      ['201X', '2010-01-01..2019-12-31 decade'],
      ['PRESENT_REF', '2026-11-29..2026-11-29 day'],
    ]));

  it('reads seasons as northern meteorological ones, a winter belonging to the year it starts in', () =>
    check([
      ['2025-WI', '2025-12-01..2026-02-28 season'],
      ['2023-WI', '2023-12-01..2024-02-29 season'],
      ['2026-SP', '2026-03-01..2026-05-31 season'],
      ['2026-SU', '2026-06-01..2026-08-31 season'],
      ['2025-FA', '2025-09-01..2025-11-30 season'],
    ]));

  it('cuts a period that is under way at the end of today', () =>
    check([
      ['2026-11', '2026-11-01..2026-11-29 month adjusted'],
      ['2026', '2026-01-01..2026-11-29 year adjusted'],
      ['2026-FA', '2026-09-01..2026-11-29 season adjusted'],
      ['202X', '2020-01-01..2026-11-29 decade adjusted'],
    ]));

  it('gives a yearless value the most recent year whose period has started', () =>
    check([
      ['XXXX-11-24', '2026-11-24..2026-11-24 day'],
      ['XXXX-11-29', '2026-11-29..2026-11-29 day'],
      ['XXXX-11-30', '2025-11-30..2025-11-30 day'],
      ['XXXX-12-25', '2025-12-25..2025-12-25 day'],
      ['XXXX-02-29', '2024-02-29..2024-02-29 day'],
      ['XXXX-11', '2026-11-01..2026-11-29 month adjusted'],
      ['XXXX-12', '2025-12-01..2025-12-31 month'],
      ['XXXX-W48', '2026-11-23..2026-11-29 week'],
      ['XXXX-W52', '2025-12-22..2025-12-28 week'],
      ['XXXX-W47-WE', '2026-11-21..2026-11-22 weekend'],
      ['XXXX-WI', '2025-12-01..2026-02-28 season'],
      ['XXXX-FA', '2026-09-01..2026-11-29 season adjusted'],
    ]));

  it('moves a day in the coming week to the same weekday a week earlier', () =>
    check([
      ['2026-11-30', '2026-11-23..2026-11-23 day adjusted'],
      ['2026-12-04', '2026-11-27..2026-11-27 day adjusted'],
      ['2026-12-06', '2026-11-29..2026-11-29 day adjusted'],
    ]));

  it('moves a later future day a year back, and refuses one still in the future after that', () =>
    check([
      ['2026-12-07', '2025-12-07..2025-12-07 day adjusted'],
      ['2026-12-25', '2025-12-25..2025-12-25 day adjusted'],
      ['2027-11-29', '2026-11-29..2026-11-29 day adjusted'],
      ['2027-11-30', 'future'],
      ['2028-01-10', 'future'],
      ['2028-02-29', 'future'],
    ]));

  it('moves a week or weekend starting within seven days one week back, and refuses later ones', () =>
    check([
      ['2026-W49', '2026-11-23..2026-11-29 week adjusted'],
      ['2026-W49-WE', '2026-11-28..2026-11-29 weekend adjusted'],
      ['2026-W50', 'future'],
      ['2026-W50-WE', 'future'],
      ['2026-W53', 'future'],
    ]));

  it('moves a future month or season to the same one a year earlier', () =>
    check([
      ['2026-12', '2025-12-01..2025-12-31 month adjusted'],
      ['2027-05', '2026-05-01..2026-05-31 month adjusted'],
      ['2026-WI', '2025-12-01..2026-02-28 season adjusted'],
      ['2027-SU', '2026-06-01..2026-08-31 season adjusted'],
      ['2027-12', 'future'],
      ['2028-SU', 'future'],
    ]));

  it('refuses a future year or decade', () =>
    check([
      ['2027', 'future'],
      ['203X', 'future'],
    ]));

  it('calls anything that is not an AMAZON.DATE form malformed', () => {
    const values = [
      '',
      'garbage',
      'today',
      'present_ref',
      ' 2026-11-24',
      '2026-11-24 ',
      '20261124',
      '2026-11-24T10:00',
      '2026-02-30',
      '2025-02-29',
      'XXXX-02-30',
      '2026-13',
      '2026-00',
      '2026-11-00',
      '2026-W54',
      '2025-W53',
      '2026-W00',
      '2026-W5',
      '2026-W48-WD',
      '2026-wi',
      '2026-AU',
      '2026-XX',
      'XXXX',
      'XXXX-XX-XX',
      '20X',
      '2026-11-24-WE',
    ];
    for (const value of values)
      assert.deepEqual(resolveAmazonDate(value, NEW_YORK_SUNDAY), { ok: false, reason: 'malformed' }, value);
  });
});

describe('resolveAmazonDate where the local date differs from UTC', () => {
  // 02:30 UTC on the 29th is still Saturday the 28th in Los Angeles.
  const losAngeles = instantIn('2026-11-29T02:30:00Z', 'America/Los_Angeles');
  // 12:30 UTC on the 29th is already Monday the 30th (ISO week 49) in Auckland.
  const auckland = instantIn('2026-11-29T12:30:00Z', 'Pacific/Auckland');

  it('uses Los Angeles today, a Saturday, for every form', () =>
    check(
      [
        ['PRESENT_REF', '2026-11-28..2026-11-28 day'],
        ['2026-11-24', '2026-11-24..2026-11-24 day'],
        ['2026-11-29', '2026-11-22..2026-11-22 day adjusted'],
        ['XXXX-11-29', '2025-11-29..2025-11-29 day'],
        ['2026-W48', '2026-11-23..2026-11-28 week adjusted'],
        ['2026-W48-WE', '2026-11-28..2026-11-28 weekend adjusted'],
        ['2026-11', '2026-11-01..2026-11-28 month adjusted'],
        ['2026-FA', '2026-09-01..2026-11-28 season adjusted'],
        ['202X', '2020-01-01..2026-11-28 decade adjusted'],
      ],
      losAngeles,
    ));

  it('uses Auckland today, a Monday in the next ISO week, for every form', () =>
    check(
      [
        ['PRESENT_REF', '2026-11-30..2026-11-30 day'],
        ['2026-11-30', '2026-11-30..2026-11-30 day'],
        ['2026-12-01', '2026-11-24..2026-11-24 day adjusted'],
        ['2026-W49', '2026-11-30..2026-11-30 week adjusted'],
        ['2026-W48', '2026-11-23..2026-11-29 week'],
        ['2026-W49-WE', '2026-11-28..2026-11-29 weekend adjusted'],
        ['2026-11', '2026-11-01..2026-11-30 month'],
        ['2026-FA', '2026-09-01..2026-11-30 season'],
        ['2026-12', '2025-12-01..2025-12-31 month adjusted'],
      ],
      auckland,
    ));
});

describe('resolveAmazonDate cut at the bank history by the core (cutAtHistory)', () => {
  const june15 = at('2026-06-15T00:00', 'America/New_York');

  it('cuts a range that starts before the history start', () => {
    assert.equal(
      summary(cutAtHistory(resolveAmazonDate('2026', NEW_YORK_SUNDAY), june15), NEW_YORK_SUNDAY),
      '2026-06-15..2026-11-29 year adjusted',
    );
    assert.equal(
      summary(cutAtHistory(resolveAmazonDate('2026-06', NEW_YORK_SUNDAY), june15), NEW_YORK_SUNDAY),
      '2026-06-15..2026-06-30 month adjusted',
    );
  });

  it('keeps a range that starts on or after the history start', () => {
    assert.equal(
      summary(cutAtHistory(resolveAmazonDate('2026-06-15', NEW_YORK_SUNDAY), june15), NEW_YORK_SUNDAY),
      '2026-06-15..2026-06-15 day',
    );
  });

  it('refuses a range that ends before the history start', () => {
    assert.deepEqual(cutAtHistory(resolveAmazonDate('2026-05', NEW_YORK_SUNDAY), june15), {
      ok: false,
      reason: 'beforeHistory',
    });
    assert.deepEqual(cutAtHistory(resolveAmazonDate('2026-06-14', NEW_YORK_SUNDAY), june15), {
      ok: false,
      reason: 'beforeHistory',
    });
  });

  it('takes the history start day as it falls in the user zone, not in UTC', () => {
    // 02:00 UTC on 15 June is 22:00 on 14 June in New York.
    const options = instantIn('2026-06-15T02:00:00Z', 'UTC');
    assert.equal(
      summary(cutAtHistory(resolveAmazonDate('2026-06-14', NEW_YORK_SUNDAY), options), NEW_YORK_SUNDAY),
      '2026-06-14..2026-06-14 day',
    );
    assert.equal(
      summary(cutAtHistory(resolveAmazonDate('2026-06', NEW_YORK_SUNDAY), options), NEW_YORK_SUNDAY),
      '2026-06-14..2026-06-30 month adjusted',
    );
  });
});
