import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { defaultRange, MONTH_TO_DATE_MIN_DAYS } from '../../shared/banking/period';
import { lowerFirst, periodPhrase } from '../../shared/speech/periods';

const ZONE = 'America/New_York';
const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: ZONE });
const span = (start: string, end: string) => ({ start: day(start).startOf('day'), end: day(end).endOf('day') });
const say = (start: string, end: string, today: string): string =>
  periodPhrase(span(start, end), day(today).set({ hour: 10 }), 'en-US');

describe('periods are said the way people say them (issue 14)', () => {
  it('says last weekend with its two days and no weekdays or years', () => {
    assert.equal(say('2026-12-26', '2026-12-27', '2026-12-29'), 'Last weekend, December 26 and 27');
    assert.equal(say('2026-01-31', '2026-02-01', '2026-02-03'), 'Last weekend, January 31 and February 1');
  });

  it('on 1 January, last weekend and last month are last year, said without the year', () => {
    assert.equal(say('2026-12-26', '2026-12-27', '2027-01-01'), 'Last weekend, December 26 and 27');
    assert.equal(say('2026-12-01', '2026-12-31', '2027-01-01'), 'Last month, in December');
    assert.equal(say('2026-01-01', '2026-12-31', '2027-01-01'), 'Last year, in 2026');
  });

  it('names a month other than last month, with its year only when it is not this year', () => {
    assert.equal(say('2026-10-01', '2026-10-31', '2026-12-10'), 'In October');
    assert.equal(say('2025-10-01', '2025-10-31', '2026-02-10'), 'In October 2025');
  });

  it('says days relative to today, and dates of other years with the year', () => {
    assert.equal(say('2026-12-09', '2026-12-09', '2026-12-10'), 'Yesterday');
    assert.equal(say('2026-12-10', '2026-12-10', '2026-12-10'), 'Today');
    assert.equal(say('2026-12-08', '2026-12-08', '2026-12-10'), 'On Tuesday');
    assert.equal(say('2025-12-20', '2025-12-20', '2026-01-05'), 'On December 20, 2025');
  });

  it('says weeks, spans ending today and other spans plainly', () => {
    assert.equal(say('2026-11-23', '2026-11-29', '2026-12-01'), 'Last week, November 23 to 29');
    assert.equal(say('2026-11-02', '2026-12-01', '2026-12-01'), 'In the last 30 days, since November 2');
    assert.equal(say('2026-11-02', '2026-11-14', '2026-12-01'), 'From November 2 to 14');
    assert.equal(say('2026-12-01', '2026-12-09', '2026-12-09'), 'So far this month');
  });

  it('fits inside a sentence with a small first letter, month names kept', () => {
    assert.equal(lowerFirst('Last month, in November'), 'last month, in November');
    assert.equal(lowerFirst('In October'), 'in October');
  });

  it(`never makes the default period just today: the last 30 days before day ${MONTH_TO_DATE_MIN_DAYS}, said so`, () => {
    for (const today of ['2026-12-01', '2027-01-01', '2026-03-01', '2026-03-06']) {
      const range = defaultRange(day(today).set({ hour: 9 }));
      assert.equal(Math.round(range.end.diff(range.start, 'days').days), 30, today);
      assert.match(periodPhrase(range, day(today), 'en-US'), /^In the last 30 days, since \w+ \d+(, \d{4})?$/);
    }
    const later = defaultRange(day('2026-12-07').set({ hour: 9 }));
    assert.equal(periodPhrase(later, day('2026-12-07'), 'en-US'), 'So far this month');
  });

  it('on 1 January the default period reaches into last year and says that year', () => {
    assert.equal(
      periodPhrase(defaultRange(day('2027-01-01')), day('2027-01-01'), 'en-US'),
      'In the last 30 days, since December 3, 2026',
    );
  });
});
