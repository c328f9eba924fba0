import assert from 'node:assert/strict';
import type { PeriodResult } from '../../shared/dates/types';
import { TOKENS } from '../support/memory-bank-data';
import { dialog, factsOf, heard, request, setup, type Setup } from './harness';

/**
 * A customer with accounts in US dollars and euros (and a card purchase in pounds): every amount
 * keeps its own currency, and amounts in different currencies are never added up.
 */

const lastDays = (s: Setup, days: number): PeriodResult => ({
  ok: true,
  adjusted: false,
  granularity: 'range',
  range: { start: s.today.minus({ days: days - 1 }).startOf('day'), end: s.today.endOf('day') },
});

describe('banking core over an in-memory bank: mixed currencies', () => {
  let s: Setup;
  beforeEach(() => {
    s = setup();
  });

  it('reads each balance in its own currency', async () => {
    const reply = await s.core(request('getBalance', {}, TOKENS.max));
    const { balances } = factsOf(reply, 'balances');
    assert.deepEqual(
      balances.map((b) => [
        b.account.lastFour,
        b.available?.amount ?? b.owed?.amount,
        (b.available ?? b.owed)?.currency,
      ]),
      [
        ['1111', '900.00', 'USD'],
        ['6020', '4825.30', 'EUR'],
        ['4242', '80.00', 'USD'],
      ],
    );
    assert.match(heard(reply), /€4,825\.30/);
    assert.match(heard(reply), /\$900\.00/);
  });

  it("reads euro transactions in euros, and an item in its own currency rather than the account's", async () => {
    const euro = factsOf(
      await s.core(request('recentTransactions', { account: { name: 'euro' } }, TOKENS.max)),
      'transactions',
    );
    assert.deepEqual(
      euro.transactions.map((t) => t.amount),
      [
        { amount: '-12.40', currency: 'EUR' },
        { amount: '-30.00', currency: 'EUR' },
        { amount: '0.80', currency: 'EUR' },
      ],
    );
    const card = factsOf(
      await s.core(request('recentTransactions', { account: { name: 'world card' } }, TOKENS.max)),
      'transactions',
    );
    assert.deepEqual(card.transactions[0]?.amount, { amount: '-25.00', currency: 'GBP' });
  });

  it('totals spending on one account in its currency', async () => {
    const facts = factsOf(
      await s.core(request('spending', { account: { name: 'euro' }, period: lastDays(s, 7) }, TOKENS.max)),
      'spending',
    );
    assert.deepEqual([facts.net, facts.purchases], [{ amount: '42.40', currency: 'EUR' }, 2]);
  });

  it('asks which account instead of adding dollars to euros, then answers for the one picked', async () => {
    const max = dialog(s, TOKENS.max);
    const asked = await max.say('spending', { merchant: 'starbucks', period: lastDays(s, 7) });
    assert.deepEqual(
      factsOf(asked, 'chooseAccount').accounts.map((a) => [a.lastFour, a.currency]),
      [
        ['1111', 'USD'],
        ['6020', 'EUR'],
        ['4242', 'USD'],
      ],
    );
    assert.equal(asked.endSession, false);
    const euro = factsOf(await max.say('selectAccount', { account: { name: 'euro' } }), 'spending');
    assert.deepEqual(
      [euro.merchant, euro.net, euro.period.start],
      ['Starbucks', { amount: '12.40', currency: 'EUR' }, s.today.minus({ days: 6 }).toISODate()],
    );
    assert.deepEqual(
      s.turns.map((t) => t.outcome),
      ['ok', 'ok'],
    );
  });

  it('asks which account for pending items in two currencies, then totals the one picked', async () => {
    const max = dialog(s, TOKENS.max);
    const asked = await max.say('pendingTransactions');
    assert.equal(factsOf(asked, 'chooseAccount').accounts.length, 3);
    const usd = factsOf(await max.say('selectAccount', { account: { lastFour: '1111' } }), 'pending');
    assert.deepEqual([usd.count, usd.total], [1, { amount: '15.00', currency: 'USD' }]);
  });

  it('ranks the biggest purchases within each currency, never euros against pounds and dollars, and says so', async () => {
    const max = dialog(s, TOKENS.max);
    const reply = await max.say('biggestPurchases', { period: lastDays(s, 7) });
    const listed = factsOf(reply, 'transactions').transactions.map((t) => t.amount);
    assert.deepEqual(
      listed,
      [
        { amount: '-30.00', currency: 'EUR' },
        { amount: '-12.40', currency: 'EUR' },
        { amount: '-20.00', currency: 'USD' },
        { amount: '-15.00', currency: 'USD' },
        { amount: '-25.00', currency: 'GBP' },
      ],
      'the currency with the most purchases first, largest first within it',
    );
    assert.match(
      heard(reply),
      /your biggest purchases, largest first in each currency, across your accounts: .*€30\.00 .*€12\.40 .*\$20\.00/,
    );
    const euroOnly = await dialog(s, TOKENS.max).say('biggestPurchases', {
      account: { name: 'euro' },
      period: lastDays(s, 7),
    });
    assert.match(heard(euroOnly), /your biggest purchases, largest first, on your /, 'one currency: no need to say so');
  });

  it('still answers across accounts that share one currency', async () => {
    const facts = factsOf(await s.core(request('spending', { period: lastDays(s, 7) }, TOKENS.alex)), 'spending');
    assert.equal(facts.net.currency, 'USD');
  });
});
