import assert from 'node:assert/strict';
import type { BankingIntent, BankingSlots } from '../../shared/banking/contract';
import type { FailureReason } from '../../shared/banking/facts';
import { TOKENS } from '../support/memory-bank-data';
import type { BankFault, BankMethod } from '../support/memory-bank';
import { factsOf, heard, request, setup, type Setup } from './harness';

/**
 * Every way the bank client reports a failure, and the reply each one gets: always polite, never
 * the error's own text, the right re-link or apology, and the outcome kind in the turn record.
 */

interface Expected {
  readonly fault: BankFault;
  readonly outcome: string;
  readonly reason: FailureReason;
  readonly words: RegExp;
}

const UNAVAILABLE = /can't reach your bank right now/;
const FAULTS: Readonly<Record<string, Expected>> = {
  '401 invalid token': {
    fault: { status: 401, code: '602' },
    outcome: 'unauthorized',
    reason: 'unauthorized',
    words: /expired or was turned off\. Please link it again/,
  },
  '403 forbidden': {
    fault: { status: 403, code: '403' },
    outcome: 'forbidden',
    reason: 'forbidden',
    words: /isn't letting me see that account/,
  },
  '403/706 account locked': {
    fault: { status: 403, code: '706' },
    outcome: 'forbidden',
    reason: 'forbidden',
    words: /isn't letting me see that account/,
  },
  '422/706 locked, said only by the code': {
    fault: { status: 422, code: '706' },
    outcome: 'forbidden',
    reason: 'forbidden',
    words: /isn't letting me see that account/,
  },
  '404/701 account not found': {
    fault: { status: 404, code: '701' },
    outcome: 'notFound',
    reason: 'accountGone',
    words: /closed or no longer shared/,
  },
  '409/705 account closed': {
    fault: { status: 409, code: '705' },
    outcome: 'accountClosed',
    reason: 'accountGone',
    words: /closed or no longer shared/,
  },
  '422/705 closed, said only by the code': {
    fault: { status: 422, code: '705' },
    outcome: 'accountClosed',
    reason: 'accountGone',
    words: /closed or no longer shared/,
  },
  '400/703 bad date range': {
    fault: { status: 400, code: '703' },
    outcome: 'badRequest',
    reason: 'bankUnavailable',
    words: UNAVAILABLE,
  },
  '429 too many requests': {
    fault: { status: 429 },
    outcome: 'unavailable',
    reason: 'bankUnavailable',
    words: UNAVAILABLE,
  },
  '500 server error': {
    fault: { status: 500, code: '500' },
    outcome: 'unavailable',
    reason: 'bankUnavailable',
    words: UNAVAILABLE,
  },
  '503 unavailable': { fault: { status: 503 }, outcome: 'unavailable', reason: 'bankUnavailable', words: UNAVAILABLE },
  'the client timed out': {
    fault: { transport: 'timeout' },
    outcome: 'timeout',
    reason: 'bankUnavailable',
    words: UNAVAILABLE,
  },
  'the connection was reset': {
    fault: { transport: 'network' },
    outcome: 'unavailable',
    reason: 'bankUnavailable',
    words: UNAVAILABLE,
  },
  'the voice budget ran out': {
    fault: { budgetExhausted: true },
    outcome: 'timeout',
    reason: 'bankUnavailable',
    words: UNAVAILABLE,
  },
  'an oversized body': {
    fault: { transport: 'tooLarge' },
    outcome: 'invalidResponse',
    reason: 'bankUnreadable',
    words: /couldn't read what your bank sent/,
  },
  'a body that fails validation': {
    fault: { invalid: 'body.accounts[0].accountId' },
    outcome: 'invalidResponse',
    reason: 'bankUnreadable',
    words: /couldn't read what your bank sent/,
  },
};

/** Every question that reads the bank, with slots that take it past its first call. */
const QUESTIONS: ReadonlyArray<[BankingIntent, BankingSlots]> = [
  ['listAccounts', {}],
  ['getBalance', {}],
  ['recentTransactions', {}],
  ['transactionsInPeriod', {}],
  ['pendingTransactions', {}],
  ['spending', { merchant: 'starbucks' }],
  ['cardDetails', {}],
  ['lastTransactionWith', { merchant: 'netflix' }],
  ['interestEarned', {}],
];

describe('banking core over an in-memory bank: every bank error kind', () => {
  let s: Setup;
  beforeEach(() => {
    s = setup();
  });
  const ask = (intent: BankingIntent, slots: BankingSlots = {}, options = {}) =>
    s.core(request(intent, slots, TOKENS.alex, options));

  for (const [name, expected] of Object.entries(FAULTS)) {
    it(`answers ${name} on the first bank call of every question with the same polite reply`, async () => {
      s.bank.fail({ fault: expected.fault });
      for (const [intent, slots] of QUESTIONS) {
        const reply = await ask(intent, slots);
        const facts = factsOf(reply, 'failure');
        assert.equal(facts.reason, expected.reason, intent);
        assert.match(heard(reply), expected.words, intent);
        assert.equal(reply.endSession, true, `${intent}: a failure ends the session`);
        assert.equal(reply.linkAccount, expected.reason === 'unauthorized' ? true : undefined, intent);
      }
      assert.deepEqual([...new Set(s.turns.map((t) => t.outcome))], [expected.outcome]);
      // The core never speaks or logs the error's own text.
      assert.ok(!JSON.stringify(s.logs).includes('FDX /accounts'), 'an error message reached the log');
    });
  }

  const later: ReadonlyArray<[string, BankingIntent, BankingSlots, BankMethod, string, BankFault, FailureReason]> = [
    [
      'a balance whose details the bank now forbids',
      'getBalance',
      { account: { name: 'checking' } },
      'getAccount',
      'alex-chk',
      { status: 403, code: '706' },
      'forbidden',
    ],
    [
      'one of three balances read together',
      'getBalance',
      {},
      'getAccount',
      'alex-card',
      { status: 404, code: '701' },
      'accountGone',
    ],
    [
      "a closed account's transactions",
      'recentTransactions',
      { account: { name: 'rainy day' } },
      'listTransactions',
      'alex-sav',
      { status: 409, code: '705' },
      'accountGone',
    ],
    [
      'one account of an all-accounts spending total',
      'spending',
      {},
      'listTransactions',
      'alex-card',
      { status: 502 },
      'bankUnavailable',
    ],
    [
      "a card's details",
      'cardDetails',
      {},
      'getAccount',
      'alex-card',
      { invalid: 'account.currentBalance' },
      'bankUnreadable',
    ],
  ];
  for (const [what, intent, slots, method, accountId, fault, reason] of later) {
    it(`answers a failure on a later call (${what}) as ${reason}`, async () => {
      s.bank.fail({ method, accountId, fault });
      const reply = await ask(intent, slots);
      assert.equal(factsOf(reply, 'failure').reason, reason);
      assert.ok(
        s.bank.calls.some((c) => c.method === method && c.accountId === accountId),
        'the failing call was made',
      );
    });
  }

  it('answers "more" with the apology when an account offered last turn has since closed', async () => {
    const first = await ask('getBalance');
    s.bank.fail({ method: 'getAccount', accountId: 'alex-loan', fault: { status: 409, code: '705' } });
    const more = await ask('yes', {}, { session: first.session ?? {} });
    assert.equal(factsOf(more, 'failure').reason, 'accountGone');
  });

  it('answers a bank that fails once and then recovers on the next turn', async () => {
    s.bank.fail({ fault: { status: 503 }, times: 1 });
    assert.equal(factsOf(await ask('getBalance'), 'failure').reason, 'bankUnavailable');
    assert.equal(factsOf(await ask('getBalance'), 'balances').balances.length, 3);
  });

  it('answers a token the bank does not know as a request to link again', async () => {
    const reply = await s.core(request('getBalance', {}, 'token-revoked'));
    assert.deepEqual([reply.linkAccount, reply.facts], [true, { kind: 'failure', reason: 'unauthorized' }]);
  });

  it('turns a bug below the core into an apology, logging the error type but never its message', async () => {
    const broken = setup({
      wrapBank: (bank) => ({
        ...bank,
        listAccounts: async () => {
          throw new TypeError('balance 1254.30 on 4821 for token-alex');
        },
      }),
    });
    const reply = await broken.core(request('getBalance', {}, TOKENS.alex));
    assert.deepEqual(reply.facts, { kind: 'failure', reason: 'internal' });
    assert.match(heard(reply), /something went wrong/);
    assert.equal(broken.turns[0]?.outcome, 'internal');
    const failed = broken.logs.find((line) => line.msg === 'handler failed');
    assert.equal((failed?.err as { type?: string } | undefined)?.type, 'TypeError');
    const logged = JSON.stringify(broken.logs);
    for (const secret of ['1254.30', '4821', 'token-alex']) assert.ok(!logged.includes(secret), `${secret} logged`);
  });

  describe('lists the client cut at a cap', () => {
    it('says a spending total covers only the most recent transactions it could see', async () => {
      s.bank.cap({ transactions: 2 });
      const reply = await ask('spending', { merchant: 'starbucks' });
      assert.match(heard(reply), /^In the 2 most recent transactions I can see, /);
      assert.equal(reply.facts?.kind, 'spending');
      assert.equal(s.turns[0]?.partial, true);
    });

    it('says a list covers only the part of the history it could read when paging stopped', async () => {
      s.bank.cap({ pagesCutAt: 1 });
      const reply = await ask('pendingTransactions');
      assert.match(heard(reply), /^In the part of your history I could read, /);
    });

    it('says it sees only some accounts when the account list was cut', async () => {
      s.bank.cap({ accounts: 2 });
      const reply = await ask('listAccounts');
      assert.match(heard(reply), /I can see 2 of your accounts; your bank has more\./);
      assert.equal(factsOf(reply, 'accounts').accounts.length, 2);
    });

    it('warns once, in general words, when an answer that does not say it was built from a cut list', async () => {
      s.bank.cap({ transactions: 1 });
      const reply = await ask('recentTransactions');
      assert.match(heard(reply), /^I could only read part of your history in time, so this may not be complete\. /);
      assert.equal(heard(reply).match(/part of your history/g)?.length, 1);
    });

    it('adds no warning when nothing was cut', async () => {
      const reply = await ask('recentTransactions');
      assert.doesNotMatch(heard(reply), /part of your history|can see/);
      assert.equal(s.turns[0]?.partial, false);
    });
  });
});
