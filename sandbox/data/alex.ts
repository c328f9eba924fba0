import type { DateTime } from 'luxon';
import { creditAccount, depositAccount, statement } from './accounts';
import { isoDate } from './dates';
import { generateTransactions } from './generate';
import { bankItem, MERCHANTS as M, transfer } from './merchants';
import type { Rule } from './schedule';
import type { SandboxCustomer } from './types';

const CHECKING: readonly Rule[] = [
  {
    merchant: M.acmePayroll,
    schedule: { kind: 'biweekly', anchor: '2024-01-05' },
    cents: [241_238, 241_238],
    memo: 'CREDIT',
    hours: [3, 6],
  },
  { merchant: M.maple, schedule: { kind: 'monthly', day: 1 }, cents: [185_000, 185_000], hours: [6, 9] },
  {
    merchant: transfer('Rainy Day savings', 'ONLINE TRANSFER TO SAV ...7710'),
    schedule: { kind: 'monthly', day: 2 },
    cents: [20_000, 20_000],
  },
  { merchant: M.att, schedule: { kind: 'monthly', day: 12 }, cents: [8_500, 9_250] },
  {
    merchant: transfer('Rewards Card', 'PAYMENT TO REWARDS CARD ...9034'),
    schedule: { kind: 'monthly', day: 20 },
    cents: [60_000, 95_000],
  },
  { merchant: M.traderJoes, schedule: { kind: 'weekly', weekday: 6 }, cents: [4_500, 14_000], hours: [9, 18] },
  { merchant: M.traderJoes, schedule: { kind: 'daysAgo', days: [33] }, cents: [649, 649], memo: 'CREDIT' },
  { merchant: M.uber, schedule: { kind: 'daysAgo', days: [1] }, cents: [1_875, 1_875], pending: true, hours: [19, 21] },
];

const SAVINGS: readonly Rule[] = [
  {
    merchant: transfer('Everyday checking', 'ONLINE TRANSFER FROM CHK ...4821'),
    schedule: { kind: 'monthly', day: 2 },
    cents: [20_000, 20_000],
    memo: 'CREDIT',
  },
  {
    merchant: bankItem('Interest', 'INTEREST PAYMENT', 'Income', 'interest'),
    schedule: { kind: 'monthly', day: 31 },
    cents: [2_410, 2_580],
    memo: 'CREDIT',
    hours: [0, 1],
  },
];

const CARD: readonly Rule[] = [
  { merchant: M.starbucks, schedule: { kind: 'chance', perDay: 0.2 }, cents: [345, 895], hours: [6, 10] },
  { merchant: M.netflix, schedule: { kind: 'monthly', day: 15 }, cents: [1_549, 1_549] },
  { merchant: M.shell, schedule: { kind: 'chance', perDay: 0.12 }, cents: [2_800, 6_400] },
  { merchant: M.uber, schedule: { kind: 'chance', perDay: 0.08 }, cents: [900, 3_400], hours: [17, 23] },
  { merchant: M.benJerrys, schedule: { kind: 'chance', perDay: 0.05 }, cents: [550, 1_400], hours: [13, 21] },
  { merchant: M.cafeMuller, schedule: { kind: 'chance', perDay: 0.06 }, cents: [800, 4_200], hours: [11, 21] },
  { merchant: M.amazon, schedule: { kind: 'chance', perDay: 0.06 }, cents: [1_299, 8_999] },
  { merchant: M.amazon, schedule: { kind: 'daysAgo', days: [9] }, cents: [2_399, 2_399], memo: 'CREDIT' },
  {
    merchant: transfer('Payment', 'PAYMENT THANK YOU'),
    schedule: { kind: 'monthly', day: 21 },
    cents: [60_000, 95_000],
    memo: 'CREDIT',
  },
  { merchant: M.starbucks, schedule: { kind: 'daysAgo', days: [1] }, cents: [645, 645], pending: true, hours: [8, 8] },
  {
    merchant: M.benJerrys,
    schedule: { kind: 'daysAgo', days: [2] },
    cents: [1_125, 1_125],
    pending: true,
    hours: [20, 20],
  },
];

/**
 * Alex Rivera (`demo-alex`): everyday checking, savings and a rewards card with a statement due
 * five days from today. The one to demo with; fault tokens serve this data too.
 */
export function alex(today: DateTime): SandboxCustomer {
  return {
    customerId: 'cust-alex',
    token: 'demo-alex',
    name: { first: 'Alex', last: 'Rivera' },
    accounts: [
      depositAccount({
        accountId: 'acc-alex-chk',
        accountType: 'CHECKING',
        last4: '4821',
        productName: 'Essential Checking',
        nickname: 'Everyday',
        currentCents: 318_427,
        transactions: generateTransactions('alex-chk', CHECKING, today),
      }),
      depositAccount({
        accountId: 'acc-alex-sav',
        accountType: 'SAVINGS',
        last4: '7710',
        productName: 'High Yield Savings',
        nickname: 'Rainy Day',
        currentCents: 1_254_016,
        transactions: generateTransactions('alex-sav', SAVINGS, today),
      }),
      creditAccount({
        accountId: 'acc-alex-card',
        accountType: 'CREDITCARD',
        last4: '9034',
        productName: 'Rewards Card',
        owedCents: 124_683,
        creditLineCents: 800_000,
        statement: statement(98_240, 3_500, isoDate(today.plus({ days: 5 }))),
        transactions: generateTransactions('alex-card', CARD, today, 'credit'),
      }),
    ],
  };
}
