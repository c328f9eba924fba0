import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import nock from 'nock';
import { createRoundTrips } from '../../shared/bank/round-trips';
import { sum } from '../../shared/money/money';
import { dayRange, fixture, JSON_HEADERS, makeClient, ORIGIN, PREFIX, rejectsWithKind, TOKEN } from './helpers';
import { testClock } from '../support/clock';

const TXNS = `${PREFIX}/accounts/dep-0001/transactions`;
const MARCH = { startTime: '2026-03-01', endTime: '2026-03-31', startDate: '2026-03-01', endDate: '2026-03-31' };

function txn(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: id,
    transactionTimestamp: '2026-03-10T12:00:00Z',
    postedTimestamp: '2026-03-10T13:00:00Z',
    description: 'X',
    amount: 1,
    debitCreditMemo: 'DEBIT',
    status: 'POSTED',
    ...extra,
  };
}

describe('listTransactions', () => {
  // Sequential paging (dateWindows off); windowed fetching has its own tests in windowed-fetch.test.ts.
  const sequential = { dateWindows: false } as const;

  it('sends the range as v5 and v6 dates, follows pageKey, and maps every item newest first', async () => {
    const scope = nock(ORIGIN)
      .get(TXNS)
      .query(MARCH)
      .reply(200, fixture('transactions-page-1.json'), JSON_HEADERS)
      .get(TXNS)
      .query({ ...MARCH, pageKey: 'k-2' })
      .reply(200, fixture('transactions-page-2.json'), JSON_HEADERS);
    const list = await makeClient(sequential).listTransactions(TOKEN, 'dep-0001', dayRange('2026-03-01', '2026-03-31'));
    scope.done();
    assert.deepEqual(
      list.map((t) => t.id),
      ['t-103', 't-102', 't-101', 't-100'],
    );
    const [att2, att1, payroll, coffee] = list;
    assert.deepEqual(coffee?.amount, { minor: -575, currency: 'USD' });
    assert.deepEqual(payroll?.amount, { minor: 250000, currency: 'USD' });
    assert.equal(coffee.payee, 'Starbucks');
    assert.equal(payroll.payee, 'Acme Corp');
    assert.equal(coffee.category, 'Food & Dining');
    assert.equal(coffee.description, 'STARBUCKS #1234 SEATTLE');
    assert.equal(coffee.pending, false);
    assert.equal(att1?.pending, true, 'status PENDING');
    assert.equal(att2?.pending, true, 'no postedTimestamp');
    assert.ok(!('payee' in (att1 ?? {})) && !('category' in (att1 ?? {})));
  });

  it('adds amounts exactly: 0.10 + 0.20 is 30 minor units', async () => {
    const scope = nock(ORIGIN).get(TXNS).query(MARCH).reply(200, fixture('transactions-page-2.json'), JSON_HEADERS);
    const list = await makeClient().listTransactions(TOKEN, 'dep-0001', dayRange('2026-03-01', '2026-03-31'));
    scope.done();
    assert.deepEqual(
      sum(
        list.map((t) => t.amount),
        'USD',
      ),
      { minor: -30, currency: 'USD' },
    );
  });

  it('puts dates in the range zone, transaction time first, posted time as fallback', async () => {
    const body = {
      transactions: [
        txn('a', { transactionTimestamp: '2026-03-10T03:30:00Z' }),
        txn('b', { transactionTimestamp: undefined, postedTimestamp: '2026-03-12T01:00:00Z' }),
        txn('c', { transactionTimestamp: '2026-03-11', postedTimestamp: undefined }),
      ],
    };
    const scope = nock(ORIGIN).get(TXNS).query(MARCH).reply(200, body);
    const list = await makeClient().listTransactions(
      TOKEN,
      'dep-0001',
      dayRange('2026-03-01', '2026-03-31', 'America/Los_Angeles'),
    );
    scope.done();
    assert.deepEqual(
      list.map((t) => [t.id, t.date.zoneName, t.date.toISO()]),
      [
        ['b', 'America/Los_Angeles', '2026-03-11T18:00:00.000-07:00'],
        ['c', 'America/Los_Angeles', '2026-03-11T00:00:00.000-07:00'],
        ['a', 'America/Los_Angeles', '2026-03-09T20:30:00.000-07:00'],
      ],
    );
  });

  it('sends the calendar days of the range in its own zone, not in UTC', async () => {
    const zone = 'Pacific/Auckland';
    const range = {
      start: DateTime.fromISO('2026-03-01T00:00', { zone }),
      end: DateTime.fromISO('2026-03-01T23:59:59', { zone }),
    };
    const day = { startTime: '2026-03-01', endTime: '2026-03-01', startDate: '2026-03-01', endDate: '2026-03-01' };
    const scope = nock(ORIGIN).get(TXNS).query(day).reply(200, { transactions: [] });
    assert.deepEqual(await makeClient().listTransactions(TOKEN, 'dep-0001', range), []);
    scope.done();
  });

  it('signs DEBIT negative and CREDIT positive whatever sign the bank sent, and keeps MEMO as sent', async () => {
    const body = {
      transactions: [
        txn('d', { amount: '-4.00', debitCreditMemo: 'DEBIT' }),
        txn('c', { amount: -3, debitCreditMemo: 'CREDIT' }),
        txn('m1', { amount: '2.5', debitCreditMemo: 'MEMO' }),
        txn('m2', { amount: '-1.25', debitCreditMemo: 'memo' }),
        txn('z', { amount: '0.00', debitCreditMemo: 'DEBIT' }),
      ],
    };
    const scope = nock(ORIGIN).get(TXNS).query(MARCH).reply(200, body);
    const list = await makeClient().listTransactions(TOKEN, 'dep-0001', dayRange('2026-03-01', '2026-03-31'));
    scope.done();
    assert.deepEqual(
      list.map((t) => [t.id, t.amount.minor]),
      [
        ['d', -400],
        ['c', 300],
        ['m1', 250],
        ['m2', -125],
        ['z', 0],
      ],
    );
    assert.ok(Object.is(list[4]?.amount.minor, 0), 'a zero debit is +0');
  });

  it('reads every wrapper kind and payee form, and a transaction currency', async () => {
    const body = {
      transactions: [
        { locTransaction: txn('l', { transactionPayee: 'Shell', transactionTimestamp: '2026-03-04T00:00:00Z' }) },
        { loanTransaction: txn('n', { payee: { name: 'Mortgage Co' }, transactionTimestamp: '2026-03-03T00:00:00Z' }) },
        {
          investmentTransaction: txn('i', {
            currency: { currencyCode: 'EUR' },
            amount: '9.99',
            transactionTimestamp: '2026-03-02T00:00:00Z',
          }),
        },
      ],
    };
    const scope = nock(ORIGIN).get(TXNS).query(MARCH).reply(200, body);
    const list = await makeClient().listTransactions(TOKEN, 'dep-0001', dayRange('2026-03-01', '2026-03-31'));
    scope.done();
    assert.deepEqual(
      list.map((t) => [t.id, t.payee, t.amount.currency]),
      [
        ['l', 'Shell', 'USD'],
        ['n', 'Mortgage Co', 'USD'],
        ['i', undefined, 'EUR'],
      ],
    );
  });

  it('follows links.next.href and then page.nextOffset', async () => {
    const scope = nock(ORIGIN)
      .get(TXNS)
      .query(MARCH)
      .reply(200, { links: { next: { href: `${TXNS}?cursor=c2` } }, transactions: [txn('1')] })
      .get(TXNS)
      .query({ cursor: 'c2' })
      .reply(206, { page: { nextOffset: '20' }, transactions: [txn('2')] })
      .get(TXNS)
      .query({ ...MARCH, offset: '20' })
      .reply(200, { transactions: [txn('3')] });
    const list = await makeClient(sequential).listTransactions(TOKEN, 'dep-0001', dayRange('2026-03-01', '2026-03-31'));
    scope.done();
    assert.deepEqual(list.map((t) => t.id).sort(), ['1', '2', '3']);
  });

  it('stops at maxTransactions without throwing and asks for no further page', async () => {
    const scope = nock(ORIGIN)
      .get(TXNS)
      .query(MARCH)
      .reply(200, { page: { nextPageKey: 'more' }, transactions: [txn('1'), txn('2'), txn('3')] });
    const roundTrips = createRoundTrips();
    const list = await makeClient({ ...sequential, maxTransactions: 2 }).listTransactions(
      TOKEN,
      'dep-0001',
      dayRange('2026-03-01', '2026-03-31'),
      { roundTrips },
    );
    scope.done();
    assert.equal(list.length, 2);
    assert.deepEqual(roundTrips.counts(), { calls: 1, criticalPath: 1, partial: true });
  });

  it('stops at maxPages without throwing', async () => {
    const scope = nock(ORIGIN)
      .get(TXNS)
      .query(MARCH)
      .reply(200, { page: { nextOffset: 1 }, transactions: [txn('1')] })
      .get(TXNS)
      .query({ ...MARCH, offset: '1' })
      .reply(200, { page: { nextOffset: 2 }, transactions: [txn('2')] });
    const list = await makeClient({ ...sequential, maxPages: 2 }).listTransactions(
      TOKEN,
      'dep-0001',
      dayRange('2026-03-01', '2026-03-31'),
    );
    scope.done();
    assert.equal(list.length, 2);
  });

  it('refuses an invalid date range without calling the bank', async () => {
    const bad = { start: DateTime.invalid('test'), end: testClock().now() };
    await rejectsWithKind(makeClient().listTransactions(TOKEN, 'dep-0001', bad), 'badRequest');
  });

  const broken: Array<[string, Record<string, unknown>]> = [
    ['a non-numeric amount', txn('x', { amount: 'NaN' })],
    ['an amount in exponent form', txn('x', { amount: 1e21 })],
    ['an amount that is an object', txn('x', { amount: { value: 1 } })],
    ['a missing amount', txn('x', { amount: undefined })],
    ['a missing transactionId', txn('x', { transactionId: undefined })],
    ['an unparseable timestamp', txn('x', { transactionTimestamp: 'yesterday' })],
    ['no timestamp at all', txn('x', { transactionTimestamp: undefined, postedTimestamp: undefined })],
    ['a description that is a number', txn('x', { description: 42 })],
  ];
  for (const [what, item] of broken) {
    it(`reports invalidResponse for ${what}, never NaN`, async () => {
      const scope = nock(ORIGIN)
        .get(TXNS)
        .query(MARCH)
        .reply(200, { transactions: [txn('ok'), item] });
      await rejectsWithKind(
        makeClient().listTransactions(TOKEN, 'dep-0001', dayRange('2026-03-01', '2026-03-31')),
        'invalidResponse',
      );
      scope.done();
    });
  }
});
