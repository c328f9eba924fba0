import assert from 'node:assert/strict';
import type { AccountSummary, BankClient } from '../../shared/bank/types';
import { withAccountListCache } from '../../shared/bank/account-list-cache';
import { testClock } from '../support/clock';

const account: AccountSummary = { id: 'a', kind: 'deposit', type: 'CHECKING', status: 'OPEN', currency: 'USD' };

function countingBank(fail = false): { bank: BankClient; calls: string[] } {
  const calls: string[] = [];
  const bank: BankClient = {
    listAccounts: async (token) => {
      calls.push(token);
      if (fail) throw new Error('down');
      return [account];
    },
    getAccount: () => Promise.reject(new Error('unused')),
    listTransactions: () => Promise.reject(new Error('unused')),
    getCustomerId: () => Promise.reject(new Error('unused')),
  };
  return { bank, calls };
}

describe('account list reuse between turns', () => {
  it('asks the bank once per customer within the time to live, and again after it', async () => {
    const clock = testClock({ ticking: false });
    const { bank, calls } = countingBank();
    const cached = withAccountListCache(bank, { ttlMs: 1000, clock });
    await cached.listAccounts('token-1');
    await cached.listAccounts('token-1');
    await cached.listAccounts('token-2');
    clock.advance(1001);
    await cached.listAccounts('token-1');
    assert.deepEqual(calls, ['token-1', 'token-2', 'token-1']);
  });

  it('keeps no failure, so the next turn asks the bank again', async () => {
    const { bank, calls } = countingBank(true);
    const cached = withAccountListCache(bank, { ttlMs: 1000, clock: testClock() });
    await assert.rejects(cached.listAccounts('t'));
    await assert.rejects(cached.listAccounts('t'));
    assert.equal(calls.length, 2);
  });

  it('keeps at most the configured number of customers, and is off at 0', async () => {
    const { bank, calls } = countingBank();
    const cached = withAccountListCache(bank, { ttlMs: 60_000, maxEntries: 2, clock: testClock() });
    for (const token of ['a', 'b', 'c', 'a']) await cached.listAccounts(token);
    assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
    const off = withAccountListCache(bank, { ttlMs: 0, clock: testClock() });
    assert.equal(off, bank);
  });
});
