import type { DateTime } from 'luxon';
import { depositAccount, loanAccount } from './accounts';
import { isoDate } from './dates';
import { generateTransactions } from './generate';
import { bankItem, MERCHANTS as M } from './merchants';
import type { Rule } from './schedule';
import type { SandboxCustomer } from './types';

const CHECKING: readonly Rule[] = [
  {
    merchant: M.northwind,
    schedule: { kind: 'biweekly', anchor: '2024-01-05' },
    cents: [98_000, 98_000],
    memo: 'CREDIT',
    hours: [3, 6],
  },
  { merchant: M.aldi, schedule: { kind: 'weekly', weekday: 6 }, cents: [2_800, 7_400], hours: [9, 18] },
];

const OLD_SAVINGS: readonly Rule[] = [
  {
    merchant: bankItem('Account closed', 'ACCOUNT CLOSED - BALANCE TRANSFERRED', 'Transfer', 'transfer'),
    schedule: { kind: 'daysAgo', days: [40] },
    cents: [12_500, 12_500],
  },
];

/**
 * Lee Park (`demo-lee`): a checking account with little in it, a savings account that is closed
 * and a car loan with a payment due. The customer for money-movement refusals (no funds, closed).
 */
export function lee(today: DateTime): SandboxCustomer {
  return {
    customerId: 'cust-lee',
    token: 'demo-lee',
    name: { first: 'Lee', last: 'Park' },
    accounts: [
      depositAccount({
        accountId: 'acc-lee-chk',
        accountType: 'CHECKING',
        last4: '6120',
        productName: 'Basic Checking',
        currentCents: 42_050,
        transactions: generateTransactions('lee-chk', CHECKING, today),
      }),
      depositAccount({
        accountId: 'acc-lee-oldsav',
        accountType: 'SAVINGS',
        last4: '0455',
        productName: 'Starter Savings',
        nickname: 'Old savings',
        status: 'CLOSED',
        currentCents: 0,
        transactions: generateTransactions('lee-oldsav', OLD_SAVINGS, today),
      }),
      loanAccount({
        accountId: 'acc-lee-auto',
        accountType: 'AUTOLOAN',
        last4: '3391',
        productName: 'Auto Loan',
        nickname: 'Car loan',
        principalCents: 1_184_200,
        nextPaymentCents: 38_900,
        nextPaymentDate: isoDate(today.plus({ days: 9 })),
        transactions: [],
      }),
    ],
  };
}
