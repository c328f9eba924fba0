import assert from 'node:assert/strict';
import { PLATFORMS } from '../contract/runner';
import type { Ask } from '../contract/platforms';
import { testClock } from '../support/clock';
import { startTestService, type TestService } from '../support/service';

const lastMonth = testClock().now().setZone('America/New_York').minus({ months: 1 }).toFormat('yyyy-LL');

/** Issue 12's rows against the sandbox's own demo customers, through both adapters. */
const ROWS: ReadonlyArray<{
  row: string;
  token: string;
  ask: Ask;
  says: readonly string[];
  saysNot?: readonly string[];
}> = [
  {
    row: 'a EUR account speaks euros',
    token: 'demo-eva',
    ask: { intent: 'getBalance', account: 'euro' },
    says: ['€4,825.30'],
    saysNot: ['$'],
  },
  {
    row: "a EUR account's transactions are in euros",
    token: 'demo-eva',
    ask: { intent: 'recentTransactions', account: 'euro', count: 5 },
    says: ['€'],
    saysNot: ['$'],
  },
  {
    row: 'a MEMO item is neither money in nor out',
    token: 'demo-eva',
    ask: { intent: 'recentTransactions', account: 'euro', count: 10 },
    says: ['a €1,000.00 memo about Account notice, not money in or out'],
  },
  {
    row: 'dividends are not spending refunds',
    token: 'demo-eva',
    ask: { intent: 'spending', account: 'money market', date: lastMonth },
    saysNot: ['refund'],
    says: ["I didn't find any purchases"],
  },
  {
    row: 'a deposit without currentBalance',
    token: 'demo-jo',
    ask: { intent: 'getBalance', account: 'checking' },
    says: ['has $912.40 available'],
  },
  {
    row: 'a card without currentBalance or statement',
    token: 'demo-jo',
    ask: { intent: 'getBalance', account: 'card' },
    says: ["I don't have the balance owed"],
  },
  {
    row: 'a card without a statement says what it lacks',
    token: 'demo-jo',
    ask: { intent: 'cardDetails' },
    says: ["I don't have a payment due date"],
  },
  {
    row: 'a loan without principalBalance',
    token: 'demo-jo',
    ask: { intent: 'getBalance', account: 'car loan' },
    says: ["I don't have the balance left to pay"],
  },
  {
    row: 'a payee sent as individualName',
    token: 'demo-jo',
    ask: { intent: 'lastTransactionWith', merchant: 'jana novak' },
    says: ['Your last payment to Jana Novak was $60.00'],
  },
];

describe('issue 12 rows against the sandbox bank', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService();
  });
  after(async () => service.close());

  for (const platform of PLATFORMS) {
    for (const { row, token, ask, says, saysNot = [] } of ROWS) {
      it(`${platform.name}: ${row}`, async () => {
        const heard = await platform.start(service.url, token).say(ask);
        assert.equal(heard.status, 200);
        for (const part of says) assert.ok(heard.text.includes(part), `expected "${part}" in: ${heard.text}`);
        for (const part of saysNot) assert.ok(!heard.text.includes(part), `did not expect "${part}" in: ${heard.text}`);
      });
    }
  }
});
