import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import nock from 'nock';
import { createRoundTrips } from '../../shared/bank/round-trips';
import type { DateRange } from '../../shared/bank';
import { makeClient, ORIGIN, PREFIX, TOKEN } from './helpers';

const PATH = `${PREFIX}/accounts/dep-0001/transactions`;

interface ModelItem {
  readonly id: string;
  /** An instant, ISO with offset. */
  readonly at: string;
}

interface ModelBank {
  readonly items: readonly ModelItem[];
  readonly zone: string;
  readonly pageSize: number;
  readonly paging: 'pageKey' | 'href' | 'offset';
  readonly sendTotal: boolean;
  /** How the bank writes timestamps: with the zone's offset, in UTC with `Z`, or with a fraction. */
  readonly stamps?: 'offset' | 'utc' | 'fraction';
}

function stamp(at: string, style: ModelBank['stamps']): string {
  if (style === 'utc')
    return DateTime.fromISO(at, { setZone: true }).toUTC().toISO({ suppressMilliseconds: true }) ?? at;
  if (style === 'fraction') return DateTime.fromISO(at, { setZone: true }).toUTC().toISO() ?? at;
  return at;
}

const days = new Map<string, string>();

/** The item's calendar day in the bank's zone (remembered: a busy model bank asks it often). */
function dayOf(at: string, zone: string): string {
  const key = `${zone} ${at}`;
  let day = days.get(key);
  if (day === undefined) days.set(key, (day = DateTime.fromISO(at).setZone(zone).toISODate() ?? ''));
  return day;
}

/** The bank's answer to one request: its date filter on calendar days in its zone, then one page. */
function answer(bank: ModelBank, uri: string): Record<string, unknown> {
  const url = new URL(uri, ORIGIN);
  const from = url.searchParams.get('startDate') ?? '';
  const to = url.searchParams.get('endDate') ?? '';
  const cursor =
    url.searchParams.get('pageKey') ?? url.searchParams.get('offset') ?? url.searchParams.get('cursor') ?? '0';
  const offset = Number(cursor);
  const matching = bank.items.filter((item) => {
    const day = dayOf(item.at, bank.zone);
    return day >= from && day <= to;
  });
  const end = offset + bank.pageSize;
  const transactions = matching.slice(offset, end).map((item) => ({
    transactionId: item.id,
    transactionTimestamp: stamp(item.at, bank.stamps),
    postedTimestamp: stamp(item.at, bank.stamps),
    description: 'X',
    amount: 1,
    debitCreditMemo: 'DEBIT',
    status: 'POSTED',
  }));
  const more = end < matching.length;
  const page: Record<string, unknown> = bank.sendTotal ? { totalElements: matching.length } : {};
  const links: Record<string, unknown> = {};
  if (more && bank.paging === 'pageKey') page['nextPageKey'] = String(end);
  if (more && bank.paging === 'offset') page['nextOffset'] = end;
  if (more && bank.paging === 'href') {
    const next = new URLSearchParams(url.searchParams);
    next.set('cursor', String(end));
    links['next'] = { href: `${PATH}?${next.toString()}` };
  }
  return { page, links, transactions };
}

function serve(bank: ModelBank): nock.Scope {
  return nock(ORIGIN)
    .persist()
    .get(PATH)
    .query(true)
    .reply(200, (uri) => answer(bank, uri));
}

function rangeOf(startDay: string, days: number, zone: string): DateRange {
  const start = DateTime.fromISO(startDay, { zone }).startOf('day');
  return { start, end: start.plus({ days: days - 1 }).endOf('day') };
}

/** A bank's history: instants anywhere in and around the range, many right on day edges. */
const scenario = fc.record({
  zone: fc.constantFrom('America/New_York', 'Pacific/Auckland', 'UTC'),
  days: fc.integer({ min: 1, max: 40 }),
  offsets: fc.array(
    fc.record({
      day: fc.integer({ min: -1, max: 41 }),
      edge: fc.constantFrom('start', 'end', 'inside'),
      minute: fc.integer({ min: 0, max: 1439 }),
    }),
    { maxLength: 160 },
  ),
  pageSize: fc.integer({ min: 1, max: 30 }),
  paging: fc.constantFrom('pageKey', 'href', 'offset'),
  sendTotal: fc.boolean(),
  maxWindows: fc.integer({ min: 2, max: 40 }),
  shuffleSeed: fc.integer(),
  stamps: fc.constantFrom('offset', 'utc', 'fraction'),
  maxConcurrentPerCustomer: fc.constantFrom(1, 3, 300),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function itemsOf(s: Scenario, range: DateRange): ModelItem[] {
  const items = s.offsets.map((o, i) => {
    const day = range.start.plus({ days: o.day });
    const at =
      o.edge === 'start'
        ? day.startOf('day')
        : o.edge === 'end'
          ? day.endOf('day')
          : day.startOf('day').plus({ minutes: o.minute });
    return { id: `t-${i}`, at: at.toISO() ?? '' };
  });
  // The bank's own order, the same for every request: a seeded shuffle (not necessarily by date).
  let seed = s.shuffleSeed;
  return items
    .map((item) => ({ item, key: (seed = (seed * 1103515245 + 12345) | 0) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

describe('windowed transaction fetching', () => {
  afterEach(() => nock.cleanAll());

  it('returns exactly what sequential paging returns, in the same order, for any bank, page size and windows', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const range = rangeOf('2026-03-01', s.days, s.zone);
        const bank: ModelBank = {
          items: itemsOf(s, range),
          zone: s.zone,
          pageSize: s.pageSize,
          paging: s.paging,
          sendTotal: s.sendTotal,
          stamps: s.stamps,
        };
        serve(bank);
        try {
          const limits = { timeoutMs: 5000, maxPages: 1000 };
          const sequential = await makeClient({ ...limits, dateWindows: false }).listTransactions(
            TOKEN,
            'dep-0001',
            range,
          );
          const windowed = await makeClient({
            ...limits,
            maxWindows: s.maxWindows,
            maxConcurrentPerCustomer: s.maxConcurrentPerCustomer,
          }).listTransactions(TOKEN, 'dep-0001', range);
          assert.deepEqual(
            windowed.map((t) => [t.id, t.date.toISO()]),
            sequential.map((t) => [t.id, t.date.toISO()]),
          );
        } finally {
          nock.cleanAll();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads a busy 90 days of three accounts at once under the default caps: probe, then one wave of day windows', async () => {
    const zone = 'America/New_York';
    const range = rangeOf('2026-03-01', 90, zone);
    const ids = ['dep-0001', 'dep-0002', 'dep-0003'];
    // 22 items a day, every day: each account needs its 90 one-day windows (50 items a page).
    const items = Array.from({ length: 90 * 22 }, (_, i) => ({
      id: `t-${i}`,
      at: range.start.plus({ minutes: Math.floor(i / 22) * 1440 + (i % 22) * 60 }).toISO() ?? '',
    }));
    const bank: ModelBank = { items, zone, pageSize: 50, paging: 'pageKey', sendTotal: true };
    const paths = ids.map((id) => `${PREFIX}/accounts/${id}/transactions`);
    for (const path of paths)
      nock(ORIGIN)
        .persist()
        .get(path)
        .query(true)
        .reply(200, (uri) => answer(bank, uri));
    const roundTrips = createRoundTrips();
    const client = makeClient({ timeoutMs: 10_000 });
    const lists = await Promise.all(ids.map((id) => client.listTransactions(TOKEN, id, range, { roundTrips })));
    assert.deepEqual(
      lists.map((list) => list.length),
      [1980, 1980, 1980],
    );
    const counts = roundTrips.counts();
    assert.equal(counts.calls, 3 * 91, JSON.stringify(counts));
    assert.equal(counts.criticalPath, 2, `no call waited for a slot: ${JSON.stringify(counts)}`);
  });

  it('answers a range that fits in one page with that one call', async () => {
    const scope = nock(ORIGIN).get(PATH).query(true).reply(200, { transactions: [] });
    const roundTrips = createRoundTrips();
    await makeClient().listTransactions(TOKEN, 'dep-0001', rangeOf('2026-03-01', 30, 'UTC'), { roundTrips });
    scope.done();
    assert.deepEqual(roundTrips.counts(), { calls: 1, criticalPath: 1, partial: false });
  });

  it('fetches a busy month as a probe and then windows side by side: two calls on the critical path', async () => {
    const range = rangeOf('2026-03-01', 30, 'UTC');
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: `t-${i}`,
      at: range.start.plus({ minutes: i * 144 }).toISO() ?? '',
    }));
    const scope = serve({ items, zone: 'UTC', pageSize: 50, paging: 'pageKey', sendTotal: true });
    const roundTrips = createRoundTrips();
    const list = await makeClient({ timeoutMs: 5000 }).listTransactions(TOKEN, 'dep-0001', range, { roundTrips });
    scope.persist(false);
    assert.equal(list.length, 300);
    const counts = roundTrips.counts();
    assert.equal(counts.criticalPath, 2, JSON.stringify(counts));
    assert.ok(counts.calls >= 9 && counts.calls <= 12, JSON.stringify(counts));
  });

  it('keeps at most maxConcurrentPerCustomer calls in flight, and says so on the critical path', async () => {
    const range = rangeOf('2026-03-01', 30, 'UTC');
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: `t-${i}`,
      at: range.start.plus({ minutes: i * 144 }).toISO() ?? '',
    }));
    const bank: ModelBank = { items, zone: 'UTC', pageSize: 50, paging: 'pageKey', sendTotal: true };
    let inFlight = 0;
    let most = 0;
    nock(ORIGIN)
      .persist()
      .get(PATH)
      .query(true)
      .reply(200, async (uri) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return answer(bank, uri);
      });
    const roundTrips = createRoundTrips();
    const list = await makeClient({ maxConcurrentPerCustomer: 3, timeoutMs: 5000 }).listTransactions(
      TOKEN,
      'dep-0001',
      range,
      { roundTrips },
    );
    assert.equal(list.length, 300);
    assert.ok(most <= 3, `at most 3 in flight, saw ${most}`);
    assert.ok(roundTrips.counts().criticalPath >= 4, JSON.stringify(roundTrips.counts()));
  });

  it('marks the answer partial when the windows hold more than maxTransactions, keeping the newest', async () => {
    const range = rangeOf('2026-03-01', 10, 'UTC');
    const items = Array.from({ length: 100 }, (_, i) => ({
      id: `t-${i}`,
      at: range.start.plus({ hours: i * 2 }).toISO() ?? '',
    }));
    serve({ items, zone: 'UTC', pageSize: 20, paging: 'pageKey', sendTotal: true });
    const roundTrips = createRoundTrips();
    const list = await makeClient({ maxTransactions: 30, timeoutMs: 5000 }).listTransactions(TOKEN, 'dep-0001', range, {
      roundTrips,
    });
    assert.equal(list.length, 30);
    assert.equal(list[0]?.id, 't-99');
    assert.equal(roundTrips.counts().partial, true);
  });
});
