import type { BankingIntent } from '../../shared/banking/contract';
import { ALEXA_INTENT_MAP } from '../../skills/alexa/intent-map';
import {
  alexaEnvelope as platformEnvelope,
  alexaIntent,
  alexaLaunch,
  alexaSessionEnded,
} from '../../simulator/platforms/requests';
import { testClock } from './clock';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The Alexa intent name for a core intent (the first in the map that points at it). */
export function alexaIntentName(intent: BankingIntent): string {
  const entry = Object.entries(ALEXA_INTENT_MAP).find(([, core]) => core === intent);
  if (!entry) throw new Error(`no Alexa intent for ${intent}`);
  return entry[0];
}

export interface AlexaTurn {
  readonly intent: BankingIntent | 'launch' | 'sessionEnded';
  readonly slots?: Readonly<Record<string, string>>;
  readonly token?: string;
  readonly attributes?: Record<string, unknown>;
  readonly locale?: string;
  readonly timestamp?: string;
  readonly skillId?: string;
  readonly newSession?: boolean;
  readonly sessionId?: string;
}

function requestFor(turn: AlexaTurn): Record<string, unknown> {
  if (turn.intent === 'launch') return alexaLaunch();
  if (turn.intent === 'sessionEnded') return alexaSessionEnded();
  return alexaIntent(alexaIntentName(turn.intent), turn.slots ?? {}, { dialogState: 'COMPLETED' });
}

/** A request envelope as Alexa sends it (no apiEndpoint: no Settings API lookup leaves the machine). */
export function alexaEnvelope(turn: AlexaTurn): Record<string, unknown> {
  return platformEnvelope({
    request: requestFor(turn),
    skillId: turn.skillId ?? TEST_SKILL_ID,
    timestamp: turn.timestamp ?? testClock().now().toISO() ?? '',
    locale: turn.locale ?? 'en-US',
    ...(turn.token ? { token: turn.token } : {}),
    session: {
      id: turn.sessionId ?? 'amzn1.echo-api.session.TEST',
      new: turn.newSession ?? true,
      attributes: turn.attributes ?? {},
    },
  });
}
