import assert from 'node:assert/strict';
import type { BankingReply } from '../../shared/banking/contract';
import type { Core } from '../../shared/banking/dispatch';
import { silentLogger } from '../../shared/log/logger';
import { createGoogleAgent } from '../../skills/google/agent';
import { fakeCore, fixture, LINK_REPLY, LINKED_REPLY, PERIODS } from './helpers';

const ZONE = 'America/New_York';

describe('the actions-on-google Dialogflow app', () => {
  it('sends every intent through the one fallback handler to the core and answers with our WebhookResponse', async () => {
    const { core, seen } = fakeCore({ ...LINKED_REPLY, session: { more: { ids: ['acc-2'] } } });
    const agent = createGoogleAgent({ core, logger: silentLogger(), defaultTimeZone: ZONE, periods: PERIODS });
    const answer = await agent(fixture('select-account-with-context'));
    assert.equal(answer.status, 200);
    assert.equal(seen[0]?.intent, 'selectAccount');
    assert.deepEqual(seen[0].session, { pick: { intent: 'getBalance', ids: ['acc-checking-01', 'acc-checking-02'] } });
    assert.deepEqual(answer.body.outputContexts, [
      {
        name: 'projects/voicebank-demo/agent/sessions/ABwppHG3/contexts/voicebank-session',
        lifespanCount: 5,
        parameters: { state: { more: { ids: ['acc-2'] } } },
      },
    ]);
    assert.match(String(answer.body.fulfillmentText), /AT&T/);
  });

  it('still reads a numeric count after the SDK turned it into a string', async () => {
    const { core, seen } = fakeCore(LINKED_REPLY);
    await createGoogleAgent({ core, logger: silentLogger(), defaultTimeZone: ZONE, periods: PERIODS })(
      fixture('recent-transactions-parameters'),
    );
    assert.deepEqual(seen[0]?.slots, {
      account: { lastFour: '0042' },
      count: 5,
      said: 'what are my last 5 transactions on the account ending in 0042',
    });
  });

  it('answers an unlinked Assistant user with the SIGN_IN helper', async () => {
    const { core } = fakeCore(LINK_REPLY);
    const answer = await createGoogleAgent({ core, logger: silentLogger(), defaultTimeZone: ZONE, periods: PERIODS })(
      fixture('unlinked-assistant-launch'),
    );
    assert.deepEqual(answer.body.payload, {
      google: {
        expectUserResponse: true,
        systemIntent: {
          intent: 'actions.intent.SIGN_IN',
          data: {
            '@type': 'type.googleapis.com/google.actions.v2.SignInValueSpec',
            optContext:
              "To hear about your accounts, please link your bank account first. I've sent the details to your app.",
          },
        },
      },
    });
  });

  it("answers an unlinked web messenger user with the core's words in fulfillmentText only", async () => {
    const { core } = fakeCore(LINK_REPLY);
    const answer = await createGoogleAgent({ core, logger: silentLogger(), defaultTimeZone: ZONE, periods: PERIODS })(
      fixture('unlinked-messenger-balance'),
    );
    const text = "To hear about your accounts, please link your bank account first. I've sent the details to your app.";
    assert.equal(answer.body.fulfillmentText, text);
    assert.deepEqual(answer.body.fulfillmentMessages, [{ text: { text: [text] } }]);
    assert.equal(JSON.stringify(answer.body).includes('SIGN_IN'), false);
  });

  it("apologises in the catalogue's words, without the error's text, when the core or the translation throws", async () => {
    const broken: Core = async () => {
      throw new Error('secret detail from the bank');
    };
    const answer = await createGoogleAgent({
      core: broken,
      logger: silentLogger(),
      defaultTimeZone: ZONE,
      periods: PERIODS,
    })(fixture('linked-assistant-balance'));
    assert.equal(answer.status, 200);
    assert.equal(answer.body.fulfillmentText, 'Sorry, something went wrong on my side. Please try again.');
    assert.equal(JSON.stringify(answer.body).includes('secret detail'), false);
  });

  it("answers the Assistant's cancel with a closing simple response that ends the conversation", async () => {
    const reply: BankingReply = { speech: 'Goodbye.', endSession: true };
    const { core } = fakeCore(reply);
    const answer = await createGoogleAgent({ core, logger: silentLogger(), defaultTimeZone: ZONE, periods: PERIODS })(
      fixture('assistant-cancel'),
    );
    assert.equal(answer.body.fulfillmentText, 'Goodbye.');
    assert.deepEqual(answer.body.payload, {
      google: {
        expectUserResponse: false,
        richResponse: { items: [{ simpleResponse: { ssml: '<speak>Goodbye.</speak>', displayText: 'Goodbye.' } }] },
      },
    });
  });
});
