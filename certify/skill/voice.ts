import type { Clock } from '../../shared/clock';
import { Conversation } from '../../simulator/conversation';
import type { Poster, Reply } from '../../simulator/platforms/types';
import { clip } from '../mask';
import { formatMs } from '../report/format';

/** The two voice platforms the service answers. */
export type Platform = 'alexa' | 'google';
/** Both platforms, in report order. */
export const PLATFORMS: readonly Platform[] = ['alexa', 'google'];

/** One turn as the certification heard it. */
export interface Heard {
  readonly platform: Platform;
  /** What the user typed (the simulator turns it into the platform's request). */
  readonly text: string;
  /** The catalogue intent the simulator understood, e.g. `getBalance`, `fallback`. */
  readonly intentId: string;
  readonly status: number;
  readonly reply: Reply;
  /** Time from sending the request to the complete answer, milliseconds. */
  readonly ms: number;
}

/** Talks to one in-process service through the offline simulator, on either platform. */
export class Voice {
  constructor(
    private readonly post: Poster,
    private readonly zone: string,
    private readonly clock: Clock,
  ) {}

  /** A new conversation (a new platform session) as `token`'s customer, or unlinked. */
  open(platform: Platform, token: string | undefined): Conversation {
    return new Conversation({
      platform,
      post: this.post,
      locale: 'en-US',
      zone: this.zone,
      clock: this.clock,
      ...(token ? { token } : {}),
    });
  }

  /** Says each utterance in turn in one new conversation. */
  async dialog(platform: Platform, token: string | undefined, texts: readonly string[]): Promise<Heard[]> {
    const conversation = this.open(platform, token);
    const heard: Heard[] = [];
    for (const text of texts) heard.push(await sayTimed(conversation, platform, text));
    return heard;
  }

  /** Says one utterance, in a new conversation, on every platform. */
  async everywhere(token: string | undefined, text: string): Promise<Heard[]> {
    const turns = await Promise.all(PLATFORMS.map((platform) => this.dialog(platform, token, [text])));
    return turns.flat();
  }
}

/** Says one utterance and times the answer. */
export async function sayTimed(conversation: Conversation, platform: Platform, text: string): Promise<Heard> {
  const started = performance.now();
  const turn = await conversation.say(text);
  const ms = Math.round(performance.now() - started);
  return { platform, text, intentId: turn.understanding.intent.id, status: turn.status, reply: turn.reply, ms };
}

/** `alexa "help" → help, HTTP 200 in 14 ms, session open, reprompt: "You can ask…"`. */
export function heardLine(heard: Heard): string {
  const { reply } = heard;
  const shape = [
    `HTTP ${heard.status} in ${formatMs(heard.ms)}`,
    reply.endSession ? 'session ended' : 'session open',
    ...(reply.reprompt ? ['reprompt'] : []),
    ...(reply.linkAccount ? ['account-linking prompt'] : []),
  ].join(', ');
  return `${heard.platform} "${heard.text}" → ${heard.intentId}, ${shape}: "${clip(reply.speech, 160)}"`;
}
