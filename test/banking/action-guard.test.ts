import assert from 'node:assert/strict';
import { refusedAction } from '../../shared/banking/action-guard';
import type { BankingIntent, BankingRequest, BankingSlots } from '../../shared/banking/contract';

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

  it('leaves account names that only contain such letters alone, and never reads merchants for verbs', () => {
    for (const name of ['Lockwood savings', 'Blockchain fund', 'checking', 'rainy day', 'Personal', 'Travel Card']) {
      assert.equal(refusedAction(request('getBalance', { account: { name } }), false), undefined, name);
    }
    assert.equal(refusedAction(request('spending', { merchant: 'Lost Lake Cafe' }), false), undefined);
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
