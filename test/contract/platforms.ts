import type { BankingIntent } from '../../shared/banking/contract';
import { toPlainText } from '../../shared/speech/ssml';
import { alexaEnvelope } from '../support/alexa-requests';
import { postJson } from '../support/service';

/** A turn as the scenario list writes it: platform-free. */
export interface Ask {
  readonly intent: BankingIntent;
  readonly account?: string;
  readonly lastFour?: string;
  readonly count?: number;
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
}

export interface Platform {
  readonly name: 'alexa' | 'google';
  start(serviceUrl: string, token: string | undefined): Conversation;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function alexaSlots(ask: Ask): Record<string, string> {
  return {
    ...(ask.account ? { account: ask.account } : {}),
    ...(ask.lastFour ? { lastFour: ask.lastFour } : {}),
    ...(ask.count ? { count: String(ask.count) } : {}),
  };
}

export const alexa: Platform = {
  name: 'alexa',
  start(serviceUrl, token) {
    let attributes: Record<string, unknown> = {};
    let first = true;
    return {
      async say(ask) {
        const envelope = alexaEnvelope({ intent: ask.intent, slots: alexaSlots(ask), attributes, newSession: first, ...(token ? { token } : {}) });
        first = false;
        const { status, body } = await postJson(`${serviceUrl}/alexa`, envelope);
        const response = obj(obj(body).response);
        attributes = obj(obj(body).sessionAttributes);
        const ssml = str(obj(response.outputSpeech).ssml);
        const card = obj(response.card);
        return {
          status, ssml, text: toPlainText(ssml),
          endSession: response.shouldEndSession !== false,
          reprompt: response.reprompt !== undefined,
          linkAccount: card.type === 'LinkAccount',
          cardText: `${str(card.title)}\n${str(card.content)}`,
        };
      },
    };
  },
};
