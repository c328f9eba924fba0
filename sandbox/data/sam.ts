import type { DateTime } from 'luxon';
import { depositAccount } from './accounts';
import { generateTransactions } from './generate';
import { bankItem, MERCHANTS as M } from './merchants';
import type { Rule } from './schedule';
import type { SandboxCustomer } from './types';

const CHECKING: readonly Rule[] = [
  {
    merchant: M.brightSide,
    schedule: { kind: 'biweekly', anchor: '2024-01-12' },
    cents: [61_240, 68_815],
    memo: 'CREDIT',
    hours: [3, 6],
  },
  { merchant: M.oakwood, schedule: { kind: 'monthly', day: 1 }, cents: [95_000, 95_000], hours: [6, 9] },
  { merchant: M.spotify, schedule: { kind: 'monthly', day: 9 }, cents: [1_199, 1_199] },
  { merchant: M.aldi, schedule: { kind: 'weekly', weekday: 7 }, cents: [3_200, 8_800], hours: [10, 18] },
  { merchant: M.mcdonalds, schedule: { kind: 'chance', perDay: 0.12 }, cents: [650, 1_450], hours: [11, 22] },
  { merchant: M.walgreens, schedule: { kind: 'chance', perDay: 0.05 }, cents: [899, 3_400] },
  { merchant: M.lyft, schedule: { kind: 'chance', perDay: 0.05 }, cents: [1_100, 2_600], hours: [17, 23] },
  {
    merchant: bankItem('Overdraft fee', 'OVERDRAFT FEE', 'Fees', 'fee'),
    schedule: { kind: 'daysAgo', days: [3] },
    cents: [3_500, 3_500],
    hours: [23, 23],
  },
  { merchant: M.walgreens, schedule: { kind: 'daysAgo', days: [2] }, cents: [2_316, 2_316], pending: true },
  {
    merchant: M.mcdonalds,
    schedule: { kind: 'daysAgo', days: [1] },
    cents: [987, 987],
    pending: true,
    hours: [12, 12],
  },
  { merchant: M.lyft, schedule: { kind: 'daysAgo', days: [1] }, cents: [1_420, 1_420], pending: true, hours: [22, 22] },
];

/** Sam Carter (`demo-sam`): one checking account, overdrawn, with pending items still to post. */
export function sam(today: DateTime): SandboxCustomer {
  return {
    customerId: 'cust-sam',
    token: 'demo-sam',
    name: { first: 'Sam', last: 'Carter' },
    accounts: [
      depositAccount({
        accountId: 'acc-sam-chk',
        accountType: 'CHECKING',
        last4: '3307',
        productName: 'Basic Checking',
        currentCents: -4_217,
        transactions: generateTransactions('sam-chk', CHECKING, today),
      }),
    ],
  };
}
