import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  MixedCurrencyError,
  excludeTransfers,
  filterByRange,
  summarizeByCurrency,
  summarizeSpending,
} from '../../shared/spending/spending';
import { buy, tx } from './transactions';

const ZONE = 'America/New_York';

describe('spending totals', () => {
  it('add 0.10 and 0.20 to exactly 30 minor units', () => {
    const summary = summarizeSpending([buy('A', 10), buy('B', 20)]);
    assert.deepEqual(summary.spent, { minor: 30, currency: 'USD' });
    assert.equal(summary.purchases, 2);
  });

  it('stay exact over many small purchases', () => {
    const items = Array.from({ length: 10_000 }, () => buy('STARBUCKS', 1));
    assert.deepEqual(summarizeSpending(items).spent, { minor: 10_000, currency: 'USD' });
    const mixed = Array.from({ length: 1_000 }, (_, i) => buy('AMAZON', [10, 20, 70, 333][i % 4] ?? 0));
    assert.equal(summarizeSpending(mixed).spent.minor, 250 * (10 + 20 + 70 + 333));
  });

  it('net refunds out of purchases and count both', () => {
    const items = [buy('AMAZON', 2399), buy('AMAZON', 5000), tx({ minor: 2399, description: 'AMAZON REFUND' })];
    assert.deepEqual(summarizeSpending(items), {
      spent: { minor: 7399, currency: 'USD' },
      refunds: { minor: 2399, currency: 'USD' },
      net: { minor: 5000, currency: 'USD' },
      purchases: 2,
      refundCount: 1,
      pending: 0,
    });
  });

  it('go negative when more came back than went out', () => {
    const summary = summarizeSpending([buy('HOME DEPOT', 1000), tx({ minor: 4312, description: 'HOME DEPOT' })]);
    assert.equal(summary.net.minor, -3312);
  });

  it('count pending items and skip zero amounts', () => {
    const items = [
      tx({ minor: -645, description: 'STARBUCKS', pending: true }),
      buy('STARBUCKS', 500),
      tx({ minor: 0, description: 'AUTH CHECK' }),
    ];
    const summary = summarizeSpending(items);
    assert.equal(summary.pending, 1);
    assert.equal(summary.purchases, 2);
    assert.equal(summary.spent.minor, 1145);
  });

  it('total zero in the given currency for no transactions', () => {
    assert.deepEqual(summarizeSpending([]).net, { minor: 0, currency: 'USD' });
    assert.deepEqual(summarizeSpending([], 'EUR').spent, { minor: 0, currency: 'EUR' });
  });

  it('refuse to add different currencies, and total each on request', () => {
    const items = [buy('CAFE', 500), tx({ minor: -700, description: 'CAFE', currency: 'EUR' }), buy('CAFE', 250)];
    assert.throws(
      () => summarizeSpending(items),
      (error: unknown) => error instanceof MixedCurrencyError && error.kind === 'mixedCurrency',
    );
    const each = summarizeByCurrency(items);
    assert.deepEqual(
      each.map((s) => [s.spent.currency, s.spent.minor]),
      [
        ['USD', 750],
        ['EUR', 700],
      ],
    );
  });
});

describe('spending helpers', () => {
  it('keep transactions on both end days of a range, and none outside it', () => {
    const days = ['2026-09-30', '2026-10-01', '2026-10-15', '2026-10-31', '2026-11-01'];
    const items = days.map((day) => tx({ minor: -100, description: day, day }));
    const start = DateTime.fromISO('2026-10-01', { zone: ZONE }).startOf('day');
    const kept = (end: DateTime) => filterByRange(items, { start, end }).map((t) => t.description);
    const october = ['2026-10-01', '2026-10-15', '2026-10-31'];
    assert.deepEqual(kept(DateTime.fromISO('2026-10-31', { zone: ZONE }).endOf('day')), october);
    assert.deepEqual(kept(DateTime.fromISO('2026-10-31', { zone: ZONE }).startOf('day')), october);
  });

  it('judge the day in the range’s zone, not the transaction’s', () => {
    const lateInLa = tx({ minor: -100, description: 'late', day: '2026-10-31' });
    const shifted = { ...lateInLa, date: DateTime.fromISO('2026-10-31T22:30:00', { zone: 'America/Los_Angeles' }) };
    const start = DateTime.fromISO('2026-10-01', { zone: ZONE }).startOf('day');
    const end = DateTime.fromISO('2026-10-31', { zone: ZONE }).endOf('day');
    assert.deepEqual(filterByRange([shifted], { start, end }), []);
  });

  it('leave out transfers and income but keep spending and uncategorised items', () => {
    const items = [
      buy('PAYMENT TO REWARDS CARD ...9034', 60_000, 'Rewards Card', 'Transfer'),
      tx({ minor: 241_238, description: 'ACME PAYROLL DIR DEP PPD', category: 'Income' }),
      buy('OVERDRAFT FEE', 3500, 'Overdraft fee', 'Fees'),
      buy("TRADER JOE'S #552 BROOKLYN NY", 4500, "Trader Joe's", 'Groceries'),
      buy('MYSTERY', 100),
    ];
    assert.deepEqual(
      excludeTransfers(items).map((t) => t.description),
      ['OVERDRAFT FEE', "TRADER JOE'S #552 BROOKLYN NY", 'MYSTERY'],
    );
  });
});
