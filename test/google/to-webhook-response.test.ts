import assert from 'node:assert/strict';
import { toWebhookResponse } from '../../skills/google/to-webhook-response';
import { LINK_REPLY, LINKED_REPLY } from './helpers';

const SESSION = 'projects/voicebank-demo/agent/sessions/ABwppHG1';

describe('BankingReply → Dialogflow WebhookResponse', () => {
  it('sends SSML to the Assistant and the same words as plain text to every integration, with AT&T escaped only in SSML', () => {
    const response = toWebhookResponse(LINKED_REPLY, { session: SESSION, assistant: true });
    const plain = 'Your payment to AT&T from checking ending in 4821 was $12.50. Anything else?';
    assert.equal(response.fulfillmentText, plain);
    assert.deepEqual(response.fulfillmentMessages, [{ text: { text: [plain] } }]);
    assert.deepEqual(response.payload.google.richResponse?.items[0], {
      simpleResponse: {
        ssml: '<speak>Your payment to AT&amp;T from checking ending in <say-as interpret-as="digits">4821</say-as> was $12.50. Anything else?</speak>',
        displayText: plain,
      },
    });
  });

  it('keeps the conversation open while the core expects an answer and adds the card as a basic card', () => {
    const google = toWebhookResponse(LINKED_REPLY, { session: SESSION, assistant: true }).payload.google;
    assert.equal(google.expectUserResponse, true);
    assert.deepEqual(google.richResponse?.items[1], {
      basicCard: { title: 'Balance', formattedText: 'Everyday checking ...4821: $1,254.30  \nPaid AT&T: $12.50' },
    });
    assert.equal(google.systemIntent, undefined);
  });

  it('ends the conversation when the core ends the session and sends no card it was not given', () => {
    const google = toWebhookResponse({ speech: 'Goodbye.', endSession: true }, { session: SESSION, assistant: true })
      .payload.google;
    assert.equal(google.expectUserResponse, false);
    assert.equal(google.richResponse?.items.length, 1);
  });

  it("asks an unlinked Assistant user to sign in with the SIGN_IN helper and the core's words as the reason", () => {
    const response = toWebhookResponse(LINK_REPLY, { session: SESSION, assistant: true });
    const reason =
      "To hear about your accounts, please link your bank account first. I've sent the details to your app.";
    assert.deepEqual(response.payload.google, {
      expectUserResponse: true,
      systemIntent: {
        intent: 'actions.intent.SIGN_IN',
        data: { '@type': 'type.googleapis.com/google.actions.v2.SignInValueSpec', optContext: reason },
      },
    });
    assert.equal(response.fulfillmentText, reason);
  });

  it("gives other integrations only the core's words when the user must link, with no sign-in helper", () => {
    const response = toWebhookResponse(LINK_REPLY, { session: SESSION, assistant: false });
    assert.equal(response.payload.google.systemIntent, undefined);
    assert.equal(response.payload.google.expectUserResponse, false);
    assert.match(
      response.fulfillmentText,
      /^To hear about your accounts, please link your bank account first\. I've sent/,
    );
  });

  it('writes the core state back as the voicebank-session context with a lifespan', () => {
    const state = { more: { ids: ['acc-2'] } };
    const response = toWebhookResponse({ ...LINKED_REPLY, session: state }, { session: SESSION, assistant: false });
    assert.deepEqual(response.outputContexts, [
      { name: `${SESSION}/contexts/voicebank-session`, lifespanCount: 5, parameters: { state } },
    ]);
  });

  it('clears the voicebank-session context with lifespan 0 when the core keeps no state', () => {
    const response = toWebhookResponse(LINKED_REPLY, { session: SESSION, assistant: false });
    assert.deepEqual(response.outputContexts, [{ name: `${SESSION}/contexts/voicebank-session`, lifespanCount: 0 }]);
  });

  it('writes no context when the request named no session', () => {
    assert.equal('outputContexts' in toWebhookResponse(LINKED_REPLY, { assistant: false }), false);
  });
});
