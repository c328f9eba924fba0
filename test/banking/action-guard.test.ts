import assert from 'node:assert/strict';
import { refusedAction } from '../../shared/banking/action-guard';
import type { BankingIntent, BankingRequest, BankingSlots } from '../../shared/banking/contract';
import { heard, request as coreRequest, setup } from './harness';

const request = (intent: BankingIntent, slots: BankingSlots): BankingRequest => ({
  intent,
  slots,
  locale: 'en-US',
  timeZone: 'America/New_York',
  accessToken: 'demo-alex',
  session: {},
  platform: 'alexa',
  requestId: 'r',
  sessionId: 's',
});

describe("the core's guard against action words in a data question", () => {
  it('refuses a data question whose account words ask for an action, by kind', () => {
    const cases: ReadonlyArray<readonly [BankingIntent, string, string]> = [
      ['selectAccount', 'lock my card', 'card'],
      ['getBalance', 'frozen card', 'card'],
      ['selectAccount', 'my stolen wallet', 'lost'],
      ['recentTransactions', 'card i lost', 'lost'],
      ['spending', 'fraudulent charge', 'dispute'],
      ['getBalance', 'real person', 'person'],
      ['cardDetails', 'close my card', 'change'],
      ['selectAccount', 'zelle', 'send'],
      ['selectAccount', 'turn my card off', 'card'],
    ];
    for (const [intent, name, kind] of cases)
      assert.equal(refusedAction(request(intent, { account: { name } }), false), kind, `${intent} "${name}"`);
  });

  it('leaves account names that only contain such letters alone, and a cafe called Lost Lake is a cafe', () => {
    for (const name of [
      'Lockwood savings',
      'Blockchain fund',
      'checking',
      'rainy day',
      'Personal',
      'Travel Card',
      'pay in 4',
      'PayPal credit',
      'Afterpay',
    ]) {
      assert.equal(refusedAction(request('getBalance', { account: { name } }), false), undefined, name);
    }
    assert.equal(refusedAction(request('spending', { merchant: 'Lost Lake Cafe' }), false), undefined);
  });

  it('refuses action words said as a merchant, a category, a heard account or the whole utterance', () => {
    const cases: ReadonlyArray<readonly [BankingIntent, BankingSlots, string]> = [
      ['recentTransactions', { merchant: 'report stolen card' }, 'lost'],
      ['biggestPurchases', { merchant: 'chargeback' }, 'dispute'],
      ['spending', { merchant: 'dispute' }, 'dispute'],
      ['spending', { category: 'lock my card' }, 'card'],
      ['lastTransactionWith', { merchant: 'dispute the amazon charge' }, 'dispute'],
      ['spending', { merchant: 'Amazon', merchantHeard: 'fraud at amazon' }, 'dispute'],
      ['getBalance', { account: { name: 'savings' }, accountHeard: ['lock my savings'] }, 'card'],
      ['getBalance', { account: { name: 'checking' }, accountHeard: ['freeze my checking card'] }, 'card'],
      ['getBalance', { account: { name: 'card' }, said: 'whats my balance and freeze my card' }, 'card'],
      ['transactionsInPeriod', { account: { name: 'card' }, said: 'show transactions on my lost card' }, 'lost'],
      ['spending', { said: 'how much have i spent on my stolen card' }, 'lost'],
      ['spending', { merchant: 'stop my card' }, 'card'],
      ['spending', { merchant: 'talk to a person' }, 'person'],
      ['spending', { merchant: "I didn't make this" }, 'dispute'],
      ['followUp', { merchant: 'dispute' }, 'dispute'],
      ['narrowSpending', { category: 'freeze my card' }, 'card'],
    ];
    for (const [intent, slots, kind] of cases)
      assert.equal(refusedAction(request(intent, slots), false), kind, `${intent} ${JSON.stringify(slots)}`);
  });

  it('refuses the words people say into an account slot for what we do not do', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['talk to a person', 'person'],
      ['speak to a banker', 'person'],
      ['talk to someone', 'person'],
      ['pause', 'card'],
      ['suspend', 'card'],
      ['deactivate', 'card'],
      ['stop', 'card'],
      ['report', 'lost'],
      ["can't find", 'lost'],
      ['cannot find my card', 'lost'],
      ["didn't make", 'dispute'],
      ['send', 'send'],
      ['pay', 'send'],
      ['transfer', 'move'],
      ['suspended card', 'card'],
      ['pay my rent', 'send'],
      ['send money', 'send'],
      ['transfer to savings', 'move'],
    ];
    for (const [name, kind] of cases)
      assert.equal(refusedAction(request('getBalance', { account: { name } }), false), kind, name);
    // With movement on, "transfer" in a balance question is still not answered (the refusal is about paying out).
    assert.equal(refusedAction(request('getBalance', { account: { name: 'transfer' } }), true), 'send');
  });

  it('leaves real merchant names alone: spending and last-transaction questions about them are answered', () => {
    const names = [
      'Lockwood Savings',
      'Card Factory',
      'Transfer Station Diner',
      'Stop & Shop',
      'Payless',
      'H&R Block',
      'Venmo',
      'Lost Lake Cafe',
      'Send Sushi',
      'The Lock Shop',
    ];
    for (const merchant of names) {
      for (const intent of ['spending', 'lastTransactionWith'] as const)
        assert.equal(refusedAction(request(intent, { merchant }), false), undefined, merchant);
      assert.equal(
        refusedAction(request('spending', { merchant, said: `how much did I spend at ${merchant}` }), false),
        undefined,
        merchant,
      );
    }
    for (const category of ['groceries', 'eating out', 'transfers', 'payments', 'travel'])
      assert.equal(refusedAction(request('spending', { category }), false), undefined, category);
  });

  it('refuses every money movement while movement is off, and leaves it to the movement dialogs when on', () => {
    for (const intent of ['transfer', 'payCard', 'payLoan', 'paymentAmount', 'transferStatus'] as const) {
      assert.equal(refusedAction(request(intent, {}), false), 'move');
      assert.equal(refusedAction(request(intent, {}), true), undefined);
    }
  });

  it('does not second-guess intents that read nothing', () => {
    for (const intent of ['help', 'stop', 'fallback', 'no'] as const)
      assert.equal(refusedAction(request(intent, { account: { name: 'lock my card' } }), false), undefined);
  });
});

describe('the core applies the guard before any bank call', () => {
  const ask = async (
    intent: BankingIntent,
    slots: BankingSlots,
    session: Record<string, unknown> = {},
  ): Promise<{ speech: string; calls: number }> => {
    const target = setup();
    const reply = await target.core(coreRequest(intent, slots, 'demo-alex', { session }));
    return { speech: heard(reply), calls: target.turns[0]?.calls ?? -1 };
  };

  it('refuses action words in merchant and category slots without reading the history', async () => {
    const cases: ReadonlyArray<readonly [BankingIntent, BankingSlots]> = [
      ['recentTransactions', { merchant: 'report stolen card' }],
      ['biggestPurchases', { merchant: 'chargeback' }],
      ['spending', { merchant: 'dispute' }],
      ['spending', { category: 'lock my card' }],
      ['lastTransactionWith', { merchant: 'dispute the amazon charge' }],
    ];
    for (const [intent, slots] of cases) {
      const answer = await ask(intent, slots);
      assert.equal(answer.calls, 0, `${intent} ${JSON.stringify(slots)}: ${answer.speech}`);
      assert.match(answer.speech, /by voice/, answer.speech);
    }
  });

  it('asks again, reading nothing, when a question that has no use for a merchant or category is given one', async () => {
    for (const intent of ['recentTransactions', 'biggestPurchases', 'getBalance', 'purchasesInPeriod'] as const) {
      const answer = await ask(intent, { merchant: 'Starbucks' });
      assert.equal(answer.calls, 0, `${intent}: ${answer.speech}`);
      assert.doesNotMatch(answer.speech, /Starbucks|\$/, answer.speech);
    }
    const answered = await ask('recentTransactions', {});
    assert.ok(answered.calls > 0, 'the same question without a merchant reads the history');
  });

  it('still refuses when the session carries a movement but money movement is off', async () => {
    const answer = await ask(
      'getBalance',
      { account: { name: 'lock my savings' } },
      { movement: { transferId: 'vb-00000000-0000-4000-8000-000000000000' } },
    );
    assert.equal(answer.calls, 0, answer.speech);
    assert.match(answer.speech, /by voice/, answer.speech);
  });
});
