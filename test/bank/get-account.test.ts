import assert from 'node:assert/strict';
import nock from 'nock';
import type { AccountDetails } from '../../shared/bank';
import { fixture, JSON_HEADERS, makeClient, ORIGIN, PREFIX, rejectsWithKind, TOKEN } from './helpers';

function path(id: string): string {
  return `${PREFIX}/accounts/${id}`;
}

async function details(id: string, body: string | Record<string, unknown>): Promise<AccountDetails> {
  const scope = nock(ORIGIN).get(path(id)).reply(200, body, JSON_HEADERS);
  const result = await makeClient().getAccount(TOKEN, id);
  scope.done();
  return result;
}

const usd = (minor: number): { minor: number; currency: string } => ({ minor, currency: 'USD' });

describe('getAccount', () => {
  it('maps a v6 deposit account to current and available balances in exact minor units', async () => {
    const result = await details('dep-0001', fixture('account-deposit-v6.json'));
    assert.deepEqual(result, {
      kind: 'deposit',
      account: {
        id: 'dep-0001',
        kind: 'deposit',
        type: 'CHECKING',
        nickname: 'Bills',
        productName: 'Everyday Checking',
        last4: '4821',
        status: 'OPEN',
        currency: 'USD',
      },
      current: usd(152307),
      available: usd(149850),
    });
  });

  it('leaves available out when the bank does not send it, and keeps an overdraft negative', async () => {
    const result = await details('d', { accountId: 'd', accountType: 'SAVINGS', currentBalance: '-12.5' });
    assert.equal(result.kind, 'deposit');
    assert.deepEqual(result.kind === 'deposit' && result.current, usd(-1250));
    assert.ok(!('available' in result));
  });

  it('reads a v5 credit card statement from bills[0] before the top-level fallbacks', async () => {
    const result = await details('loc-0002', fixture('account-credit-card-v5.json'));
    assert.deepEqual(result, {
      kind: 'credit',
      account: {
        id: 'loc-0002',
        kind: 'creditCard',
        type: 'CREDITCARD',
        productName: 'Cash Back Visa',
        last4: '9012',
        status: 'OPEN',
        currency: 'USD',
        debt: true,
      },
      owed: usd(64218),
      availableCredit: usd(435782),
      creditLine: usd(500000),
      statementBalance: usd(51240),
      minimumDue: usd(3500),
      dueDate: '2026-04-08',
    });
  });

  it('falls back to lastStmtBalance, minimumPaymentAmount and nextPaymentDate without bills', async () => {
    const result = await details('loc-0005', fixture('account-line-of-credit-v6.json'));
    assert.deepEqual(result, {
      kind: 'credit',
      account: {
        id: 'loc-0005',
        kind: 'lineOfCredit',
        type: 'LINEOFCREDIT',
        last4: '6610',
        status: 'OPEN',
        currency: 'USD',
        debt: true,
      },
      owed: usd(120000),
      creditLine: usd(250000),
      statementBalance: usd(110025),
      minimumDue: usd(4000),
      dueDate: '2026-04-15',
    });
  });

  it('falls back field by field when bills[0] lacks a field', async () => {
    const body = {
      accountId: 'c',
      accountType: 'CREDITCARD',
      currentBalance: 10,
      minimumPaymentAmount: 2,
      bills: [{ statementBalance: 8 }],
    };
    const result = await details('c', body);
    assert.equal(result.kind, 'credit');
    if (result.kind !== 'credit') return;
    assert.deepEqual([result.statementBalance, result.minimumDue, result.dueDate], [usd(800), usd(200), undefined]);
  });

  it('invents nothing for a credit card that sends only its balance', async () => {
    const result = await details('c', {
      accountCategory: 'LOC_ACCOUNT',
      accountId: 'c',
      accountType: 'CREDITCARD',
      currentBalance: 0,
    });
    assert.deepEqual(Object.keys(result).sort(), ['account', 'kind', 'owed']);
  });

  it('maps a loan, taking the date part of a full ISO timestamp', async () => {
    const result = await details('loan-0003', fixture('account-loan-v6.json'));
    assert.equal(result.kind, 'loan');
    if (result.kind !== 'loan') return;
    assert.deepEqual(
      [result.principal, result.nextPaymentAmount, result.nextPaymentDate],
      [usd(21234567), usd(187322), '2026-04-01'],
    );
  });

  it('maps an investment account to other, with its value when sent', async () => {
    const result = await details('i', {
      investmentAccount: { accountId: 'i', accountType: 'BROKERAGE', currentValue: '100.01' },
    });
    assert.deepEqual(result, {
      kind: 'other',
      account: { id: 'i', kind: 'investment', type: 'BROKERAGE', status: 'UNKNOWN', currency: 'USD' },
      current: usd(10001),
    });
  });

  it('uses the account currency for minor units', async () => {
    const result = await details('j', {
      accountId: 'j',
      accountType: 'SAVINGS',
      currency: { currencyCode: 'jpy' },
      currentBalance: 1500,
    });
    assert.deepEqual(result.kind === 'deposit' && result.current, { minor: 1500, currency: 'JPY' });
  });

  it('refuses an empty account id without calling the bank', async () => {
    await rejectsWithKind(makeClient().getAccount(TOKEN, ''), 'notFound');
  });

  const broken: Array<[string, Record<string, unknown>]> = [
    ['a non-numeric balance', { accountId: 'x', accountType: 'CHECKING', currentBalance: 'twelve' }],
    [
      'a balance with more decimals than the currency has',
      { accountId: 'x', accountType: 'CHECKING', currentBalance: '1.005' },
    ],
    ['a balance that is a boolean', { accountId: 'x', accountType: 'CHECKING', currentBalance: true }],
    ['a balance beyond the sane bound', { accountId: 'x', accountType: 'CHECKING', currentBalance: 90071992547409.91 }],
    [
      'a due date in 9999',
      { accountId: 'x', accountType: 'CREDITCARD', currentBalance: 1, bills: [{ dueDate: '9999-12-31' }] },
    ],
    [
      'an unreadable due date',
      { accountId: 'x', accountType: 'CREDITCARD', currentBalance: 1, bills: [{ dueDate: 'next Tuesday' }] },
    ],
    [
      'an impossible calendar date',
      { accountId: 'x', accountType: 'MORTGAGE', principalBalance: 1, nextPaymentDate: '2026-02-30' },
    ],
    [
      'bills that is not an array',
      { accountId: 'x', accountType: 'CREDITCARD', currentBalance: 1, bills: { dueDate: '2026-01-01' } },
    ],
    ['a missing accountId', { accountType: 'CHECKING', currentBalance: 1 }],
  ];
  for (const [what, body] of broken) {
    it(`reports invalidResponse for ${what}`, async () => {
      const scope = nock(ORIGIN).get(path('x')).reply(200, body);
      const error = await rejectsWithKind(makeClient().getAccount(TOKEN, 'x'), 'invalidResponse');
      scope.done();
      assert.ok(!/twelve|1\.005|Tuesday/.test(error.message), 'the bad value leaked into the message');
    });
  }
});
