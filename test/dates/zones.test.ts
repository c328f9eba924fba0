import assert from 'node:assert/strict';
import { resolveAmazonDate } from '../../skills/alexa/dates';
import { at, instantIn, isoRange } from './helpers';

describe('period boundaries in the user zone', () => {
  it('starts and ends today at local midnight in Los Angeles while UTC is already on the next day', () => {
    const now = instantIn('2026-11-29T02:30:00Z', 'America/Los_Angeles');
    assert.deepEqual(isoRange(resolveAmazonDate('PRESENT_REF', now)), [
      '2026-11-28T00:00:00.000-08:00',
      '2026-11-28T23:59:59.999-08:00',
    ]);
  });

  it('starts and ends today at local midnight in Auckland while UTC is still on the previous day', () => {
    const now = instantIn('2026-11-29T12:30:00Z', 'Pacific/Auckland');
    assert.deepEqual(isoRange(resolveAmazonDate('PRESENT_REF', now)), [
      '2026-11-30T00:00:00.000+13:00',
      '2026-11-30T23:59:59.999+13:00',
    ]);
  });

  it('keeps local midnight and end of day across the autumn US DST change', () => {
    const now = at('2026-11-29T10:00', 'America/New_York');
    assert.deepEqual(isoRange(resolveAmazonDate('2026-W44', now)), [
      '2026-10-26T00:00:00.000-04:00',
      '2026-11-01T23:59:59.999-05:00',
    ]);
  });

  it('keeps local midnight and end of day across the spring US DST change', () => {
    const now = at('2026-11-29T10:00', 'America/Chicago');
    assert.deepEqual(isoRange(resolveAmazonDate('2026-W10', now)), [
      '2026-03-02T00:00:00.000-06:00',
      '2026-03-08T23:59:59.999-05:00',
    ]);
  });

  it('keeps local boundaries across the New Zealand DST change', () => {
    const now = at('2026-11-29T10:00', 'Pacific/Auckland');
    assert.deepEqual(isoRange(resolveAmazonDate('2026-W39', now)), [
      '2026-09-21T00:00:00.000+12:00',
      '2026-09-27T23:59:59.999+13:00',
    ]);
  });

  it('starts a day whose midnight DST skipped at its first real instant', () => {
    // Brazil moved clocks from 00:00 to 01:00 on 2018-11-04.
    const now = at('2018-11-20T10:00', 'America/Sao_Paulo');
    assert.deepEqual(isoRange(resolveAmazonDate('2018-11-04', now)), [
      '2018-11-04T01:00:00.000-02:00',
      '2018-11-04T23:59:59.999-02:00',
    ]);
  });

  it('cuts at the end of the local today, not the UTC one', () => {
    const now = instantIn('2026-11-29T02:30:00Z', 'America/Los_Angeles');
    assert.deepEqual(isoRange(resolveAmazonDate('2026-11', now)), [
      '2026-11-01T00:00:00.000-07:00',
      '2026-11-28T23:59:59.999-08:00',
    ]);
  });
});
