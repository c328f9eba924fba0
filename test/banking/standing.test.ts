import assert from 'node:assert/strict';
import { TOKENS } from '../support/memory-bank-data';
import { heard, request, setup, type Setup } from './harness';

/**
 * "Am I overdrawn" is judged on the ledger (current) balance, and "how much cash do I have" says
 * which balance it added up: an overdraft line, a hold and a bank that sends only one balance.
 */
describe('banking core over an in-memory bank: overdrawn and cash by the right balance', () => {
  let s: Setup;
  beforeEach(() => {
    s = setup();
  });

  it('is overdrawn below zero on the ledger even when an overdraft line leaves money available, and not overdrawn because of a hold', async () => {
    const said = heard(await s.core(request('overdrawn', {}, TOKENS.lee)));
    assert.equal(
      said,
      'Yes. Overdraft Checking ending in 3141 is overdrawn by $50.00. ' +
        "Held Savings ending in 2718 and Ledger Money Market ending in 1618 aren't overdrawn. " +
        'Pending items put the available balance of Held Savings ending in 2718 $20.00 below zero. Anything else?',
    );
  });

  it('goes by the available balance only when the bank sent no current one, and says so', async () => {
    const said = heard(await s.core(request('overdrawn', {}, TOKENS.jo)));
    assert.equal(
      said,
      "No. Simple Checking ending in 2604 isn't overdrawn. " +
        "Your bank didn't send the current balance of Simple Checking ending in 2604, so I went by the available balance. Anything else?",
    );
  });

  it('names the current balance it counted as cash where the bank sent no available one', async () => {
    const said = heard(await s.core(request('cashAvailable', {}, TOKENS.lee)));
    assert.equal(
      said,
      "You have $730.00 to spend. That's the available balance of Overdraft Checking ending in 3141 and Held Savings ending in 2718 " +
        'and the current balance of Ledger Money Market ending in 1618, added up. ' +
        "Your bank didn't send an available balance for Ledger Money Market ending in 1618, so pending items may not be taken off. Anything else?",
    );
    const one = heard(await s.core(request('cashAvailable', {}, TOKENS.jo)));
    assert.match(
      one,
      /That's the available balance of Simple Checking ending in 2604; credit cards, lines of credit and loans aren't counted\./,
    );
  });
});
