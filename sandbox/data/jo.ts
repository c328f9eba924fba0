import type { DateTime } from 'luxon';
import { creditAccount, depositAccount, loanAccount, statement } from './accounts';
import { isoDate } from './dates';
import { generateTransactions } from './generate';
import { MERCHANTS as M, transfer } from './merchants';
import type { Rule } from './schedule';
import type { SandboxCustomer } from './types';

const CHECKING: readonly Rule[] = [
  {
    merchant: M.northwind,
    schedule: { kind: 'biweekly', anchor: '2024-01-12' },
    cents: [205_000, 205_000],
    memo: 'CREDIT',
    hours: [3, 6],
  },
  { merchant: M.janeDoe, schedule: { kind: 'monthly', day: 3 }, cents: [6_000, 6_000] },
  { merchant: M.aldi, schedule: { kind: 'weekly', weekday: 6 }, cents: [2_800, 7_400], hours: [10, 18] },
  {
    merchant: transfer('Auto Loan', 'AUTO LOAN PMT ...5512'),
    schedule: { kind: 'monthly', day: 8 },
    cents: [38_900, 38_900],
  },
];

const CARD: readonly Rule[] = [
  { merchant: M.chipotle, schedule: { kind: 'chance', perDay: 0.1 }, cents: [1_150, 1_890], hours: [11, 20] },
  { merchant: M.shell, schedule: { kind: 'chance', perDay: 0.08 }, cents: [2_500, 5_900] },
];

/**
 * Jo Marsh (`demo-jo`): a bank that leaves out the balance fields FDX makes optional. Checking
 * sends only `availableBalance`; the card only its credit line and available credit (no
 * `currentBalance`, no statement); the car loan only its next payment amount (no principal, no date).
 */
export function jo(today: DateTime): SandboxCustomer {
  return {
    customerId: 'cust-jo',
    token: 'demo-jo',
    name: { first: 'Jo', last: 'Marsh' },
    accounts: [
      depositAccount({
        accountId: 'acc-jo-chk',
        accountType: 'CHECKING',
        last4: '2604',
        productName: 'Simple Checking',
        currentCents: 91_240,
        omit: ['currentBalance'],
        transactions: generateTransactions('jo-chk', CHECKING, today),
      }),
      creditAccount({
        accountId: 'acc-jo-card',
        accountType: 'CREDITCARD',
        last4: '7315',
        productName: 'Everyday Card',
        owedCents: 43_210,
        creditLineCents: 300_000,
        statement: statement(38_000, 2_500, isoDate(today.plus({ days: 14 }))),
        omit: ['currentBalance', 'bills'],
        transactions: generateTransactions('jo-card', CARD, today, 'credit'),
      }),
      loanAccount({
        accountId: 'acc-jo-auto',
        accountType: 'AUTOLOAN',
        last4: '5512',
        productName: 'Auto Loan',
        principalCents: 1_204_400,
        nextPaymentCents: 38_900,
        nextPaymentDate: isoDate(today.plus({ days: 7 })),
        omit: ['principalBalance', 'nextPaymentDate'],
        transactions: generateTransactions('jo-auto', [], today, 'loan'),
      }),
    ],
  };
}
