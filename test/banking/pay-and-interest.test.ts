import assert from 'node:assert/strict';
import type { DateTime } from 'luxon';
import type { AccountSummary, BankClient, Transaction } from '../../shared/bank/types';
import { createCore } from '../../shared/banking/dispatch';
import type { BankingRequest, BankingSlots } from '../../shared/banking/contract';
import { silentLogger } from '../../shared/log/logger';
import { money } from '../../shared/money/money';
import { isInterestEarned, isPay } from '../../shared/spending/income';
import { testClock } from '../support/clock';

const ZONE = 'America/New_York';
const clock = testClock();
const today = (): DateTime => clock.now().setZone(ZONE);

const checking: AccountSummary = {
  id: 'chk',
  kind: 'deposit',
  type: 'CHECKING',
  nickname: 'Everyday checking',
  last4: '4821',
  status: 'OPEN',
  currency: 'USD',
};
const savings: AccountSummary = {
  id: 'sav',
  kind: 'deposit',
  type: 'SAVINGS',
  nickname: 'Rainy Day savings',
  last4: '7710',
  status: 'OPEN',
  currency: 'USD',
};
const card: AccountSummary = {
  id: 'card',
  kind: 'creditCard',
  type: 'CREDITCARD',
  productName: 'Rewards Card',
  last4: '9034',
  status: 'OPEN',
  currency: 'USD',
};

let serial = 0;
/** A posted transaction `daysAgo` days before TEST_NOW; `cents` signed (credit positive). */
function tx(daysAgo: number, cents: number, description: string, extra: Partial<Transaction> = {}): Transaction {
  serial += 1;
  return {
    id: `t${serial}`,
    amount: money(cents, 'USD'),
    pending: false,
    date: today().minus({ days: daysAgo }),
    description,
    ...extra,
  };
}

/** An in-memory bank: the given transactions per account, filtered to the asked range as a bank would. */
function bankWith(
  accounts: readonly AccountSummary[],
  items: Readonly<Record<string, readonly Transaction[]>>,
): BankClient {
  return {
    listAccounts: async () => [...accounts],
    getAccount: async () => {
      throw new Error('not used');
    },
    listTransactions: async (_token, id, range) =>
      (items[id] ?? [])
        .filter((item) => item.date >= range.start && item.date <= range.end)
        .sort((a, b) => b.date.toMillis() - a.date.toMillis()),
    getCustomerId: async () => 'customer-1',
  };
}

function ask(bank: BankClient, intent: BankingRequest['intent'], slots: BankingSlots = {}): Promise<string> {
  const core = createCore({ bank, logger: silentLogger(), clock, turnDeadlineMs: 2000, historyDays: 90 });
  const req: BankingRequest = {
    intent,
    slots,
    locale: 'en-US',
    timeZone: ZONE,
    accessToken: 'token',
    session: {},
    platform: 'alexa',
    requestId: 'r1',
    sessionId: 's1',
  };
  return core(req).then((reply) => reply.speech);
}

describe('pay means pay', () => {
  const paycheck = tx(6, 241_238, 'ACME PAYROLL DIR DEP PPD', {
    payee: 'ACME Payroll',
    category: 'Income',
    transactionType: 'DIRECTDEPOSIT',
  });
  const later = [
    tx(1, 2_549, 'INTEREST PAYMENT', { payee: 'Interest', category: 'Income', transactionType: 'INTEREST' }),
    tx(2, 1_210, 'DIVIDEND PAID', { transactionType: 'DIVIDEND' }),
    tx(3, 2_399, 'REFUND AMAZON MKTP', { payee: 'Amazon', transactionType: 'POSCREDIT' }),
    tx(4, 20_000, 'ONLINE TRANSFER FROM SAV ...7710', { category: 'Transfer', transactionType: 'TRANSFER' }),
    tx(5, 1_100, 'INTEREST PAYMENT', { category: 'Income' }),
    tx(5, 4_500, 'REVERSAL OF PAYROLL FEE'),
  ];

  it('answers "did my paycheck arrive" with the payroll credit, past a later interest credit, dividend, refund and own transfer', async () => {
    const said = await ask(bankWith([checking], { chk: [paycheck, ...later] }), 'lastTransactionWith', {});
    assert.match(said, /^Your last credit from ACME Payroll was \$2,412\.38, /);
  });

  it('finds pay by its statement words when the bank sends no transaction type', async () => {
    const { transactionType: _type, ...untyped } = paycheck;
    const said = await ask(bankWith([checking], { chk: [untyped, ...later] }), 'lastTransactionWith', {
      merchant: 'my paycheck',
    });
    assert.match(said, /^Your last credit from ACME Payroll was \$2,412\.38, /);
  });

  it('says no paycheck was found when only interest, dividends, refunds and transfers came in', async () => {
    const said = await ask(bankWith([checking], { chk: later }), 'lastTransactionWith', {});
    assert.match(said, /^I didn't find a paycheck in the last 90 days\./);
  });

  it('classifies each kind of credit', () => {
    assert.equal(isPay(paycheck), true);
    assert.deepEqual(later.map(isPay), [false, false, false, false, false, false]);
    assert.equal(isPay(tx(1, -241_238, 'ACME PAYROLL DIR DEP PPD')), false, 'money out is never pay');
  });
});

describe('interest earned', () => {
  it('sums interest credits on deposit accounts exactly, leaving out dividends, pay, card interest charges and older items', async () => {
    const interest = (daysAgo: number, cents: number, account: string): Transaction =>
      tx(daysAgo, cents, `INTEREST PAYMENT ${account}`, { payee: 'Interest', transactionType: 'INTEREST' });
    const bank = bankWith([checking, savings, card], {
      chk: [
        interest(10, 10, 'CHK'),
        interest(40, 20, 'CHK'),
        tx(5, 241_238, 'PAYROLL', { transactionType: 'DIRECTDEPOSIT' }),
      ],
      sav: [
        interest(10, 1_234, 'SAV'),
        interest(40, 1_301, 'SAV'),
        tx(12, 999, 'DIVIDEND', { transactionType: 'DIVIDEND' }),
        interest(200, 5_000, 'OLD'),
      ],
      card: [tx(8, -1_999, 'INTEREST CHARGE ON PURCHASES', { transactionType: 'INTEREST' })],
    });
    const period = {
      ok: true,
      adjusted: false,
      granularity: 'day',
      range: { start: today().minus({ days: 60 }).startOf('day'), end: today().endOf('day') },
    } as const;
    const said = await ask(bank, 'interestEarned', { period });
    // 0.10 + 0.20 + 12.34 + 13.01 = 25.65, exactly; the 200-day-old credit is outside the 60 days asked.
    assert.match(said, /you earned \$25\.65 in interest, from 4 interest payments\./);
  });

  it("answers 'this year' from as far back as the bank's history reaches, and says so", async () => {
    const said = await ask(bankWith([checking], { chk: [] }), 'interestEarned', {});
    const yearStart = today().startOf('year');
    const historyStart = today().minus({ days: 89 }).startOf('day');
    assert.equal(said.startsWith('Your bank shares the last 90 days: '), historyStart > yearStart, said);
  });

  it('says so when no interest came in', async () => {
    const said = await ask(bankWith([checking], { chk: [] }), 'interestEarned', {});
    assert.match(said, /I didn't find any interest paid to you (since|so far this year|today)/);
  });

  it('does not count a card interest charge described in words as interest earned', () => {
    assert.equal(isInterestEarned(tx(1, 1_999, 'INTEREST CHARGE REVERSAL')), false);
    assert.equal(isInterestEarned(tx(1, 25, 'Interest paid')), true);
  });
});
