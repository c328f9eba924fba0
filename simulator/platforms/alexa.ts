import { randomUUID } from 'node:crypto';
import { toPlainText } from '../../shared/speech/ssml';
import type { Understanding } from '../understand/understand';
import { alexaSlots } from './alexa-slots';
import { alexaTarget } from './names';
import { alexaEnvelope, alexaIntent, alexaLaunch, alexaSessionEnded, alexaTimestamp } from './requests';
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
    ...(card.type === 'Simple' || card.type === 'Standard'
      ? { card: { title: str(card.title), text: str(card.content) || str(card.text) } }
      : {}),
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

/** A request envelope as a device sends it, with the simulator's user and device. */
function envelopeFor(request: Record<string, unknown>, parts: EnvelopeParts): Record<string, unknown> {
  const { settings } = parts;
  return alexaEnvelope({
    request,
    skillId: settings.skillId,
    timestamp: alexaTimestamp(settings.today()),
    locale: settings.locale,
    ...(settings.token ? { token: settings.token } : {}),
    session: { id: parts.sessionId, new: parts.first, attributes: parts.attributes },
    userId: 'amzn1.ask.account.SIMULATOR',
    deviceId: 'amzn1.ask.device.SIMULATOR',
  });
}

/** The request an understanding becomes: a LaunchRequest, or an IntentRequest with every declared slot. */
function requestFor({ intent, fills }: Understanding, skillId: string): Record<string, unknown> {
  const target = alexaTarget(intent);
  if (target.launch) return alexaLaunch();
  return alexaIntent(target.name, intent.alexa?.kind === 'intent' ? alexaSlots(intent, fills, skillId) : {});
}

/** An Alexa conversation: one session id, session attributes carried from turn to turn. */
export function alexaSession(settings: SessionSettings): PlatformSession {
  const sessionId = `amzn1.echo-api.session.${randomUUID()}`;
  let attributes: Record<string, unknown> = {};
  let first = true;
  let ended = false;
  const send = async (request: Record<string, unknown>): Promise<Exchange> => {
    const body = envelopeFor(request, { sessionId, first, attributes, settings });
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
      return send(alexaSessionEnded());
    },
  };
}
