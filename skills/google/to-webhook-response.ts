import { type BankingReply, toPlainText } from '../../shared';
import { SESSION_CONTEXT, SESSION_LIFESPAN } from './intent-map';
import type { BasicCard, GooglePayload, OutputContext, SimpleResponse, WebhookResponse } from './webhook-response';

/** What the reply depends on besides the core's answer. */
export interface ResponseTarget {
  /** The request's `session`; without it no context can be named, so none is written. */
  readonly session?: string | undefined;
  /** The request came through the Google Assistant integration (`source: 'google'`). */
  readonly assistant: boolean;
}

function simpleResponse(ssml: string): SimpleResponse {
  return { simpleResponse: { ssml: `<speak>${ssml}</speak>`, displayText: toPlainText(ssml) } };
}

function basicCard(card: NonNullable<BankingReply['card']>): BasicCard[] {
  // A basic card without text or image is invalid on the Assistant.
  if (card.lines.length === 0) return [];
  return [{ basicCard: { title: card.title, formattedText: card.lines.join('  \n') } }];
}

/**
 * Unlinked users on the Assistant get its sign-in helper, with the core's words as the reason;
 * the helper only runs while the conversation stays open. Elsewhere the words say it all.
 */
function googlePayload(reply: BankingReply, assistant: boolean): GooglePayload {
  if (reply.linkAccount && assistant) {
    return {
      expectUserResponse: true,
      systemIntent: {
        intent: 'actions.intent.SIGN_IN',
        data: {
          '@type': 'type.googleapis.com/google.actions.v2.SignInValueSpec',
          optContext: toPlainText(reply.speech),
        },
      },
    };
  }
  const items = [simpleResponse(reply.speech), ...(reply.card ? basicCard(reply.card) : [])];
  return { expectUserResponse: !reply.endSession, richResponse: { items } };
}

/** Writes the core's state back, or deletes the context (lifespan 0) when there is none. */
function sessionContext(reply: BankingReply, session: string | undefined): OutputContext[] {
  if (!session) return [];
  const name = `${session}/contexts/${SESSION_CONTEXT}`;
  return [
    reply.session
      ? { name, lifespanCount: SESSION_LIFESPAN, parameters: { state: reply.session } }
      : { name, lifespanCount: 0 },
  ];
}

/**
 * The core's reply → a Dialogflow ES WebhookResponse every integration can answer from. The
 * reprompt is not sent: Dialogflow integrations handle silence themselves.
 */
export function toWebhookResponse(reply: BankingReply, target: ResponseTarget): WebhookResponse {
  const plain = toPlainText(reply.speech);
  const contexts = sessionContext(reply, target.session);
  return {
    fulfillmentText: plain,
    fulfillmentMessages: [{ text: { text: [plain] } }],
    payload: { google: googlePayload(reply, target.assistant) },
    ...(contexts.length ? { outputContexts: contexts } : {}),
  };
}
