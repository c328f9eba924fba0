import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { dayRangeTest } from '../../shared/bank/parse-transactions';
import { offsetTimestampMillis, requiredInstant } from '../../shared/bank/parse-values';
import { createZoneCache } from '../../shared/bank/zone-cache';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'UTC',
  'Africa/Casablanca',
];
/** 2000-01-01 to 2040-01-01. */
const instant = fc.integer({ min: 946_684_800_000, max: 2_208_988_800_000 });

describe('hour-cached time zones', () => {
  it('give the same offset as luxon at any instant, around daylight-saving changes too', () => {
    const zones = createZoneCache();
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instant,
        fc.integer({ min: -7200_000, max: 7200_000 }),
        (name, ms, nudge) => {
          const plain = IANAZone.create(name);
          const cached = zones(plain);
          // The instant and one up to two hours away: the second often lands in the cached hour of the first.
          for (const ts of [ms, ms + nudge])
            assert.equal(cached.offset(ts), plain.offset(ts), `${name} at ${new Date(ts).toISOString()}`);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is exact minute by minute across the spring and autumn changes', () => {
    const zones = createZoneCache();
    for (const [name, days] of [
      ['America/New_York', ['2026-03-08', '2026-11-01']],
      ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']],
    ] as const) {
      const plain = IANAZone.create(name);
      const cached = zones(plain);
      for (const day of days) {
        const start = DateTime.fromISO(day, { zone: 'utc' }).minus({ hours: 18 }).toMillis();
        for (let ts = start; ts < start + 48 * 3_600_000; ts += 60_000)
          assert.equal(cached.offset(ts), plain.offset(ts), `${name} ${new Date(ts).toISOString()}`);
      }
    }
  });

  it('stays an IANA zone equal to the plain one, so dates built in it format and compare the same', () => {
    const zone = createZoneCache()(IANAZone.create('America/New_York'));
    const text = '2026-11-01T01:30:00-05:00';
    const a = DateTime.fromISO(text, { zone });
    const b = DateTime.fromISO(text, { zone: 'America/New_York' });
    assert.equal(zone.type, 'iana');
    assert.ok(zone.equals(b.zone) && b.zone.equals(zone));
    assert.equal(a.toISO(), b.toISO());
    assert.equal(a.toFormat('cccc, LLLL d, h:mm a ZZZZ'), b.toFormat('cccc, LLLL d, h:mm a ZZZZ'));
    assert.equal(a.setZone('America/New_York').zone, a.zone, 'setZone to the same zone keeps the date');
  });
});

describe('day range test', () => {
  it('agrees with comparing calendar days in the range zone, for any instant and range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instant,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -3 * 86_400_000, max: 45 * 86_400_000 }),
        fc.boolean(),
        (zone, startMs, days, offsetMs, endsAtMidnight) => {
          const start = DateTime.fromMillis(startMs, { zone }).startOf('day');
          // A range ending at the start of its last day still takes all of that day.
          const range = { start, end: endsAtMidnight ? start.plus({ days }) : start.plus({ days }).endOf('day') };
          const date = DateTime.fromMillis(startMs + offsetMs, { zone: 'utc' });
          const day = date.setZone(zone).toISODate() ?? '';
          const expected = day >= (range.start.toISODate() ?? '') && day <= (range.end.toISODate() ?? '');
          assert.equal(dayRangeTest(range)({ date }), expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('offset timestamps read without luxon', () => {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const stamp = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.option(fc.integer({ min: 0, max: 61 })),
      fraction: fc.option(fc.stringMatching(/^\d{1,12}$/)),
      separator: fc.constantFrom('.', ','),
      offset: fc.oneof(
        fc.constantFrom('Z', 'z', ''),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 24 }),
            fc.integer({ min: 0, max: 60 }),
            fc.constantFrom(':', '', 'none'),
          )
          .map(([sign, h, m, sep]) => `${sign}${pad(h, 2)}${sep === 'none' ? '' : `${sep}${pad(m, 2)}`}`),
      ),
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}` +
        `${p.second === null ? '' : `:${pad(p.second, 2)}${p.fraction === null ? '' : `${p.separator}${p.fraction}`}`}${p.offset}`,
    );

  it('gives the instant luxon gives, or leaves the text to luxon', () => {
    fc.assert(
      fc.property(stamp, (text) => {
        const fast = offsetTimestampMillis(text);
        const luxon = DateTime.fromISO(text, { zone: 'America/New_York' });
        if (fast !== undefined) {
          assert.ok(luxon.isValid, `${text}: luxon refuses what the fast path read`);
          assert.equal(fast, luxon.toMillis(), text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual bank forms itself, in the zone asked for', () => {
    const zone = createZoneCache()(IANAZone.create('America/New_York'));
    for (const text of [
      '2026-11-24T10:33:00-05:00',
      '2026-11-24T15:33:00Z',
      '2026-11-24T15:33:00.375Z',
      '2026-11-24T16:33+0100',
      '2026-02-28T23:59:59.999+00',
    ]) {
      assert.notEqual(offsetTimestampMillis(text), undefined, text);
      const read = requiredInstant(text, zone, 'x');
      const slow = DateTime.fromISO(text, { zone: 'America/New_York' });
      assert.equal(read.toISO(), slow.toISO(), text);
    }
    for (const text of [
      '2026-11-24',
      '2026-11-24T10:33:00',
      '2026-W48-2T10:00Z',
      '2026-02-29T10:00Z',
      '2026-11-24T24:00Z',
    ])
      assert.equal(offsetTimestampMillis(text), undefined, text);
  });
});
