import assert from 'node:assert/strict';
import type { PeriodResult } from '../../shared/dates/types';
import { hashPin } from '../../shared/security/pin-hash';
import { customerKey } from '../../shared/security/customer-key';
import { TOKENS } from '../support/memory-bank-data';
import { DEADLINE_MS, dialog, factsOf, heard, PIN_SECRET, request, setup, type Setup } from './harness';

/**
 * Voice-PIN flows in the core with the memory state store: enrolment (a trivial PIN refused, a
 * mismatch started over), verification, the question asked before the PIN answered after it,
 * wrong PINs counted to a lock, the session policy, and a store that cannot answer (fail closed).
 */

describe('banking core over an in-memory bank: voice PIN flows', function () {
  // scrypt hashes each PIN on purpose (tens of milliseconds).
  this.timeout(10_000);
  let s: Setup;
  /** 4826 hashed once for the whole file: each hash costs what it costs in production. */
  let hashed: string;
  before(async () => {
    hashed = await hashPin('4826', PIN_SECRET);
  });
  afterEach(async () => {
    await s.store?.close();
  });

  /** A dialog for a customer whose voice PIN is already 4826 (enrolment itself is tested below). */
  async function enrolled(
    token: string = TOKENS.alex,
    identity: Parameters<typeof customerKey>[0] = { customerId: `cust-${token.replace('token-', '')}` },
  ) {
    await s.store?.setPinHash(customerKey(identity, PIN_SECRET), hashed);
    return dialog(s, token);
  }

  it('offers to set a PIN before the first answer, refuses a trivial one, and answers the question asked after the confirmation', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = dialog(s, TOKENS.alex);
    const offer = await d.say('getBalance', { account: { name: 'rainy day' } });
    assert.deepEqual(offer.facts, { kind: 'pinRequired', stage: 'enrol' });
    assert.ok(!s.bank.calls.some((c) => c.method === 'getAccount'), 'nothing read before the PIN');
    const trivial = await d.say('pin', { pin: '1234' });
    assert.deepEqual(trivial.facts, { kind: 'pinRequired', stage: 'enrol' });
    assert.match(heard(trivial), /too easy to guess/);
    assert.deepEqual((await d.say('pin', { pin: '4826' })).facts, { kind: 'pinRequired', stage: 'confirm' });
    const answer = await d.say('pin', { pin: '4826' });
    assert.match(heard(answer), /^Your voice PIN is set\. /);
    assert.deepEqual(
      factsOf(answer, 'balances').balances.map((b) => b.account.lastFour),
      ['7710'],
    );
    for (const reply of [offer, trivial, answer])
      assert.doesNotMatch(reply.speech + JSON.stringify(reply.session ?? {}), /4826/);
  });

  it('starts enrolment over when the confirmation does not match', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = dialog(s, TOKENS.alex);
    await d.say('listAccounts');
    await d.say('pin', { pin: '4826' });
    const mismatch = await d.say('pin', { pin: '4862' });
    assert.deepEqual(mismatch.facts, { kind: 'pinRequired', stage: 'enrol' });
    assert.match(heard(mismatch), /didn't match/);
  });

  it('asks for the PIN on every question under the "always" policy, and answers after the right one', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = await enrolled();
    const ask = await d.say('spending', { merchant: 'starbucks' });
    assert.deepEqual(ask.facts, { kind: 'pinRequired', stage: 'verify' });
    const answer = await d.say('pin', { pin: '4826' });
    assert.equal(factsOf(answer, 'spending').merchant, 'Starbucks');
    assert.deepEqual((await d.say('getBalance')).facts, { kind: 'pinRequired', stage: 'verify' });
  });

  it('takes four bare digits (heard as "ending in …") as the PIN while it is asked for', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = await enrolled();
    await d.say('listAccounts');
    const answer = await d.say('selectAccount', { account: { lastFour: '4826' } });
    assert.equal(factsOf(answer, 'accounts').accounts.length, 4);
  });

  it('keeps the period and the "which one?" of the question asked before the PIN', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = await enrolled(TOKENS.kim);
    const period: PeriodResult = {
      ok: true,
      adjusted: false,
      granularity: 'range',
      range: { start: s.today.minus({ days: 6 }).startOf('day'), end: s.today.endOf('day') },
    };
    await d.say('spending', { account: { name: 'checking' }, merchant: 'starbucks', period });
    const which = await d.say('pin', { pin: '4826' });
    assert.equal(factsOf(which, 'chooseAccount').accounts.length, 2);
    // "The personal one" reveals account data too: the PIN is asked again, and the pick survives it.
    assert.deepEqual((await d.say('selectAccount', { account: { name: 'personal' } })).facts, {
      kind: 'pinRequired',
      stage: 'verify',
    });
    const answer = factsOf(await d.say('pin', { pin: '4826' }), 'spending');
    assert.deepEqual(
      [answer.account?.lastFour, answer.net.amount, answer.period.start],
      ['5567', '31.50', s.today.minus({ days: 6 }).toISODate()],
    );
  });

  it('counts wrong PINs, says how many tries are left, then locks and reads nothing, the right PIN included', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = await enrolled();
    await d.say('getBalance');
    assert.deepEqual((await d.say('pin', { pin: '1357' })).facts, {
      kind: 'pinRequired',
      stage: 'verify',
      attemptsLeft: 2,
    });
    assert.deepEqual((await d.say('pin', { pin: '1357' })).facts, {
      kind: 'pinRequired',
      stage: 'verify',
      attemptsLeft: 1,
    });
    const locked = await d.say('pin', { pin: '1357' });
    assert.deepEqual(locked.facts, { kind: 'failure', reason: 'pinLocked', retryAfterMinutes: 15 });
    assert.equal(locked.endSession, true);
    d.restart();
    assert.deepEqual((await d.say('getBalance')).facts, {
      kind: 'failure',
      reason: 'pinLocked',
      retryAfterMinutes: 15,
    });
    const forged = await s.core(
      request('pin', { pin: '4826' }, TOKENS.alex, {
        session: { pinFlow: { stage: 'verify', pending: { intent: 'getBalance' } } },
      }),
    );
    assert.deepEqual(forged.facts, { kind: 'failure', reason: 'pinLocked', retryAfterMinutes: 15 });
    assert.ok(!s.bank.calls.some((c) => c.method === 'getAccount'), 'no balance was read');
    // The lock follows the injected clock: fifteen minutes on, the right PIN answers.
    s.clock.advance(15 * 60_000);
    d.restart();
    await d.say('getBalance');
    assert.equal(factsOf(await d.say('pin', { pin: '4826' }), 'balances').balances.length, 3);
  });

  it('asks once per session under the "session" policy, and again in a new session', async () => {
    s = setup({ pinPolicy: 'session' });
    const d = await enrolled();
    await d.say('getBalance');
    assert.equal((await d.say('pin', { pin: '4826' })).facts?.kind, 'balances');
    assert.equal((await d.say('listAccounts')).facts?.kind, 'accounts');
    d.restart();
    assert.deepEqual((await d.say('listAccounts')).facts, { kind: 'pinRequired', stage: 'verify' });
  });

  it('keys the PIN on the account ids where the bank serves no customer id', async () => {
    s = setup({ pinPolicy: 'always' });
    const d = await enrolled(TOKENS.jo, {
      accountIds: ['jo-chk', 'jo-card', 'jo-loan', 'jo-inv', 'jo-ins', 'jo-bnpl'],
    });
    assert.deepEqual((await d.say('getBalance')).facts, { kind: 'pinRequired', stage: 'verify' });
    assert.equal((await d.say('pin', { pin: '4826' })).facts?.kind, 'balances');
  });

  it('lets a customer with no accounts through: there is nothing to protect', async () => {
    s = setup({ pinPolicy: 'always' });
    const reply = await s.core(request('getBalance', {}, TOKENS.none));
    assert.deepEqual(reply.facts, { kind: 'accounts', accounts: [] });
  });

  it('asks for no PIN before a question that reveals nothing', async () => {
    s = setup({ pinPolicy: 'always' });
    for (const intent of ['launch', 'help', 'stop', 'fallback'] as const) {
      assert.notEqual((await s.core(request(intent, {}, TOKENS.alex))).facts?.kind, 'pinRequired', intent);
    }
    assert.deepEqual(s.bank.calls, []);
  });

  it('fails closed, reading no account data, when the state store cannot answer', async () => {
    s = setup({ pinPolicy: 'always' });
    await s.store?.close();
    const reply = await s.core(request('getBalance', {}, TOKENS.alex));
    assert.deepEqual(reply.facts, { kind: 'failure', reason: 'pinUnavailable' });
    assert.ok(!s.bank.calls.some((c) => c.method === 'getAccount' || c.method === 'listTransactions'));
  });

  it('answers a bank failure while it finds who the customer is with the apology', async () => {
    s = setup({ pinPolicy: 'always' });
    s.bank.fail({ method: 'getCustomerId', fault: { status: 503 } });
    assert.equal(factsOf(await s.core(request('getBalance', {}, TOKENS.alex)), 'failure').reason, 'bankUnavailable');
  });

  it('answers a bank that hangs while it finds who the customer is within the deadline', async () => {
    s = setup({ pinPolicy: 'always' });
    s.bank.fail({ method: 'getCustomerId', fault: { hang: true } });
    const receivedAt = s.clock.monotonicMs();
    s.clock.advance(DEADLINE_MS - 5);
    assert.equal(
      factsOf(await s.core(request('getBalance', {}, TOKENS.alex, { receivedAt })), 'failure').reason,
      'bankUnavailable',
    );
    assert.equal(s.bank.calls[0]?.aborted, true);
  });
});
