import assert from 'node:assert/strict';
import { createCallGate } from '../../shared/bank/concurrency';
import { createRoundTrips, longestChain } from '../../shared/bank/round-trips';
import { splitRange, windowCount } from '../../shared/bank/windows';
import { DateTime } from 'luxon';

describe('round trips, call gate and windows', () => {
  it('counts calls that overlap as one step and calls one after another as a chain', () => {
    const trips = createRoundTrips();
    const list = trips.begin();
    list();
    const a = trips.begin();
    const b = trips.begin();
    a();
    const c = trips.begin(); // starts after a ended, while b still runs
    b();
    c();
    assert.deepEqual(trips.counts(), { calls: 4, criticalPath: 3, partial: false });
    assert.equal(longestChain([]), 0);
  });

  it('lets a waiting call in only when a running one of the same customer ends, and drops it on abort', async () => {
    const gate = createCallGate({ perCustomer: 1, perBank: 10 });
    const first = await gate.acquire('t', undefined);
    let second = false;
    const waiting = gate.acquire('t', undefined).then((release) => ((second = true), release));
    const other = await gate.acquire('u', undefined); // another customer is not held up
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(second, false);
    const controller = new AbortController();
    const aborted = gate.acquire('t', controller.signal);
    controller.abort();
    await assert.rejects(aborted, /aborted/);
    first();
    (await waiting)();
    other();
    assert.equal(second, true);
  });

  it('cuts a range into whole-day windows, newest first, that cover it exactly', () => {
    const start = DateTime.fromISO('2026-03-01', { zone: 'America/New_York' });
    const range = { start, end: start.plus({ days: 9 }).endOf('day') };
    const windows = splitRange(range, 3);
    assert.deepEqual(
      windows.map((w) => [w.start.toISODate(), w.end.toISODate()]),
      [
        ['2026-03-07', '2026-03-10'],
        ['2026-03-04', '2026-03-06'],
        ['2026-03-01', '2026-03-03'],
      ],
    );
    assert.equal(windows[0]?.end.toMillis(), range.end.toMillis());
    assert.equal(windowCount(300, 50, 30, 93), 10);
    assert.equal(windowCount(2000, 50, 90, 93), 90, 'single days once windows would be under two days');
    assert.equal(windowCount(2000, 50, 90, 40), 40);
  });
});
