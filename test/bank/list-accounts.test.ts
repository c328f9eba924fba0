import assert from 'node:assert/strict';
import nock from 'nock';
import type { AccountSummary } from '../../shared/bank';
import { fixture, JSON_HEADERS, makeClient, ORIGIN, PREFIX, rejectsWithKind, TOKEN } from './helpers';

const LIST = `${PREFIX}/accounts`;

function account(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { accountCategory: 'DEPOSIT_ACCOUNT', accountId: id, accountType: 'CHECKING', ...extra };
}

describe('listAccounts', () => {
  it('maps v6 flat accounts of every category', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(200, fixture('accounts-v6.json'), JSON_HEADERS);
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    const expected: AccountSummary[] = [
      {
        id: 'dep-0001',
        kind: 'deposit',
        type: 'CHECKING',
        nickname: 'Bills',
        productName: 'Everyday Checking',
        last4: '4821',
        status: 'OPEN',
        currency: 'USD',
      },
      {
        id: 'loc-0002',
        kind: 'creditCard',
        type: 'CREDITCARD',
        productName: 'Cash Back Visa',
        last4: '9012',
        status: 'OPEN',
        currency: 'USD',
        debt: true,
      },
      {
        id: 'loan-0003',
        kind: 'loan',
        type: 'MORTGAGE',
        productName: '30 Year Fixed',
        last4: '7730',
        status: 'OPEN',
        currency: 'USD',
        debt: true,
      },
      {
        id: 'inv-0004',
        kind: 'investment',
        type: 'BROKERAGE',
        productName: 'Self-Directed Brokerage',
        status: 'UNKNOWN',
        currency: 'USD',
      },
    ];
    assert.deepEqual(accounts, expected);
  });

  it('maps v5 wrapped accounts, taking the category from the wrapper', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(200, fixture('accounts-v5.json'), JSON_HEADERS);
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => [a.id, a.kind, a.type, a.last4, a.currency]),
      [
        ['v5-dep-1', 'deposit', 'SAVINGS', '3307', 'USD'],
        ['v5-loc-2', 'lineOfCredit', 'LINEOFCREDIT', '6610', 'USD'],
        ['v5-loan-3', 'loan', 'AUTOLOAN', '2044', 'USD'],
        ['v5-inv-4', 'investment', '401K', undefined, 'CAD'],
      ],
    );
    assert.equal(accounts[1]?.nickname, 'Overdraft line');
  });

  it('accepts v6 and v5 items mixed in one list', async () => {
    const body = { accounts: [account('a'), { loanAccount: { accountId: 'b', accountType: 'STUDENTLOAN' } }] };
    const scope = nock(ORIGIN).get(LIST).reply(200, body);
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.kind),
      ['deposit', 'loan'],
    );
  });

  it('falls back to the category for an unknown type (insurance, annuity too), and to other when neither is known', async () => {
    const body = {
      accounts: [
        account('a', { accountType: 'SOMETHINGNEW' }),
        account('b', { accountCategory: 'LOC_ACCOUNT', accountType: undefined }),
        account('c', { accountCategory: 'INSURANCE_ACCOUNT', accountType: 'TERM' }),
        { annuityAccount: { accountId: 'd' } },
      ],
    };
    const scope = nock(ORIGIN).get(LIST).reply(200, body);
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => [a.kind, a.type]),
      [
        ['deposit', 'SOMETHINGNEW'],
        ['lineOfCredit', 'UNKNOWN'],
        ['insurance', 'TERM'],
        ['annuity', 'UNKNOWN'],
      ],
    );
  });

  it('keeps only the last four digits of a masked number, whatever the masking', async () => {
    const displays = ['...4821', 'xxxx-4821', '****4821', '4111111111114821', 'XX 48 21', '...21', 'none'];
    const body = { accounts: displays.map((display, i) => account(`a${i}`, { accountNumberDisplay: display })) };
    const scope = nock(ORIGIN).get(LIST).reply(200, body);
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.last4),
      ['4821', '4821', '4821', '4821', '4821', undefined, undefined],
    );
    assert.ok(!JSON.stringify(accounts).includes('41111111'), 'more than four digits were kept');
    assert.ok(accounts.every((a) => !('last4' in a) || /^\d{4}$/.test(a.last4 ?? '')));
  });

  it('defaults status to UNKNOWN and currency to USD, and treats null as absent', async () => {
    const body = { accounts: [account('a', { status: null, nickname: null, currency: null, productName: '  ' })] };
    const scope = nock(ORIGIN).get(LIST).reply(200, body);
    const [only] = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(only, { id: 'a', kind: 'deposit', type: 'CHECKING', status: 'UNKNOWN', currency: 'USD' });
  });

  it('follows links.next.href given as an absolute URL', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { links: { next: { href: `${ORIGIN}${LIST}?cursor=abc` } }, accounts: [account('a')] })
      .get(LIST)
      .query({ cursor: 'abc' })
      .reply(200, { links: {}, accounts: [account('b')] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b'],
    );
  });

  it('follows links.next.href relative to the base URL, with or without the base path', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { links: { next: { href: '/accounts?cursor=2' } }, accounts: [account('a')] })
      .get(LIST)
      .query({ cursor: '2' })
      .reply(200, { links: { next: { href: `${PREFIX}/accounts?cursor=3` } }, accounts: [account('b')] })
      .get(LIST)
      .query({ cursor: '3' })
      .reply(200, { links: { next: { href: '?cursor=4' } }, accounts: [account('c')] })
      .get(LIST)
      .query({ cursor: '4' })
      .reply(200, { accounts: [account('d')] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b', 'c', 'd'],
    );
  });

  it('sends back page.nextPageKey as pageKey', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { page: { nextPageKey: 'K2' }, accounts: [account('a')] })
      .get(LIST)
      .query({ pageKey: 'K2' })
      .reply(200, { page: {}, accounts: [account('b')] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b'],
    );
  });

  it('sends back page.nextOffset as offset, numeric or string', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { page: { nextOffset: 2 }, accounts: [account('a'), account('b')] })
      .get(LIST)
      .query({ offset: '2' })
      .reply(200, { page: { nextOffset: '3' }, accounts: [account('c')] })
      .get(LIST)
      .query({ offset: '3' })
      .reply(200, { page: { nextOffset: null }, accounts: [] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b', 'c'],
    );
  });

  it('treats HTTP 206 as success with partial data', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(206, { accounts: [account('a')] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.equal(accounts.length, 1);
  });

  it('stops at maxPages without throwing when the bank pages forever', async () => {
    let n = 0;
    const scope = nock(ORIGIN)
      .get(LIST)
      .query(true)
      .times(3)
      .reply(() => {
        n += 1;
        return [200, { page: { nextPageKey: `k${n}` }, accounts: [account(`a${n}`)] }];
      });
    const accounts = await makeClient({ maxPages: 3 }).listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a1', 'a2', 'a3'],
    );
  });

  it('stops when the bank hands back a cursor it already gave', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { page: { nextPageKey: 'same' }, accounts: [account('a')] })
      .get(LIST)
      .query({ pageKey: 'same' })
      .reply(200, { page: { nextPageKey: 'same' }, accounts: [account('b')] });
    const accounts = await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.deepEqual(
      accounts.map((a) => a.id),
      ['a', 'b'],
    );
  });

  it('refuses a next link to another origin, so the token never leaves the bank', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .reply(200, { links: { next: { href: 'https://evil.example/steal' } }, accounts: [account('a')] });
    await rejectsWithKind(makeClient().listAccounts(TOKEN), 'invalidResponse');
    scope.done();
  });

  const broken: Array<[string, unknown]> = [
    ['an account without accountId', { accounts: [{ accountType: 'CHECKING' }] }],
    ['an accountId that is a number', { accounts: [{ accountId: 12345 }] }],
    ['a nickname that is an object', { accounts: [account('a', { nickname: { text: 'x' } })] }],
    ['a currency code that is not ISO 4217', { accounts: [account('a', { currency: { currencyCode: 'dollars' } })] }],
    ['accounts that is not an array', { accounts: { accountId: 'a' } }],
    ['no accounts list at all', { page: {} }],
    [
      'an item wrapping two accounts',
      { accounts: [{ depositAccount: { accountId: 'a' }, loanAccount: { accountId: 'b' } }] },
    ],
    ['a body that is an array', [account('a')]],
    ['a nextOffset that is a fraction', { page: { nextOffset: 1.5 }, accounts: [] }],
  ];
  for (const [what, body] of broken) {
    it(`reports invalidResponse for ${what}`, async () => {
      const scope = nock(ORIGIN).get(LIST).reply(200, JSON.stringify(body), JSON_HEADERS);
      await rejectsWithKind(makeClient().listAccounts(TOKEN), 'invalidResponse');
      scope.done();
    });
  }
});
