import type { DateTime } from 'luxon';
import { depositAccount } from './accounts';
import { generateTransactions } from './generate';
import { bankItem, MERCHANTS as M } from './merchants';
import type { Rule } from './schedule';
import type { SandboxCustomer } from './types';

const EURO: readonly Rule[] = [
  {
    merchant: M.hafenPayroll,
    schedule: { kind: 'monthly', day: 25 },
    cents: [318_000, 318_000],
    memo: 'CREDIT',
    hours: [3, 6],
  },
  { merchant: M.rewe, schedule: { kind: 'weekly', weekday: 6 }, cents: [2_400, 9_800], hours: [9, 18] },
  { merchant: M.kaffeeHaus, schedule: { kind: 'chance', perDay: 0.15 }, cents: [320, 690], hours: [7, 11] },
  {
    merchant: bankItem('Account notice', 'OVERDRAFT LIMIT REVIEWED', 'Notice', 'notice'),
    schedule: { kind: 'daysAgo', days: [4] },
    cents: [100_000, 100_000],
    memo: 'MEMO',
    hours: [2, 2],
  },
  { merchant: M.kaffeeHaus, schedule: { kind: 'daysAgo', days: [1] }, cents: [450, 450], pending: true, hours: [8, 8] },
];

const MONEY_MARKET: readonly Rule[] = [
  {
    merchant: bankItem('Dividend', 'DIVIDEND PAYMENT', 'Income', 'dividend'),
    schedule: { kind: 'monthly', day: 28 },
    cents: [1_840, 1_960],
    memo: 'CREDIT',
    hours: [0, 1],
  },
  {
    merchant: bankItem('Interest', 'INTEREST PAYMENT', 'Income', 'interest'),
    schedule: { kind: 'monthly', day: 31 },
    cents: [610, 690],
    memo: 'CREDIT',
    hours: [0, 1],
  },
];

/**
 * Eva Brandt (`demo-eva`): a checking account in euros (its amounts are EUR, as FDX says an
 * account's transactions are), a memo item, and a US money market paying dividends and interest.
 */
export function eva(today: DateTime): SandboxCustomer {
  return {
    customerId: 'cust-eva',
    token: 'demo-eva',
    name: { first: 'Eva', last: 'Brandt' },
    accounts: [
      depositAccount({
        accountId: 'acc-eva-eur',
        accountType: 'CHECKING',
        last4: '6020',
        productName: 'Euro Checking',
        nickname: 'Euro',
        currency: 'EUR',
        currentCents: 482_530,
        transactions: generateTransactions('eva-eur', EURO, today),
      }),
      depositAccount({
        accountId: 'acc-eva-mm',
        accountType: 'MONEYMARKET',
        last4: '1178',
        productName: 'Money Market',
        currentCents: 2_410_000,
        transactions: generateTransactions('eva-mm', MONEY_MARKET, today),
      }),
    ],
  };
}
