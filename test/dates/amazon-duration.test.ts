import assert from 'node:assert/strict';
import { cutAtHistory } from '../../shared/dates';
import { resolveAmazonDuration } from '../../skills/alexa/dates';
import { at, instantIn, NEW_YORK_SUNDAY, summary } from './helpers';

describe('resolveAmazonDuration', () => {
  it('reads a duration as the span of that length ending with today', () => {
    const rows: ReadonlyArray<readonly [string, string]> = [
      ['P1D', '2026-11-29..2026-11-29 duration'],
      ['P3D', '2026-11-27..2026-11-29 duration'],
      ['P1W', '2026-11-23..2026-11-29 duration'],
      ['P2W', '2026-11-16..2026-11-29 duration'],
      ['P1M', '2026-10-30..2026-11-29 duration'],
      ['P1Y', '2025-11-30..2026-11-29 duration'],
      ['P1Y2M', '2025-09-30..2026-11-29 duration'],
      ['P1W3D', '2026-11-20..2026-11-29 duration'],
    ];
    for (const [value, expected] of rows) {
      assert.equal(summary(resolveAmazonDuration(value, NEW_YORK_SUNDAY), NEW_YORK_SUNDAY), expected, value);
    }
  });

  it('ends on the local today where that differs from the UTC date', () => {
    const losAngeles = instantIn('2026-11-29T02:30:00Z', 'America/Los_Angeles');
    assert.equal(summary(resolveAmazonDuration('P2W', losAngeles), losAngeles), '2026-11-15..2026-11-28 duration');
  });

  it('cuts a duration at the history start', () => {
    const historyStart = at('2026-11-20T09:00', 'America/New_York');
    assert.equal(
      summary(cutAtHistory(resolveAmazonDuration('P1M', NEW_YORK_SUNDAY), historyStart), NEW_YORK_SUNDAY),
      '2026-11-20..2026-11-29 duration adjusted',
    );
  });

  it('calls time-only, mixed, zero, fractional and garbage durations malformed', () => {
    const values = [
      'PT2H',
      'P1DT2H',
      'PT0S',
      'P0D',
      'P0Y0M',
      'P',
      '',
      'P1.5D',
      'P-1D',
      '2W',
      'p2w',
      'P2w',
      'P2D1W',
      'P99999Y',
      'two weeks',
    ];
    for (const value of values)
      assert.deepEqual(resolveAmazonDuration(value, NEW_YORK_SUNDAY), { ok: false, reason: 'malformed' }, value);
  });
});
