import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { BankingIntent } from '../../shared/banking/contract';
import { GOOGLE_INTENT_MAP } from '../../skills/google/intent-map';
import { toPlainText } from '../../shared/speech/ssml';
import { alexaEnvelope } from '../support/alexa-requests';
import { webhookRequest as platformWebhook } from '../../simulator/platforms/requests';
import { postJson, TEST_DIALOGFLOW_SECRET } from '../support/service';

/** A turn as the scenario list writes it: platform-free. */
export interface Ask {
  readonly intent: BankingIntent;
  readonly account?: string;
  readonly lastFour?: string;
  readonly count?: number;
  readonly merchant?: string;
  readonly category?: string;
  /** An AMAZON.DATE value (`2026-10`, `2026-11-03`); the Dialogflow runner sends the same period as @sys.date or @sys.date-period. */
  readonly date?: string;
  readonly pin?: string;
  readonly fromAccount?: string;
  readonly toAccount?: string;
  readonly fromLastFour?: string;
  readonly toLastFour?: string;
  /** As the platform hears it: "200", or "12.5" on Dialogflow. */
  readonly dollars?: string;
  readonly cents?: string;
  readonly paymentOption?: 'statement' | 'minimum';
}

/** What both adapters' replies mean, read back from the platform JSON. */
export interface Heard {
  readonly status: number;
  readonly text: string;
  readonly ssml: string;
  readonly endSession: boolean;
  readonly reprompt: boolean;
  readonly linkAccount: boolean;
  readonly cardText: string;
}

/** Sends one turn and keeps whatever session state the platform carries between turns. */
export interface Conversation {
  say(ask: Ask): Promise<Heard>;
  /** The user comes back later: a new platform session, nothing carried over. */
  restart(): void;
}

export interface Platform {
  readonly name: 'alexa' | 'google';
  start(serviceUrl: string, token: string | undefined): Conversation;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function alexaSlots(ask: Ask): Record<string, string> {
  const {
    account,
    lastFour,
    count,
    merchant,
    category,
    date,
    pin,
    fromAccount,
    toAccount,
    fromLastFour,
    toLastFour,
    dollars,
    cents,
    paymentOption,
  } = ask;
  const slots: Record<string, string | undefined> = {
    account,
    lastFour,
    count: count ? String(count) : undefined,
    merchant,
    category,
    date,
    pin,
    fromAccount,
    toAccount,
    fromLastFour,
    toLastFour,
    dollars,
    cents,
    paymentOption,
  };
  return Object.fromEntries(Object.entries(slots).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The Dialogflow form of an AMAZON.DATE day or month: @sys.date or @sys.date-period with New York offsets. */
function dialogflowDate(date: string | undefined): Record<string, unknown> {
  if (!date) return { date: '', datePeriod: '' };
  const span = /^\d{4}$/.test(date) ? 'year' : /^\d{4}-\d{2}$/.test(date) ? 'month' : undefined;
  if (span) {
    const first = DateTime.fromISO(date, { zone: 'America/New_York' }).set({ hour: 12 });
    return { date: '', datePeriod: { startDate: first.toISO(), endDate: first.endOf(span).set({ hour: 12 }).toISO() } };
  }
  return { date: DateTime.fromISO(`${date}T12:00:00`, { zone: 'America/New_York' }).toISO(), datePeriod: '' };
}

export const alexa: Platform = {
  name: 'alexa',
  start(serviceUrl, token) {
    let attributes: Record<string, unknown> = {};
    let first = true;
    let sessionId = `amzn1.echo-api.session.${randomUUID()}`;
    return {
      restart() {
        attributes = {};
        first = true;
        sessionId = `amzn1.echo-api.session.${randomUUID()}`;
      },
      async say(ask) {
        const envelope = alexaEnvelope({
          intent: ask.intent,
          slots: alexaSlots(ask),
          attributes,
          newSession: first,
          sessionId,
          ...(token ? { token } : {}),
        });
        first = false;
        const { status, body } = await postJson(`${serviceUrl}/alexa`, envelope);
        const response = obj(obj(body).response);
        attributes = obj(obj(body).sessionAttributes);
        const ssml = str(obj(response.outputSpeech).ssml);
        const card = obj(response.card);
        return {
          status,
          ssml,
          text: toPlainText(ssml),
          endSession: response.shouldEndSession !== false,
          reprompt: response.reprompt !== undefined,
          linkAccount: card.type === 'LinkAccount',
          cardText: `${str(card.title)}\n${str(card.content)}`,
        };
      },
    };
  },
};

function googleIntentName(intent: BankingIntent): string {
  const entry = Object.entries(GOOGLE_INTENT_MAP).find(([, core]) => core === intent);
  if (!entry) throw new Error(`no Dialogflow intent for ${intent}`);
  return entry[0];
}

/** A Dialogflow ES WebhookRequest as an Assistant-origin conversation sends it. */
export function webhookRequest(
  ask: Ask,
  token: string | undefined,
  contexts: unknown[],
  session: string,
): Record<string, unknown> {
  const parameters = {
    account: ask.account ?? '',
    lastFour: ask.lastFour ?? '',
    count: ask.count ?? '',
    merchant: ask.merchant ?? '',
    category: ask.category ?? '',
    pin: ask.pin ?? '',
    ...dialogflowDate(ask.date),
    fromAccount: ask.fromAccount ?? '',
    toAccount: ask.toAccount ?? '',
    fromLastFour: ask.fromLastFour ?? '',
    toLastFour: ask.toLastFour ?? '',
    // @sys.number arrives as a number; Dialogflow hears "$12.50" as 12.5.
    dollars: ask.dollars === undefined ? '' : Number(ask.dollars),
    cents: ask.cents === undefined ? '' : Number(ask.cents),
    paymentOption: ask.paymentOption ?? '',
  };
  return platformWebhook({
    session,
    displayName: googleIntentName(ask.intent),
    intentName: `${session}/intents/x`,
    queryText: ask.intent,
    parameters,
    outputContexts: contexts,
    responseId: `resp-${randomUUID()}`,
    ...(token ? { token } : {}),
    conversation: { id: 'c1', type: 'ACTIVE' },
  });
}

export const google: Platform = {
  name: 'google',
  start(serviceUrl, token) {
    let session = `projects/voicebank-test/agent/sessions/${randomUUID()}`;
    let contexts: unknown[] = [];
    return {
      restart() {
        session = `projects/voicebank-test/agent/sessions/${randomUUID()}`;
        contexts = [];
      },
      async say(ask) {
        const auth = `Basic ${Buffer.from(`dialogflow:${TEST_DIALOGFLOW_SECRET}`).toString('base64')}`;
        const { status, body } = await postJson(`${serviceUrl}/google`, webhookRequest(ask, token, contexts, session), {
          authorization: auth,
        });
        const json = obj(body);
        contexts = Array.isArray(json.outputContexts) ? json.outputContexts : [];
        const payload = obj(obj(json.payload).google);
        const items = Array.isArray(obj(payload.richResponse).items)
          ? (obj(payload.richResponse).items as unknown[])
          : [];
        const simple = obj(obj(items[0]).simpleResponse);
        const card = obj(items.map(obj).find((item) => item.basicCard)?.basicCard);
        return {
          status,
          ssml: str(simple.ssml),
          text: str(json.fulfillmentText),
          endSession: payload.expectUserResponse !== true,
          reprompt: payload.expectUserResponse === true,
          linkAccount: obj(payload.systemIntent).intent === 'actions.intent.SIGN_IN',
          cardText: `${str(card.title)}\n${str(card.formattedText)}`,
        };
      },
    };
  },
};
