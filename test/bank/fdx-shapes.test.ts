import assert from 'node:assert/strict';
import nock from 'nock';
import { dayRange, makeClient, ORIGIN, PREFIX, rejectsWithKind, TOKEN } from './helpers';

const TXNS = `${PREFIX}/accounts/dep-0001/transactions`;
const LIST = `${PREFIX}/accounts`;
const MARCH = dayRange('2026-03-01', '2026-03-31');

function txn(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    accountCategory: 'DEPOSIT_ACCOUNT',
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

function serve(items: readonly unknown[]): nock.Scope {
  return nock(ORIGIN).get(TXNS).query(true).reply(200, { transactions: items });
}

describe('the client reads every transaction shape FDX allows', () => {
  it('takes the payee from a merchantName object, an individualName object, a string, or the deprecated payee', async () => {
    const scope = serve([
      txn('a', { transactionPayee: { merchantName: { name1: 'Whole Foods', name2: 'Market' } } }),
      txn('b', { transactionPayee: { individualName: { first: 'Maria', middle: 'J', last: 'Lopez' } } }),
      txn('c', { transactionPayee: 'Starbucks' }),
      txn('d', { payee: "Trader Joe's" }),
      txn('e', { transactionPayee: {} }),
    ]);
    const list = await makeClient().listTransactions(TOKEN, 'dep-0001', MARCH);
    scope.done();
    assert.deepEqual(
      list.map((t) => t.payee),
      ['Whole Foods Market', 'Maria J Lopez', 'Starbucks', "Trader Joe's", undefined],
    );
  });

  it('keeps transactionType, marks MEMO items, and reads amounts in the account currency', async () => {
    const scope = serve([
      txn('a', { transactionType: 'directDeposit', debitCreditMemo: 'CREDIT' }),
      txn('b', { debitCreditMemo: 'MEMO', amount: 2 }),
    ]);
    const list = await makeClient().listTransactions(TOKEN, 'dep-0001', MARCH, { currency: 'EUR' });
    scope.done();
    assert.equal(list[0]?.transactionType, 'DIRECTDEPOSIT');
    assert.deepEqual(list[1]?.amount, { minor: 200, currency: 'EUR' });
    assert.equal(list[1].memo, true);
    assert.equal(list[0].memo, undefined);
  });

  it('drops days outside the asked range when the bank ignores it, and repeated items', async () => {
    const scope = serve([
      txn('in'),
      txn('late', { transactionTimestamp: '2026-04-02T12:00:00Z' }),
      txn('early', { transactionTimestamp: '2026-02-27T12:00:00Z' }),
      txn('in'),
    ]);
    const list = await makeClient().listTransactions(TOKEN, 'dep-0001', MARCH);
    scope.done();
    assert.deepEqual(
      list.map((t) => t.id),
      ['in'],
    );
    assert.equal(list.cut, undefined);
  });

  it('says where a cap cut the list: the item cap, then the page cap', async () => {
    const items = Array.from({ length: 5 }, (_, i) => txn(`t${i}`));
    const scope = nock(ORIGIN)
      .get(TXNS)
      .query(true)
      .reply(200, { transactions: items, page: { nextPageKey: 'k2' } });
    const list = await makeClient({ maxTransactions: 3, dateWindows: false }).listTransactions(
      TOKEN,
      'dep-0001',
      MARCH,
    );
    scope.done();
    assert.equal(list.length, 3);
    assert.deepEqual(list.cut, { reason: 'items', cap: 3 });
    const pages = nock(ORIGIN)
      .get(LIST)
      .reply(200, { accounts: [{ accountId: 'a' }], page: { nextPageKey: 'p2' } })
      .get(LIST)
      .query({ pageKey: 'p2' })
      .reply(200, { accounts: [{ accountId: 'b' }], page: { nextPageKey: 'p3' } });
    const accounts = await makeClient({ maxPages: 2 }).listAccounts(TOKEN);
    pages.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b'],
    );
    assert.deepEqual(accounts.cut, { reason: 'other', cap: 2 });
  });

  it('drops an account repeated on a later page, so nothing is offered twice', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { accounts: [{ accountId: 'a', nickname: 'Bills' }], page: { nextPageKey: 'p2' } })
      .get(LIST)
      .query({ pageKey: 'p2' })
      .reply(200, { accounts: [{ accountId: 'a', nickname: 'Bills' }, { accountId: 'b' }] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b'],
    );
  });

  it('refuses amounts and dates beyond configurable sane bounds', async () => {
    const big = serve([txn('a', { amount: 150 })]);
    await rejectsWithKind(
      makeClient({ bounds: { maxAmount: 100 } }).listTransactions(TOKEN, 'dep-0001', MARCH),
      'invalidResponse',
    );
    big.done();
    const old = serve([txn('a', { transactionTimestamp: '1850-03-10T12:00:00Z' })]);
    await rejectsWithKind(
      makeClient().listTransactions(TOKEN, 'dep-0001', dayRange('1850-03-01', '1850-03-31')),
      'invalidResponse',
    );
    old.done();
  });

  it('cuts a long description or payee at a word', async () => {
    const scope = serve([
      txn('a', { description: 'WORD '.repeat(100), transactionPayee: { merchantName: { name1: 'Name '.repeat(60) } } }),
    ]);
    const [item] = await makeClient().listTransactions(TOKEN, 'dep-0001', MARCH);
    scope.done();
    assert.ok((item?.description.length ?? 999) <= 80 && !(item?.description.endsWith(' ') ?? true));
    assert.ok((item?.payee?.length ?? 999) <= 80);
  });
});
