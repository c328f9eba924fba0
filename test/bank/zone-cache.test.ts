import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { dayRangeTest } from '../../shared/bank/parse-transactions';
import { createZoneCache } from '../../shared/bank/zone-cache';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'UTC', 'Africa/Casablanca'];
/** 2000-01-01 to 2040-01-01. */
const instant = fc.integer({ min: 946_684_800_000, max: 2_208_988_800_000 });

describe('hour-cached time zones', () => {
  it('give the same offset as luxon at any instant, around daylight-saving changes too', () => {
    const zones = createZoneCache();
    fc.assert(fc.property(fc.constantFrom(...ZONES), instant, fc.integer({ min: -7200_000, max: 7200_000 }), (name, ms, nudge) => {
      const plain = IANAZone.create(name);
      const cached = zones(plain);
      // The instant and one up to two hours away: the second often lands in the cached hour of the first.
      for (const ts of [ms, ms + nudge]) assert.equal(cached.offset(ts), plain.offset(ts), `${name} at ${new Date(ts).toISOString()}`);
    }), { numRuns: 400 });
  });

  it('is exact minute by minute across the spring and autumn changes', () => {
    const zones = createZoneCache();
    for (const [name, days] of [['America/New_York', ['2026-03-08', '2026-11-01']], ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']]] as const) {
      const plain = IANAZone.create(name);
      const cached = zones(plain);
      for (const day of days) {
        const start = DateTime.fromISO(day, { zone: 'utc' }).minus({ hours: 18 }).toMillis();
        for (let ts = start; ts < start + 48 * 3_600_000; ts += 60_000) assert.equal(cached.offset(ts), plain.offset(ts), `${name} ${new Date(ts).toISOString()}`);
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
    fc.assert(fc.property(fc.constantFrom(...ZONES), instant, fc.integer({ min: 0, max: 40 }), fc.integer({ min: -3 * 86_400_000, max: 45 * 86_400_000 }), fc.boolean(), (zone, startMs, days, offsetMs, endsAtMidnight) => {
      const start = DateTime.fromMillis(startMs, { zone }).startOf('day');
      // A range ending at the start of its last day still takes all of that day.
      const range = { start, end: endsAtMidnight ? start.plus({ days }) : start.plus({ days }).endOf('day') };
      const date = DateTime.fromMillis(startMs + offsetMs, { zone: 'utc' });
      const day = date.setZone(zone).toISODate() ?? '';
      const expected = day >= (range.start.toISODate() ?? '') && day <= (range.end.toISODate() ?? '');
      assert.equal(dayRangeTest(range)({ date }), expected);
    }), { numRuns: 400 });
  });
});
