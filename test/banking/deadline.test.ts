import assert from 'node:assert/strict';
import { TOKENS } from '../support/memory-bank-data';
import { DEADLINE_MS, factsOf, heard, request, setup, type Setup } from './harness';

/**
 * The turn deadline, counted on the injected clock from when the platform request arrived: a bank
 * that never answers, or answers late, gets the spoken apology and its calls aborted. The clock
 * stands still, so moving it forward is what spends the budget; no test waits more than a few
 * milliseconds of real time.
 */

/** A request stamped as arriving `spentMs` ago on the setup's clock: `DEADLINE_MS - spentMs` is left. */
const arrivedAgo = (s: Setup, spentMs: number): number => {
  const receivedAt = s.clock.monotonicMs();
  s.clock.advance(spentMs);
  return receivedAt;
};

describe('banking core over an in-memory bank: the turn deadline', () => {
  let s: Setup;
  beforeEach(() => {
    s = setup();
  });

  it('apologises within the deadline when the bank never answers, and aborts the call', async () => {
    s.bank.fail({ method: 'listAccounts', fault: { hang: true } });
    const reply = await s.core(request('getBalance', {}, TOKENS.alex, { receivedAt: arrivedAgo(s, DEADLINE_MS - 5) }));
    assert.equal(factsOf(reply, 'failure').reason, 'bankUnavailable');
    assert.match(heard(reply), /can't reach your bank right now/);
    assert.equal(reply.endSession, true);
    assert.equal(s.turns[0]?.outcome, 'timeout');
    assert.deepEqual(
      s.bank.calls.map((c) => [c.method, c.signalled, c.aborted]),
      [['listAccounts', true, true]],
    );
  });

  it('apologises when the bank answers, but only after the deadline', async () => {
    s.bank.fail({ method: 'listAccounts', fault: { delayMs: 30 } });
    const reply = await s.core(
      request('listAccounts', {}, TOKENS.alex, { receivedAt: arrivedAgo(s, DEADLINE_MS - 3) }),
    );
    assert.equal(factsOf(reply, 'failure').reason, 'bankUnavailable');
    assert.equal(s.bank.calls[0]?.aborted, true);
  });

  it('answers a slow bank that is still inside the budget', async () => {
    s.bank.fail({ fault: { delayMs: 2 } });
    const reply = await s.core(
      request('getBalance', {}, TOKENS.alex, { receivedAt: arrivedAgo(s, DEADLINE_MS - 500) }),
    );
    assert.equal(factsOf(reply, 'balances').balances.length, 3);
    assert.equal(s.turns[0]?.outcome, 'ok');
  });

  it('counts the time spent before the core (verification, time-zone lookup) against the same budget', async () => {
    s.bank.fail({ method: 'getAccount', fault: { delayMs: 2 } });
    const reply = await s.core(
      request('getBalance', {}, TOKENS.alex, { receivedAt: arrivedAgo(s, DEADLINE_MS + 1000) }),
    );
    assert.equal(factsOf(reply, 'failure').reason, 'bankUnavailable');
  });

  it('aborts every call still in flight when a later step of the turn runs out of time', async () => {
    s.bank.fail({ method: 'getAccount', fault: { hang: true } });
    const reply = await s.core(request('getBalance', {}, TOKENS.alex, { receivedAt: arrivedAgo(s, DEADLINE_MS - 5) }));
    assert.equal(factsOf(reply, 'failure').reason, 'bankUnavailable');
    const details = s.bank.calls.filter((c) => c.method === 'getAccount');
    assert.deepEqual(
      details.map((c) => c.aborted),
      [true, true, true],
    );
    assert.deepEqual([s.turns[0]?.calls, s.turns[0]?.criticalPath], [4, 2]);
  });

  it('gives a request without an arrival stamp the whole budget', async () => {
    const short = setup({ turnDeadlineMs: 5 });
    short.bank.fail({ method: 'listTransactions', fault: { hang: true } });
    const reply = await short.core(request('spending', { merchant: 'starbucks' }, TOKENS.alex));
    assert.equal(factsOf(reply, 'failure').reason, 'bankUnavailable');
    assert.ok(short.bank.calls.filter((c) => c.method === 'listTransactions').every((c) => c.aborted));
  });

  it('passes the turn signal to every bank call of a question that fans out', async () => {
    await s.core(request('spending', {}, TOKENS.kim));
    assert.ok(s.bank.calls.length > 3);
    assert.ok(s.bank.calls.every((c) => c.signalled));
  });
});
