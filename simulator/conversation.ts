import type { DateTime } from 'luxon';
import type { Clock } from '../shared/clock';
import { localeCatalogue } from '../interaction-models/catalogue/locales';
import { withSandboxNames } from './sandbox-names';
import { alexaSession } from './platforms/alexa';
import { googleSession } from './platforms/google';
import type { Exchange, PlatformSession, Poster } from './platforms/types';
import { Understander, type Understanding } from './understand/understand';

/** Everything a conversation needs to know. */
export interface ConversationOptions {
  readonly platform: 'alexa' | 'google';
  readonly post: Poster;
  readonly token?: string;
  readonly locale: string;
  /** IANA zone of the user; dates are resolved in it. */
  readonly zone: string;
  readonly secret?: string;
  readonly skillId?: string;
  /** The clock the user's dates and the requests' timestamps follow. */
  readonly clock: Clock;
}

/** One turn: what was typed, what the simulator understood, what went over the wire. */
export interface Turn extends Exchange {
  readonly text: string;
  readonly understanding: Understanding;
}

/** The skill id the simulator's Alexa envelopes name when none is configured. */
export const SIMULATOR_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** A conversation with the service on one platform: understands typed text, sends it, keeps the session. */
export class Conversation {
  private readonly understander: Understander;
  private readonly session: PlatformSession;

  constructor(options: ConversationOptions) {
    const catalogue = localeCatalogue(options.locale);
    if (!catalogue) throw new Error(`no intent catalogue for ${options.locale} (interaction-models/catalogue/locales)`);
    const today = (): DateTime => options.clock.now().setZone(options.zone);
    this.understander = new Understander(withSandboxNames(catalogue), today);
    const settings = {
      post: options.post,
      locale: catalogue.locale,
      today,
      skillId: options.skillId ?? SIMULATOR_SKILL_ID,
      ...(options.token ? { token: options.token } : {}),
      ...(options.secret ? { secret: options.secret } : {}),
    };
    this.session = options.platform === 'alexa' ? alexaSession(settings) : googleSession(settings);
  }

  /** True once the service ended the session. */
  get ended(): boolean {
    return this.session.ended;
  }

  async say(text: string): Promise<Turn> {
    const understanding = this.understander.understand(text);
    const exchange = await this.session.say(understanding, text);
    return { ...exchange, text, understanding };
  }

  /** Ends the session from the user's side (Alexa's SessionEndedRequest). */
  leave(): Promise<Exchange | undefined> {
    return this.session.leave();
  }
}
