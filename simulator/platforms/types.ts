import type { DateTime } from 'luxon';
import type { Understanding } from '../understand/understand';

/** What the user hears and sees, read back from either platform's response. */
export interface Reply {
  /** Plain text of the speech (SSML tags dropped). Empty when nothing is said. */
  readonly speech: string;
  readonly reprompt?: string;
  readonly card?: { readonly title: string; readonly text: string };
  readonly linkAccount: boolean;
  readonly endSession: boolean;
}

/** One request and its response, raw and read. */
export interface Exchange {
  readonly request: unknown;
  readonly status: number;
  readonly response: unknown;
  readonly reply: Reply;
}

/** Sends one JSON body to a path of the service; the answer's status and parsed body. */
export type Poster = (
  path: '/alexa' | '/google',
  body: unknown,
  headers: Readonly<Record<string, string>>,
) => Promise<{ status: number; body: unknown }>;

/** Who is talking, and how the service is reached. */
export interface SessionSettings {
  readonly post: Poster;
  /** Account-linking token; absent means not linked. */
  readonly token?: string;
  readonly locale: string;
  /** Today in the user's zone: the simulator resolves dates against it. */
  readonly today: () => DateTime;
  /** Dialogflow shared secret, sent as `x-voicebank-secret` when set. */
  readonly secret?: string;
  /** Alexa skill id the envelope names. */
  readonly skillId: string;
}

/** One platform conversation: carries the platform's session state from turn to turn. */
export interface PlatformSession {
  readonly platform: 'alexa' | 'google';
  /** True once the service ended the session. */
  readonly ended: boolean;
  say(understanding: Understanding, text: string): Promise<Exchange>;
  /** The user walked away: Alexa sends SessionEndedRequest; Dialogflow has nothing to send. */
  leave(): Promise<Exchange | undefined>;
}

type Json = Record<string, unknown>;

/** The value as a JSON object, or an empty one. */
export const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
/** The value as a string, or ''. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
