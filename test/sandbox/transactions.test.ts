import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  allPages,
  body,
  get,
  TODAY,
  useSandbox,
  type ErrorBody,
  type TransactionItem,
  type TransactionsPage,
} from './helpers';

const ZONE = 'America/New_York';
const CARD = '/accounts/acc-alex-card/transactions';

function localDate(item: TransactionItem): string {
  return DateTime.fromISO(item.transactionTimestamp, { zone: ZONE }).toISODate() ?? 'invalid';
}

describe('sandbox transactions', () => {
  const sandbox = useSandbox();
  let everything: TransactionItem[] = [];

  before(async () => {
    const pages = await allPages<TransactionsPage>(sandbox.url, CARD, 'demo-alex');
    everything = pages.flatMap((p) => p.transactions);
  });

  it('pages a busy account 25 at a time, newest first, with the total on every page', async () => {
    const pages = await allPages<TransactionsPage>(sandbox.url, CARD, 'demo-alex');
    assert.ok(pages.length >= 3);
    assert.ok(pages.slice(0, -1).every((p) => p.transactions.length === 25));
    assert.ok(pages.every((p) => p.page.totalElements === everything.length));
    const stamps = everything.map((t) => DateTime.fromISO(t.transactionTimestamp).toMillis());
    assert.deepEqual(
      stamps,
      [...stamps].sort((a, b) => b - a),
    );
    assert.equal(new Set(everything.map((t) => t.transactionId)).size, everything.length);
  });

  it('sends FDX items with offset timestamps, absolute amounts and no posted time while pending', () => {
    for (const t of everything) {
      assert.match(t.transactionTimestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      assert.ok(t.amount > 0);
      assert.ok(['DEBIT', 'CREDIT'].includes(t.debitCreditMemo));
      assert.equal(t.accountCategory, 'LOC_ACCOUNT');
      assert.ok(
        t.category !== '' &&
          (t.transactionPayee.merchantName?.name1 ?? t.transactionPayee.individualName?.last ?? '') !== '' &&
          t.description !== '',
      );
      assert.equal(t.status === 'PENDING', t.postedTimestamp === undefined);
    }
    const pending = everything.filter((t) => t.status === 'PENDING');
    assert.ok(pending.length >= 1 && pending.every((t) => localDate(t) >= '2025-03-12' && localDate(t) < TODAY));
    assert.ok(everything.every((t) => localDate(t) >= '2024-12-14' && localDate(t) < TODAY));
  });

  it('filters to the inclusive date range in the sandbox zone, both ends included', async () => {
    const dates = [...new Set(everything.map(localDate))].sort();
    const start = dates[3];
    const end = dates[12];
    assert.ok(start !== undefined && end !== undefined);
    const expected = everything.filter((t) => localDate(t) >= start && localDate(t) <= end).map((t) => t.transactionId);
    const pages = await allPages<TransactionsPage>(
      sandbox.url,
      `${CARD}?startTime=${start}&endTime=${end}`,
      'demo-alex',
    );
    const got = pages.flatMap((p) => p.transactions);
    assert.deepEqual(
      got.map((t) => t.transactionId),
      expected,
    );
    assert.ok(got.some((t) => localDate(t) === start) && got.some((t) => localDate(t) === end));
    assert.ok(got.length < everything.length);
  });

  it('returns exactly one day for a one-day range, also when asked with startDate and endDate', async () => {
    const day = localDate(everything[5] ?? everything[0] ?? ({} as TransactionItem));
    for (const [s, e] of [
      ['startTime', 'endTime'],
      ['startDate', 'endDate'],
    ]) {
      const page = body<TransactionsPage>(
        await get(sandbox.url, `${CARD}?${s}=${day}&${e}=${day}`, { token: 'demo-alex' }),
      );
      assert.ok(page.transactions.length >= 1);
      assert.ok(page.transactions.every((t) => localDate(t) === day));
      assert.equal(page.transactions.length, everything.filter((t) => localDate(t) === day).length);
    }
  });

  it('keeps the date range in links.next so a busy range pages without widening', async () => {
    const first = body<TransactionsPage>(
      await get(sandbox.url, `${CARD}?startTime=2025-01-01&endTime=2025-03-13&limit=5`, { token: 'demo-alex' }),
    );
    const href = first.links.next?.href;
    assert.ok(href !== undefined);
    const next = new URL(href, 'http://x');
    assert.equal(next.pathname, CARD);
    assert.deepEqual(
      [next.searchParams.get('startTime'), next.searchParams.get('endTime'), next.searchParams.get('limit')],
      ['2025-01-01', '2025-03-13', '5'],
    );
    const second = body<TransactionsPage>(await get(sandbox.url, href, { token: 'demo-alex' }));
    assert.equal(second.transactions.length, 5);
    assert.ok(second.transactions.every((t) => localDate(t) >= '2025-01-01'));
  });

  it('answers 400 with FDX code 702 for a start or end that is not a calendar date', async () => {
    const queries = [
      'startTime=yesterday&endTime=2025-03-01',
      'startTime=2025-03-01&endTime=2025-13-01',
      'startTime=2025-02-30&endTime=2025-03-01',
      'startDate=2025-3-1&endDate=2025-03-02',
      'startTime=&endTime=2025-03-01',
      'startTime=2025-03-01T00:00:00Z&endTime=2025-03-02',
    ];
    for (const query of queries) {
      const reply = await get(sandbox.url, `${CARD}?${query}`, { token: 'demo-alex' });
      assert.equal(reply.status, 400, query);
      assert.deepEqual(body<ErrorBody>(reply), { code: '702', message: 'Invalid start or end date' }, query);
    }
  });

  it('answers 400 with FDX code 703 for a reversed range or only one end of it', async () => {
    for (const query of ['startTime=2025-03-10&endTime=2025-03-01', 'startTime=2025-03-01', 'endDate=2025-03-01']) {
      const reply = await get(sandbox.url, `${CARD}?${query}`, { token: 'demo-alex' });
      assert.equal(reply.status, 400, query);
      assert.deepEqual(body<ErrorBody>(reply), { code: '703', message: 'Invalid date range' }, query);
    }
  });

  it("shows Sam's pending items without a posted timestamp", async () => {
    const page = body<TransactionsPage>(
      await get(sandbox.url, '/accounts/acc-sam-chk/transactions?startTime=2025-03-11&endTime=2025-03-14', {
        token: 'demo-sam',
      }),
    );
    const pending = page.transactions.filter((t) => t.status === 'PENDING');
    assert.ok(pending.length >= 3);
    assert.ok(pending.every((t) => t.postedTimestamp === undefined));
    assert.ok(page.transactions.some((t) => t.transactionPayee.merchantName?.name1 === "McDonald's"));
  });
});
