import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { demoCustomers, faultFor, HISTORY_DAYS, MAX_SLOW_MS, type SandboxCustomer } from '../../sandbox';
import { NOW, TODAY } from './helpers';

const ZONE = 'America/New_York';

function customer(token: string, now: Date = NOW): SandboxCustomer {
  const found = demoCustomers(now, ZONE).find((c) => c.token === token);
  assert.ok(found, `no customer ${token}`);
  return found;
}

function payees(c: SandboxCustomer): Set<string> {
  return new Set(c.accounts.flatMap((a) => a.transactions.map((t) => t.payee)));
}

describe('sandbox demo data', () => {
  it('is identical for two instants on the same day in the sandbox zone', () => {
    const morning = new Date('2025-03-14T04:30:00Z'); // 00:30 in New York
    const night = new Date('2025-03-15T03:59:00Z'); // 23:59 in New York
    assert.equal(JSON.stringify(demoCustomers(morning, ZONE)), JSON.stringify(demoCustomers(night, ZONE)));
  });

  it('changes when the day changes, keeping the items of days both histories cover', () => {
    const today = customer('demo-alex').accounts[2];
    const tomorrow = customer('demo-alex', new Date('2025-03-15T15:30:00Z')).accounts[2];
    assert.ok(today && tomorrow);
    assert.notEqual(JSON.stringify(today), JSON.stringify(tomorrow));
    const posted = (t: { status: string; transactionId: string; at: DateTime }): boolean =>
      t.status === 'POSTED' && t.at.toISODate() === '2025-03-01';
    assert.deepEqual(
      JSON.stringify(today.transactions.filter(posted)),
      JSON.stringify(tomorrow.transactions.filter(posted)),
    );
  });

  it('keeps every transaction within the 90 days before today and none today or later', () => {
    const earliest = DateTime.fromISO(TODAY, { zone: ZONE }).minus({ days: HISTORY_DAYS });
    const startOfToday = DateTime.fromISO(TODAY, { zone: ZONE });
    for (const c of demoCustomers(NOW, ZONE)) {
      for (const t of c.accounts.flatMap((a) => a.transactions)) {
        assert.ok(t.at >= earliest && t.at < startOfToday, `${t.transactionId} at ${t.at.toISO() ?? ''}`);
        if (t.postedAt !== undefined) assert.ok(t.postedAt <= startOfToday && t.postedAt > t.at);
        assert.ok(Number.isSafeInteger(t.amountCents) && t.amountCents > 0);
      }
    }
  });

  it('gives Alex about three months of history, a card due within a week and pending items from the last two days', () => {
    const alex = customer('demo-alex');
    const [checking, savings, card] = alex.accounts;
    assert.equal(checking?.nickname, 'Everyday');
    assert.equal(savings?.nickname, 'Rainy Day');
    assert.ok(card?.kind === 'credit');
    assert.equal(card.productName, 'Rewards Card');
    const due = DateTime.fromISO(card.statement.dueDate, { zone: ZONE });
    const daysAhead = due.diff(DateTime.fromISO(TODAY, { zone: ZONE }), 'days').days;
    assert.ok(daysAhead > 0 && daysAhead <= 7, `due ${card.statement.dueDate}`);
    const all = alex.accounts.flatMap((a) => a.transactions);
    assert.ok(
      all.some((t) => t.at.toISODate() === '2024-12-14'),
      'history starts 90 days back',
    );
    const pending = all.filter((t) => t.status === 'PENDING');
    assert.ok(pending.length >= 1 && pending.length <= 3);
    for (const t of pending) {
      assert.equal(t.postedAt, undefined);
      assert.ok(['2025-03-12', '2025-03-13'].includes(t.at.toISODate() ?? ''));
    }
  });

  it('gives Alex biweekly ACME Payroll credits, recurring merchants and merchant refunds', () => {
    const alex = customer('demo-alex');
    const all = alex.accounts.flatMap((a) => a.transactions);
    const pay = all.filter((t) => t.payee === 'ACME Payroll');
    assert.ok(pay.length >= 6 && pay.every((t) => t.debitCreditMemo === 'CREDIT' && t.category === 'Income'));
    const gaps = pay
      .slice(1)
      .map((t, i) => Math.round((pay[i]?.at.startOf('day') ?? t.at).diff(t.at.startOf('day'), 'days').days));
    assert.ok(
      gaps.every((g) => g === 14),
      `gaps ${gaps.join(',')}`,
    );
    const starbucks = all.filter((t) => t.description === 'STARBUCKS STORE #1234 SEATTLE WA');
    assert.ok(starbucks.length >= 9, `only ${starbucks.length} Starbucks visits in 90 days`);
    assert.ok(all.filter((t) => t.payee === 'Netflix').length === 3);
    assert.ok(all.filter((t) => t.payee === "Trader Joe's" && t.debitCreditMemo === 'DEBIT').length >= 12);
    const refunds = all.filter(
      (t) => t.debitCreditMemo === 'CREDIT' && t.category !== 'Income' && t.category !== 'Transfer',
    );
    assert.ok(refunds.length >= 2);
    const categories = new Set(all.map((t) => t.category));
    // Words for some merchants, ISO 18245 codes for others (FDX: "preferably MCC or SIC"): 5541 fuel, 4121 rides, 4814 telecom, 4899 streaming, 5942 books.
    for (const c of [
      'Groceries',
      'Restaurants',
      'Coffee Shops',
      '5541',
      '4121',
      '4814',
      '4899',
      'Income',
      'Transfer',
      '5942',
    ]) {
      assert.ok(categories.has(c), `no ${c}`);
    }
  });

  it('includes merchant names with an ampersand, an apostrophe and accents', () => {
    const names = payees(customer('demo-alex'));
    for (const name of ['AT&T', "Ben & Jerry's", "Trader Joe's", 'Café Müller'])
      assert.ok(names.has(name), `missing ${name}`);
  });

  it('makes Sam overdrawn, with pending items lowering the available balance further', () => {
    const [checking, ...others] = customer('demo-sam').accounts;
    assert.equal(others.length, 0);
    assert.ok(checking?.kind === 'deposit');
    assert.ok(checking.currentCents < 0);
    const pending = checking.transactions.filter((t) => t.status === 'PENDING');
    assert.ok(pending.length >= 3);
    assert.equal(checking.availableCents, checking.currentCents - pending.reduce((sum, t) => sum + t.amountCents, 0));
  });

  it('gives Kim seven accounts, two of them checking with different nicknames', () => {
    const kim = customer('demo-kim');
    assert.equal(kim.accounts.length, 7);
    const checking = kim.accounts.filter((a) => a.accountType === 'CHECKING');
    assert.deepEqual(
      checking.map((a) => a.nickname),
      ['Household', 'Personal'],
    );
    assert.deepEqual(kim.accounts.map((a) => a.accountType).sort(), [
      'CHECKING',
      'CHECKING',
      'CREDITCARD',
      'CREDITCARD',
      'LINEOFCREDIT',
      'MORTGAGE',
      'SAVINGS',
    ]);
    assert.ok(kim.accounts.every((a) => /^\d{4}$/.test(a.last4)));
  });
});

describe('sandbox fault tokens', () => {
  it('caps fault-slow delays and ignores tokens that only look like faults', () => {
    assert.deepEqual(faultFor('fault-slow-250'), { kind: 'slow', ms: 250 });
    assert.deepEqual(faultFor('fault-slow-999999'), { kind: 'slow', ms: MAX_SLOW_MS });
    assert.equal(faultFor('fault-slow-'), undefined);
    assert.equal(faultFor('fault-slow-1e3'), undefined);
    assert.equal(faultFor('fault-toString'), undefined);
    assert.equal(faultFor('demo-alex'), undefined);
  });
});
