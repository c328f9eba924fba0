import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { parseDatePhrase } from '../../simulator/understand/date-phrases';
import { isoDuration, parseDuration } from '../../simulator/understand/durations';
import { parseDigits, parseNumber } from '../../simulator/understand/numbers';
import { alexaDate, dialogflowDate } from '../../simulator/understand/periods';
import { toWords } from '../../simulator/understand/words';

// Tuesday, November 24, 2026 (ISO week 48), New York.
const TUESDAY = DateTime.fromISO('2026-11-24T10:00:00', { zone: 'America/New_York' });
const SUNDAY = DateTime.fromISO('2026-11-29T10:00:00', { zone: 'America/New_York' });

const alexa = (phrase: string, now = TUESDAY): string | undefined => {
  const period = parseDatePhrase(toWords(phrase), now);
  return period && alexaDate(period);
};

describe('the simulator resolving slot values as the platforms would', () => {
  it('resolves spoken dates to AMAZON.DATE values relative to the clock, towards the past', () => {
    const expected: Readonly<Record<string, string>> = {
      today: '2026-11-24',
      yesterday: '2026-11-23',
      'last month': '2026-10',
      'this month': '2026-11',
      'last week': '2026-W47',
      'this week': '2026-W48',
      'last weekend': '2026-W47-WE',
      'this weekend': '2026-W47-WE',
      'last year': '2025',
      'in October': '2026-10',
      'in December': '2025-12',
      'on Monday': '2026-11-23',
      'last Tuesday': '2026-11-17',
      'November 3': '2026-11-03',
      'the third of November': '2026-11-03',
      'December 25': '2025-12-25',
      '3 days ago': '2026-11-21',
      '11/3': '2026-11-03',
      '2026-11-03': '2026-11-03',
      'October 2025': '2025-10',
    };
    for (const [phrase, value] of Object.entries(expected)) assert.equal(alexa(phrase), value, phrase);
  });

  it('reads the weekend from a weekend day as the one in progress, and "last weekend" as the one before', () => {
    assert.equal(alexa('this weekend', SUNDAY), '2026-W48-WE');
    assert.equal(alexa('last weekend', SUNDAY), '2026-W47-WE');
  });

  it('refuses words that are not a date, and impossible days', () => {
    for (const phrase of ['recently', 'starbucks', 'last', 'February 30', 'the day'])
      assert.equal(alexa(phrase), undefined, phrase);
  });

  it('gives Dialogflow a day as @sys.date at noon and a longer period as @sys.date-period, with the zone offset', () => {
    const day = parseDatePhrase(toWords('November 3'), TUESDAY);
    const month = parseDatePhrase(toWords('last month'), TUESDAY);
    assert.ok(day && month);
    assert.deepEqual(dialogflowDate(day), { parameter: 'date', value: '2026-11-03T12:00:00-05:00' });
    assert.deepEqual(dialogflowDate(month), {
      parameter: 'datePeriod',
      value: { startDate: '2026-10-01T00:00:00-04:00', endDate: '2026-10-31T23:59:59-04:00' },
    });
  });

  it('resolves spoken spans to AMAZON.DURATION values', () => {
    const expected: Readonly<Record<string, string>> = {
      'two weeks': 'P2W',
      '30 days': 'P30D',
      'a month': 'P1M',
      week: 'P1W',
      'six months': 'P6M',
      fortnight: 'P2W',
    };
    for (const [phrase, value] of Object.entries(expected)) {
      const duration = parseDuration(toWords(phrase));
      assert.equal(duration && isoDuration(duration), value, phrase);
    }
    assert.equal(parseDuration(toWords('last month')), undefined);
  });

  it('reads numbers and four digits the way people say them', () => {
    assert.equal(parseNumber(toWords('five')), 5);
    assert.equal(parseNumber(toWords('twenty one')), 21);
    assert.equal(parseNumber(toWords('10')), 10);
    assert.equal(parseNumber(toWords('starbucks')), undefined);
    assert.equal(parseDigits(toWords('four eight two one')), '4821');
    assert.equal(parseDigits(toWords('forty eight twenty one')), '4821');
    assert.equal(parseDigits(toWords('oh oh four two')), '0042');
    assert.equal(parseDigits(toWords('0042')), '0042');
    assert.equal(parseDigits(toWords('four eight two tree')), undefined);
  });
});
