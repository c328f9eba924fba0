import assert from 'node:assert/strict';
import { PLATFORMS } from '../contract/runner';
import type { Ask } from '../contract/platforms';
import { testClock } from '../support/clock';
import { startFixtureBank, type FixtureBank, type FixtureCustomer } from '../support/fixture-bank';
import { startTestService, type TestService } from '../support/service';
import { checking, loadCustomer, manyDebits } from './corpus';

/**
 * Each row of issue 12's table, against a spec-shaped FDX bank over real HTTP, through both
 * adapters: what a conformant bank sends, and the answer it must get.
 */
const clock = testClock({ ticking: false });
const today = clock.now().setZone('America/New_York');
const lastMonth = today.minus({ months: 1 }).toFormat('yyyy-LL');

function customers(): Record<string, FixtureCustomer> {
  const details = (id: string, extra: Record<string, unknown>): Record<string, unknown> => ({
    ...checking(id),
    ...extra,
  });
  return {
    v6: loadCustomer('v6-flat', today),
    v5: loadCustomer('v5-wrapped', today),
    capped: {
      accounts: [checking('cap-0001')],
      details: {},
      transactions: { 'cap-0001': manyDebits(10_000, today) },
      pageSize: 1000,
    },
    sixtyPages: {
      accounts: Array.from({ length: 60 }, (_, i) => checking(`acc-${1000 + i}`)),
      details: {},
      transactions: {},
      pageSize: 1,
    },
    hugeAmount: {
      accounts: [checking('big-0001')],
      details: { 'big-0001': details('big-0001', { currentBalance: 90071992547409.91 }) },
      transactions: {},
    },
    farDue: {
      accounts: [{ ...checking('card-0001'), accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD' }],
      details: {
        'card-0001': {
          ...checking('card-0001'),
          accountCategory: 'LOC_ACCOUNT',
          accountType: 'CREDITCARD',
          currentBalance: 10,
          bills: [{ dueDate: '9999-12-31' }],
        },
      },
      transactions: {},
    },
    longName: {
      accounts: [checking('long-0001', { nickname: 'Holiday '.repeat(250) })],
      details: { 'long-0001': details('long-0001', { nickname: 'Holiday '.repeat(250), currentBalance: 5 }) },
      transactions: {},
    },
    repeated: {
      accounts: [checking('rep-0001', { nickname: 'Bills' }), checking('rep-0002', { nickname: 'Fun' })],
      details: {},
      transactions: {},
      pageSize: 1,
      repeatFirstPage: true,
    },
  };
}

interface Row {
  readonly row: string;
  readonly token: string;
  readonly ask: Ask;
  readonly says: readonly string[];
  readonly saysNot?: readonly string[];
  /** Longest acceptable answer, in characters. */
  readonly maxChars?: number;
}

const ROWS: readonly Row[] = [
  {
    row: 'transactionPayee objects and strings both count',
    token: 'v6',
    ask: { intent: 'spending', merchant: 'starbucks', date: lastMonth },
    says: ['you spent $12.00 at', 'across 2 purchases'],
  },
  {
    row: 'a payee sent only as merchantName {name1, name2}',
    token: 'v6',
    ask: { intent: 'spending', merchant: 'whole foods', date: lastMonth },
    says: ['you spent $84.10 at Whole Foods Market'],
  },
  {
    row: 'a payee sent as individualName',
    token: 'v6',
    ask: { intent: 'lastTransactionWith', merchant: 'maria lopez' },
    says: ['Your last payment to Maria Lopez was $50.00'],
  },
  {
    row: 'category as an MCC (5411) and as words (Groceries)',
    token: 'v6',
    ask: { intent: 'spending', category: 'groceries', date: lastMonth },
    says: ['you spent $107.20 on groceries', 'across 2 purchases'],
  },
  {
    row: 'category as an MCC for fuel (5541)',
    token: 'v6',
    ask: { intent: 'spending', category: 'gas', date: lastMonth },
    says: ['you spent $40.00 on fuel'],
  },
  {
    row: 'DIRECTDEPOSIT and INTEREST are not refunds',
    token: 'v6',
    ask: { intent: 'spending', date: lastMonth },
    says: ['you spent $159.20', 'across 5 purchases'],
    saysNot: ['refund'],
  },
  {
    row: 'DIRECTDEPOSIT is the paycheck',
    token: 'v6',
    ask: { intent: 'lastTransactionWith', merchant: 'paycheck' },
    says: ['Your last credit from Northwind Traders was $2,500.00'],
  },
  {
    row: 'MEMO is neither spending nor income',
    token: 'v6',
    ask: { intent: 'recentTransactions', count: 1 },
    says: ['memo about Overdraft protection notice, not money in or out'],
    saysNot: ['credit from Overdraft'],
  },
  {
    row: 'a bank that ignores the date range',
    token: 'v6',
    ask: { intent: 'transactionsInPeriod', date: today.minus({ days: 5 }).toISODate() ?? '' },
    says: ['there is 1 transaction', 'Maria Lopez'],
    saysNot: ['Northwind', 'Overdraft'],
  },
  {
    row: 'a EUR account speaks euros',
    token: 'v5',
    ask: { intent: 'recentTransactions', account: 'euro' },
    says: ['€2.00 at Cafe Central'],
    saysNot: ['$2.00'],
  },
  {
    row: 'a deposit account without currentBalance',
    token: 'v5',
    ask: { intent: 'getBalance', account: 'euro' },
    says: ['has €310.55 available'],
  },
  {
    row: 'a line of credit without currentBalance',
    token: 'v5',
    ask: { intent: 'getBalance', account: 'line of credit' },
    says: ['$900.00 of credit available', "I don't have the balance owed"],
  },
  {
    row: 'a loan without principalBalance',
    token: 'v5',
    ask: { intent: 'getBalance', account: 'car loan' },
    says: ["I don't have the balance left to pay"],
  },
  {
    row: 'a buy-now-pay-later plan is a debt',
    token: 'v5',
    ask: { intent: 'getBalance', account: 'pay in 4' },
    says: ['has $120.00 left to pay'],
    saysNot: ['worth'],
  },
  {
    row: 'an insurance policy is worth its value',
    token: 'v5',
    ask: { intent: 'getBalance', account: 'whole life' },
    says: ['is worth $8,200.00'],
  },
  {
    row: '10,000 transactions above the 5,000 cap',
    token: 'capped',
    ask: { intent: 'spending', date: lastMonth },
    says: ['In the 5,000 most recent transactions I can see, last month, in '],
  },
  {
    row: '60 pages of accounts',
    token: 'sixtyPages',
    ask: { intent: 'listAccounts' },
    says: ['I can see 50 of your accounts; your bank has more.'],
  },
  {
    row: 'an amount beyond sane bounds',
    token: 'hugeAmount',
    ask: { intent: 'getBalance' },
    says: ["couldn't read what your bank sent"],
    saysNot: ['90,071'],
  },
  {
    row: 'a due date in 9999',
    token: 'farDue',
    ask: { intent: 'cardDetails' },
    says: ["couldn't read what your bank sent"],
    saysNot: ['9999'],
  },
  {
    row: 'a 2,000-character nickname',
    token: 'longName',
    ask: { intent: 'getBalance' },
    says: ['has $5.00'],
    maxChars: 200,
  },
  {
    row: 'a repeated page of accounts',
    token: 'repeated',
    ask: { intent: 'listAccounts' },
    says: ['You have 2 accounts'],
  },
];

describe('issue 12 rows: a spec-conformant FDX bank gets the right answer', () => {
  let bank: FixtureBank;
  let service: TestService;
  before(async () => {
    bank = await startFixtureBank(customers());
    service = await startTestService({ bankUrl: bank.url, clock });
  });
  after(async () => {
    await service.close();
    await bank.close();
  });

  for (const platform of PLATFORMS) {
    for (const { row, token, ask, says, saysNot = [], maxChars = 6000 } of ROWS) {
      it(`${platform.name}: ${row}`, async () => {
        const heard = await platform.start(service.url, token).say(ask);
        assert.equal(heard.status, 200);
        for (const part of says) assert.ok(heard.text.includes(part), `expected "${part}" in: ${heard.text}`);
        for (const part of saysNot) assert.ok(!heard.text.includes(part), `did not expect "${part}" in: ${heard.text}`);
        assert.ok(heard.text.length <= maxChars, `too long: ${heard.text.length}`);
      });
    }
  }
});
