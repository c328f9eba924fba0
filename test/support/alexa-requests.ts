import { randomUUID } from 'node:crypto';
import type { BankingIntent } from '../../shared/banking/contract';
import { ALEXA_INTENT_MAP } from '../../skills/alexa/intent-map';
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

function requestFor(turn: AlexaTurn, requestId: string, timestamp: string, locale: string): Record<string, unknown> {
  const base = { requestId, timestamp, locale };
  if (turn.intent === 'launch') return { type: 'LaunchRequest', ...base };
  if (turn.intent === 'sessionEnded') return { type: 'SessionEndedRequest', reason: 'USER_INITIATED', ...base };
  const slots = Object.fromEntries(Object.entries(turn.slots ?? {}).map(([name, value]) => [name, { name, value, confirmationStatus: 'NONE' }]));
  return { type: 'IntentRequest', ...base, dialogState: 'COMPLETED', intent: { name: alexaIntentName(turn.intent), confirmationStatus: 'NONE', slots } };
}

/** A request envelope as Alexa sends it (no apiEndpoint: no Settings API lookup leaves the machine). */
export function alexaEnvelope(turn: AlexaTurn): Record<string, unknown> {
  const skillId = turn.skillId ?? TEST_SKILL_ID;
  const user = { userId: 'amzn1.ask.account.TEST', ...(turn.token ? { accessToken: turn.token } : {}) };
  return {
    version: '1.0',
    session: {
      new: turn.newSession ?? true, sessionId: turn.sessionId ?? 'amzn1.echo-api.session.TEST',
      application: { applicationId: skillId }, attributes: turn.attributes ?? {}, user,
    },
    context: { System: { application: { applicationId: skillId }, user, device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} } } },
    request: requestFor(turn, `amzn1.echo-api.request.${randomUUID()}`, turn.timestamp ?? testClock().now().toISO() ?? '', turn.locale ?? 'en-US'),
  };
}
