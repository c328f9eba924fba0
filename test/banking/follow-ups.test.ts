import assert from 'node:assert/strict';

/** The session without the last question (issue 14's follow-ups keep it in every open session). */
const withoutLast = (session?: Record<string, unknown>): Record<string, unknown> | undefined => {
  if (!session) return session;
  const { last: _last, ...rest } = session;
  return Object.keys(rest).length > 0 ? rest : undefined;
};
import type { PeriodResult } from '../../shared/dates/types';
import { TOKENS } from '../support/memory-bank-data';
import { dialog, factsOf, heard, request, setup, type Dialog, type Setup } from './harness';

/**
 * Every follow-up: "which account?" for each question that can wait for one, the answer by name or
 * by last four digits, "yes"/"more" on every list, "did you mean …?" for merchants, and a period
 * kept for "how much of that …". The session each reply writes is what the next turn gets back.
 */

const lastDays = (s: Setup, days: number): PeriodResult => ({
  ok: true,
  adjusted: false,
  granularity: 'range',
  range: { start: s.today.minus({ days: days - 1 }).startOf('day'), end: s.today.endOf('day') },
});
const lastFours = (accounts: readonly { lastFour?: string }[]): (string | undefined)[] =>
  accounts.map((a) => a.lastFour);

describe('banking core over an in-memory bank: every follow-up', () => {
  let s: Setup;
  let kim: Dialog;
  beforeEach(() => {
    s = setup();
    kim = dialog(s, TOKENS.kim);
  });

  describe('"which account?"', () => {
    it('asks which checking account for a balance, then answers the one picked by name', async () => {
      const asked = await kim.say('getBalance', { account: { name: 'my checking' } });
      assert.deepEqual(lastFours(factsOf(asked, 'chooseAccount').accounts), ['2231', '5567']);
      assert.equal(asked.endSession, false);
      assert.deepEqual(withoutLast(asked.session), { pick: { intent: 'getBalance', ids: ['kim-hh', 'kim-pers'] } });
      const answered = await kim.say('selectAccount', { account: { name: 'the personal one' } });
      const { balances } = factsOf(answered, 'balances');
      assert.deepEqual(
        [balances.length, balances[0]?.account.lastFour, balances[0]?.available?.amount],
        [1, '5567', '615.50'],
      );
    });

    it('takes the last four digits as the answer', async () => {
      await kim.say('getBalance', { account: { name: 'checking' } });
      const answered = await kim.say('selectAccount', { account: { lastFour: '2231' } });
      assert.equal(factsOf(answered, 'balances').balances[0]?.account.lastFour, '2231');
    });

    it('asks again, keeping the candidates, when the answer still fits both or fits neither', async () => {
      await kim.say('getBalance', { account: { name: 'checking' } });
      for (const answer of [{ name: 'checking' }, { name: 'emergency fund' }, { lastFour: '0000' }]) {
        const again = await kim.say('selectAccount', { account: answer });
        assert.deepEqual(lastFours(factsOf(again, 'chooseAccount').accounts), ['2231', '5567'], JSON.stringify(answer));
        assert.deepEqual(again.session?.pick, { intent: 'getBalance', ids: ['kim-hh', 'kim-pers'] });
      }
      const answered = await kim.say('selectAccount', { account: { name: 'household' } });
      assert.equal(factsOf(answered, 'balances').balances[0]?.account.lastFour, '2231');
    });

    it('answers spending at a merchant on the account picked, over the period first asked about', async () => {
      const period = lastDays(s, 7);
      const asked = await kim.say('spending', { account: { name: 'checking' }, merchant: 'starbucks', period });
      assert.equal(asked.facts?.kind, 'chooseAccount');
      assert.deepEqual(withoutLast(asked.session), {
        pick: { intent: 'spending', ids: ['kim-hh', 'kim-pers'], merchant: 'starbucks' },
        period: { start: s.today.minus({ days: 6 }).toISODate(), end: s.today.toISODate() },
      });
      const answered = factsOf(await kim.say('selectAccount', { account: { name: 'personal' } }), 'spending');
      assert.deepEqual(
        [answered.account?.lastFour, answered.merchant, answered.net.amount, answered.purchases],
        ['5567', 'Starbucks', '31.50', 2],
      );
      assert.deepEqual(answered.period, { start: s.today.minus({ days: 6 }).toISODate(), end: s.today.toISODate() });
    });

    it('answers spending in a category on the account picked', async () => {
      await kim.say('spending', { account: { name: 'checking' }, category: 'groceries', period: lastDays(s, 7) });
      const answered = factsOf(await kim.say('selectAccount', { account: { lastFour: '2231' } }), 'spending');
      assert.deepEqual(
        [answered.account?.lastFour, answered.category, answered.net.amount],
        ['2231', 'groceries', '54.20'],
      );
    });

    it('answers what is pending on the account picked', async () => {
      const asked = await kim.say('pendingTransactions', { account: { name: 'checking' } });
      assert.equal(factsOf(asked, 'chooseAccount').accounts.length, 2);
      const answered = factsOf(await kim.say('selectAccount', { account: { name: 'household' } }), 'pending');
      assert.deepEqual(
        [answered.count, answered.total.amount, answered.transactions[0]?.description],
        [1, '18.00', 'Shell'],
      );
    });

    it('answers the transactions of the period first asked about, on the account picked', async () => {
      const asked = await kim.say('transactionsInPeriod', { account: { name: 'checking' }, period: lastDays(s, 3) });
      assert.equal(asked.facts?.kind, 'chooseAccount');
      const answered = factsOf(await kim.say('selectAccount', { account: { name: 'household' } }), 'transactions');
      assert.deepEqual(answered.period, { start: s.today.minus({ days: 2 }).toISODate(), end: s.today.toISODate() });
      assert.deepEqual([answered.account?.lastFour, answered.count], ['2231', 2]);
    });

    it('answers recent transactions on the account picked, with the count first asked for', async () => {
      await kim.say('recentTransactions', { account: { name: 'checking' }, count: 2 });
      const answered = factsOf(await kim.say('selectAccount', { account: { name: 'household' } }), 'transactions');
      assert.deepEqual([answered.account?.lastFour, answered.count], ['2231', 2]);
    });

    it('asks which card when there are several, and answers from the FDX fallback fields of the one picked', async () => {
      const asked = await kim.say('cardDetails');
      assert.deepEqual(lastFours(factsOf(asked, 'chooseAccount').accounts), ['1456', '8890', '4409']);
      const { details } = factsOf(await kim.say('selectAccount', { account: { name: 'travel card' } }), 'card');
      assert.deepEqual(
        [details.statementBalance?.amount, details.minimumDue?.amount, details.dueDate],
        ['982.40', '35.00', s.today.plus({ days: 12 }).toISODate()],
      );
    });

    it('takes an account named out of the blue as a choice to ask about, and reads nothing of it', async () => {
      const before = s.bank.calls.length;
      const reply = await kim.say('selectAccount', { account: { name: 'emergency fund' } });
      assert.equal(reply.endSession, false);
      assert.match(reply.speech, /What would you like to know about your emergency fund\?/);
      assert.deepEqual(
        s.bank.calls
          .slice(before)
          .map((call) => call.method)
          .filter((method) => method !== 'listAccounts'),
        [],
        'no account data read',
      );
    });
  });

  describe('"yes" and "more"', () => {
    it('reads the other accounts three at a time until none are left', async () => {
      const first = factsOf(await kim.say('getBalance'), 'balances');
      assert.deepEqual([first.balances.length, first.moreAccounts], [3, 4]);
      const second = await kim.say('yes');
      assert.deepEqual([factsOf(second, 'balances').balances.length, factsOf(second, 'balances').moreAccounts], [3, 1]);
      assert.match(heard(second), /hear the other account\?$/);
      const last = await kim.say('yes');
      assert.deepEqual(lastFours(factsOf(last, 'balances').balances.map((b) => b.account)), ['4409']);
      assert.equal(withoutLast(last.session), undefined);
      const more = await kim.say('yes');
      assert.match(heard(more), /nothing more to read/);
      assert.equal(more.facts, undefined);
    });

    it('reads a period list on, page by page, and ends with "anything else"', async () => {
      const alex = dialog(s, TOKENS.alex);
      const first = await alex.say('transactionsInPeriod', { period: lastDays(s, 10) });
      assert.equal(factsOf(first, 'transactions').count, 10);
      const said: string[] = [];
      let reply = first;
      for (let page = 0; page < 4 && reply.session?.more; page += 1) {
        reply = await alex.say('yes');
        said.push(heard(reply));
      }
      assert.equal(said.length, 3);
      assert.match(said[0] ?? '', /Netflix/);
      assert.match(said[2] ?? '', /Anything else\?$/);
      assert.equal(reply.session?.more, undefined);
      // The period asked about stays "that" for the next question.
      assert.deepEqual(reply.session?.period, {
        start: s.today.minus({ days: 9 }).toISODate(),
        end: s.today.toISODate(),
      });
    });

    it('reads pending items on, only pending ones, and the pending window never becomes "that" period', async () => {
      const first = await kim.say('pendingTransactions');
      const facts = factsOf(first, 'pending');
      assert.deepEqual([facts.count, facts.total.amount, facts.transactions.length], [4, '117.50', 4]);
      assert.match(heard(first), /hear more\?$/);
      assert.equal(first.session?.period, undefined);
      const rest = await kim.say('yes');
      // The list read on is still only the pending items; this page is the fourth, oldest one.
      assert.deepEqual(
        factsOf(rest, 'transactions').transactions.map((t) => [t.description, t.pending]),
        [
          ['Starbucks', true],
          ['Shell', true],
          ['Hilton', true],
          ['Uber', true],
        ],
      );
      assert.match(heard(rest), /\$12\.00 at Uber/);
      assert.doesNotMatch(heard(rest), /Hilton|Delta|Whole Foods/);
      assert.equal(rest.session?.period, undefined);
    });

    it('says there is nothing to read on when nothing was offered', async () => {
      const reply = await s.core(request('yes', {}, TOKENS.alex));
      assert.equal(reply.endSession, false);
      assert.match(heard(reply), /nothing more to read/);
      assert.deepEqual(s.bank.calls, []);
    });
  });

  describe('merchants and periods carried to the next turn', () => {
    it('answers "did you mean …?" with the merchant named, over the period first asked about', async () => {
      const asked = await kim.say('spending', { merchant: 'amazon', period: lastDays(s, 10) });
      assert.deepEqual(factsOf(asked, 'chooseMerchant').merchants, ['Amazon Marketplace', 'Amazon Prime Video']);
      const answered = factsOf(await kim.say('selectAccount', { account: { name: 'prime video' } }), 'spending');
      assert.deepEqual(
        [answered.merchant, answered.net.amount, answered.period.start],
        ['Amazon Prime Video', '8.99', s.today.minus({ days: 9 }).toISODate()],
      );
    });

    it('keeps the period for "how much of that was at restaurants"', async () => {
      const alex = dialog(s, TOKENS.alex);
      const first = factsOf(await alex.say('spending', { period: lastDays(s, 3) }), 'spending');
      // The NLU fills the merchant slot with a category name.
      const ofThat = factsOf(await alex.say('spending', { merchant: 'restaurants' }), 'spending');
      assert.deepEqual(ofThat.period, first.period);
      // Olive Garden (MCC 5812), Ben & Jerry's ("Restaurants") and the Starbucks coffee (5814) count; Trader Joe's does not.
      assert.deepEqual([ofThat.category, ofThat.net.amount], ['restaurants', '58.10']);
    });

    it('asks about this month so far when no period was named or kept', async () => {
      const reply = factsOf(await s.core(request('spending', { merchant: 'starbucks' }, TOKENS.alex)), 'spending');
      assert.deepEqual(reply.period, { start: s.today.startOf('month').toISODate(), end: s.today.toISODate() });
    });
  });

  describe('session state a platform sends back', () => {
    it('resolves the answer against the accounts listed now when none of those offered is still shared', async () => {
      const stale = { pick: { intent: 'getBalance', ids: ['gone-1', 'gone-2'] } };
      const reply = await s.core(
        request('selectAccount', { account: { name: 'personal' } }, TOKENS.kim, { session: stale }),
      );
      assert.equal(factsOf(reply, 'balances').balances[0]?.account.lastFour, '5567');
      const again = await s.core(
        request('selectAccount', { account: { name: 'checking' } }, TOKENS.kim, { session: stale }),
      );
      assert.deepEqual(lastFours(factsOf(again, 'chooseAccount').accounts), ['2231', '5567']);
      assert.doesNotMatch(heard(again), /Which one: \?/);
      const none = await s.core(
        request('selectAccount', { account: { name: 'yacht' } }, TOKENS.kim, { session: stale }),
      );
      assert.deepEqual(none.facts, { kind: 'accountNotFound' });
    });

    it('never reads an account it did not offer, whatever the session says', async () => {
      const reply = await s.core(
        request('selectAccount', { account: { name: 'emergency fund' } }, TOKENS.kim, {
          session: { pick: { intent: 'getBalance', ids: ['kim-hh', 'kim-pers'] } },
        }),
      );
      assert.equal(reply.facts?.kind, 'chooseAccount');
      assert.ok(!s.bank.calls.some((c) => c.method === 'getAccount'));
    });
  });
});
