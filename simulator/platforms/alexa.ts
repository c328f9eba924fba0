import { randomUUID } from 'node:crypto';
import { toPlainText } from '../../shared/speech/ssml';
import type { Understanding } from '../understand/understand';
import { alexaSlots } from './alexa-slots';
import { alexaTarget } from './names';
import { obj, str, type Exchange, type PlatformSession, type Reply, type SessionSettings } from './types';

const speechOf = (outputSpeech: unknown): string => {
  const speech = obj(outputSpeech);
  return toPlainText(str(speech.ssml) || str(speech.text));
};

/** What an Alexa response says, shows and does. */
export function readAlexaResponse(body: unknown): Reply {
  const response = obj(obj(body).response);
  const card = obj(response.card);
  const reprompt = speechOf(obj(response.reprompt).outputSpeech);
  return {
    speech: speechOf(response.outputSpeech),
    ...(reprompt ? { reprompt } : {}),
    ...(card.type === 'Simple' || card.type === 'Standard' ? { card: { title: str(card.title), text: str(card.content) || str(card.text) } } : {}),
    linkAccount: card.type === 'LinkAccount',
    endSession: response.shouldEndSession !== false,
  };
}

/** What an envelope carries besides the request itself. */
interface EnvelopeParts {
  readonly sessionId: string;
  readonly first: boolean;
  readonly attributes: Record<string, unknown>;
  readonly settings: SessionSettings;
}

/**
 * A request envelope as a device sends it. There is no `apiEndpoint`, so the service uses its
 * default zone rather than calling the Settings API.
 */
export function alexaEnvelope(request: Record<string, unknown>, parts: EnvelopeParts): Record<string, unknown> {
  const { settings } = parts;
  const application = { applicationId: settings.skillId };
  const user = { userId: 'amzn1.ask.account.SIMULATOR', ...(settings.token ? { accessToken: settings.token } : {}) };
  return {
    version: '1.0',
    session: { new: parts.first, sessionId: parts.sessionId, application, attributes: parts.attributes, user },
    context: { System: { application, user, device: { deviceId: 'amzn1.ask.device.SIMULATOR', supportedInterfaces: {} } } },
    request: { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: settings.today().toUTC().toISO({ suppressMilliseconds: true }) ?? '', locale: settings.locale, ...request },
  };
}

/** The request an understanding becomes: a LaunchRequest, or an IntentRequest with every declared slot. */
function requestFor({ intent, fills }: Understanding, skillId: string): Record<string, unknown> {
  const target = alexaTarget(intent);
  if (target.launch) return { type: 'LaunchRequest' };
  const slots = intent.alexa?.kind === 'intent' ? alexaSlots(intent, fills, skillId) : {};
  return { type: 'IntentRequest', intent: { name: target.name, confirmationStatus: 'NONE', slots } };
}

/** An Alexa conversation: one session id, session attributes carried from turn to turn. */
export function alexaSession(settings: SessionSettings): PlatformSession {
  const sessionId = `amzn1.echo-api.session.${randomUUID()}`;
  let attributes: Record<string, unknown> = {};
  let first = true;
  let ended = false;
  const send = async (request: Record<string, unknown>): Promise<Exchange> => {
    const body = alexaEnvelope(request, { sessionId, first, attributes, settings });
    const { status, body: response } = await settings.post('/alexa', body, {});
    first = false;
    attributes = obj(obj(response).sessionAttributes);
    const reply = readAlexaResponse(response);
    ended = reply.endSession || status !== 200;
    return { request: body, status, response, reply };
  };
  return {
    platform: 'alexa',
    get ended() {
      return ended;
    },
    say: (understanding) => send(requestFor(understanding, settings.skillId)),
    async leave() {
      if (ended || first) return undefined;
      return send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    },
  };
}
