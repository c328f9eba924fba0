import type { DateTime } from 'luxon';
import { transactionTypeOf } from '../../sandbox/data/transaction-types';
import { isoDate } from '../../sandbox/data/dates';
import { MERCHANTS, type Merchant } from '../../sandbox/data/merchants';
import { integerBetween, mulberry32, seedOf, type Random } from '../../sandbox/data/random';
import type { SandboxAccount, SandboxCustomer, SandboxTransaction } from '../../sandbox/data/types';

/**
 * The bench bank's one customer: an active household with a checking account, a savings account
 * and a credit card, each with `perAccount` transactions over the `days` days before today —
 * busier on Fridays and Saturdays, a paycheck every other Friday, a Netflix bill monthly, the last
 * two days still pending. Seeded: the same day always gives the same data.
 */

const SPEND: readonly Merchant[] = [
  MERCHANTS.starbucks,
  MERCHANTS.traderJoes,
  MERCHANTS.wholeFoods,
  MERCHANTS.shell,
  MERCHANTS.uber,
  MERCHANTS.amazon,
  MERCHANTS.target,
  MERCHANTS.chipotle,
  MERCHANTS.mcdonalds,
  MERCHANTS.walgreens,
  MERCHANTS.lyft,
  MERCHANTS.cafeMuller,
];
const WEEKDAY_WEIGHT = [0, 0.8, 0.9, 0.9, 1, 1.4, 1.5, 0.7] as const;

/** How many items each day gets: weights with ±30% noise, scaled to exactly `total` (largest remainder). */
function dailyCounts(total: number, days: readonly DateTime[], random: Random): number[] {
  const weights = days.map((day) => (WEEKDAY_WEIGHT[day.weekday] ?? 1) * (0.7 + 0.6 * random()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (const { i } of order.slice(0, missing)) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

function item(
  id: string,
  day: DateTime,
  merchant: Merchant,
  cents: number,
  credit: boolean,
  pending: boolean,
  random: Random,
): SandboxTransaction {
  return {
    transactionId: id,
    at: day.set({ hour: integerBetween(random, 7, 21), minute: integerBetween(random, 0, 59) }),
    ...(pending ? {} : { postedAt: day.plus({ days: 1 }).startOf('day') }),
    description: merchant.description,
    amountCents: cents,
    debitCreditMemo: credit ? 'CREDIT' : 'DEBIT',
    status: pending ? 'PENDING' : 'POSTED',
    category: merchant.mcc === undefined ? merchant.category : String(merchant.mcc),
    payee: merchant.payee,
    transactionType: transactionTypeOf(merchant, credit ? 'CREDIT' : 'DEBIT', 'deposit'),
  };
}

function transactions(
  prefix: string,
  today: DateTime,
  perAccount: number,
  days: number,
  payroll: boolean,
): SandboxTransaction[] {
  const dayList = Array.from({ length: days }, (_, i) => today.minus({ days: days - i }));
  const counts = dailyCounts(perAccount, dayList, mulberry32(seedOf(`${prefix}:${isoDate(today)}`)));
  const items: SandboxTransaction[] = [];
  dayList.forEach((day, d) => {
    const random = mulberry32(seedOf(`${prefix}:${isoDate(day)}`));
    const pending = d >= days - 2;
    for (let k = 0; k < (counts[d] ?? 0); k += 1) {
      const id = `${prefix}-${isoDate(day).replace(/-/g, '')}-${k}`;
      const paycheck = payroll && k === 0 && day.weekday === 5 && day.weekNumber % 2 === 0;
      const netflix = k === 0 && day.day === 12;
      const merchant = paycheck
        ? MERCHANTS.acmePayroll
        : netflix
          ? MERCHANTS.netflix
          : (SPEND[integerBetween(random, 0, SPEND.length - 1)] ?? MERCHANTS.amazon);
      items.push(
        item(id, day, merchant, paycheck ? 250_000 : integerBetween(random, 150, 9_000), paycheck, pending, random),
      );
    }
  });
  return items.sort((a, b) => b.at.toMillis() - a.at.toMillis() || (a.transactionId < b.transactionId ? 1 : -1));
}

/** The customer as of `today` (a start of day in the bank's zone). */
export function volumeCustomer(today: DateTime, perAccount: number, days: number): SandboxCustomer {
  const due = isoDate(today.plus({ days: 9 }));
  const accounts: SandboxAccount[] = [
    {
      kind: 'deposit',
      accountCategory: 'DEPOSIT_ACCOUNT',
      accountId: 'vol-chk',
      accountType: 'CHECKING',
      last4: '6120',
      productName: 'Everyday Checking',
      transactions: transactions('vol-chk', today, perAccount, days, true),
      currentCents: 412_530,
      availableCents: 398_120,
    },
    {
      kind: 'deposit',
      accountCategory: 'DEPOSIT_ACCOUNT',
      accountId: 'vol-sav',
      accountType: 'SAVINGS',
      last4: '8841',
      productName: 'High Yield Savings',
      transactions: transactions('vol-sav', today, perAccount, days, false),
      currentCents: 1_520_000,
      availableCents: 1_520_000,
    },
    {
      kind: 'credit',
      accountCategory: 'LOC_ACCOUNT',
      accountId: 'vol-card',
      accountType: 'CREDITCARD',
      last4: '3390',
      productName: 'Cash Back Card',
      transactions: transactions('vol-card', today, perAccount, days, false),
      owedCents: 184_210,
      creditLineCents: 1_000_000,
      availableCreditCents: 815_790,
      statement: { statementCents: 162_400, minimumCents: 4_000, dueDate: due },
      statementStyle: 'bills',
    },
  ];
  return { customerId: 'vol-customer-1', token: 'bench', name: { first: 'Vol', last: 'Ume' }, accounts };
}
