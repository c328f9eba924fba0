import { randomUUID } from 'node:crypto';
import { agentIntents, type AgentIntent } from '../../interaction-models/generate/dialogflow-intents';
import { stableId } from '../../interaction-models/generate/uuid';
import type { Understanding } from '../understand/understand';
import { dialogflowParameters } from './google-parameters';
import { DIALOGFLOW_FALLBACK, dialogflowName } from './names';
import { webhookRequest } from './requests';
import { obj, str, type Exchange, type PlatformSession, type Reply, type SessionSettings } from './types';

const SECRET_HEADER = 'x-voicebank-secret';
type Context = Record<string, unknown>;

/** What a Dialogflow WebhookResponse says and shows (no reprompt: Dialogflow handles silence itself). */
export function readWebhookResponse(body: unknown): Reply {
  const json = obj(body);
  const google = obj(obj(json.payload).google);
  const items = obj(google.richResponse).items;
  const card = obj(
    (Array.isArray(items) ? items : []).map(obj).find((item) => item.basicCard !== undefined)?.basicCard,
  );
  return {
    speech: str(json.fulfillmentText),
    ...(card.title !== undefined
      ? { card: { title: str(card.title), text: str(card.formattedText).replace(/ {2}\n/g, '\n') } }
      : {}),
    linkAccount: obj(google.systemIntent).intent === 'actions.intent.SIGN_IN',
    endSession: google.expectUserResponse !== true,
  };
}

/** Contexts the response set; those it did not refresh age by a turn, as Dialogflow ages them. */
export function carryContexts(previous: readonly Context[], response: unknown): Context[] {
  const listed = obj(response).outputContexts;
  const set = (Array.isArray(listed) ? listed : []).map(obj);
  const names = new Set(set.map((context) => context.name));
  const aged = previous
    .filter((c) => !names.has(c.name))
    .map((c) => ({ ...c, lifespanCount: Number(c.lifespanCount ?? 1) - 1 }));
  return [...set, ...aged].filter((context) => Number(context.lifespanCount ?? 0) > 0);
}

/** What the request needs besides the understanding. */
interface Turn {
  readonly session: string;
  readonly contexts: readonly Context[];
  readonly first: boolean;
  readonly settings: SessionSettings;
}

/** Dialogflow's language code for a locale: `en` for the agent's default English, else lower case. */
const languageCode = (locale: string): string => (locale === 'en-US' ? 'en' : locale.toLowerCase());

/** The WebhookRequest Dialogflow ES sends for this understanding, as an Assistant-origin turn. */
export function turnRequest(
  intent: AgentIntent,
  understanding: Understanding,
  text: string,
  turn: Turn,
): Record<string, unknown> {
  const { settings } = turn;
  const welcome = intent.entries.some((entry) => entry.core === 'launch');
  return webhookRequest({
    session: turn.session,
    displayName: intent.target.name,
    responseId: `${randomUUID()}-simulator`,
    intentName: `${turn.session.split('/sessions/')[0] ?? ''}/intents/${stableId('intent', intent.target.name)}`,
    queryText: text,
    parameters: dialogflowParameters(intent, understanding.fills, settings.today()),
    outputContexts: turn.contexts,
    confidence: understanding.how === 'sample' ? 1 : 0.6,
    languageCode: languageCode(settings.locale),
    locale: settings.locale,
    ...(settings.token ? { token: settings.token } : {}),
    conversation: { id: turn.session.split('/').at(-1) ?? '', type: turn.first ? 'NEW' : 'ACTIVE' },
    inputs: [
      {
        intent: welcome ? 'actions.intent.MAIN' : 'actions.intent.TEXT',
        rawInputs: [{ inputType: 'KEYBOARD', query: text }],
      },
    ],
    surface: {
      capabilities: [{ name: 'actions.capability.AUDIO_OUTPUT' }, { name: 'actions.capability.SCREEN_OUTPUT' }],
    },
  });
}

/**
 * A Dialogflow ES conversation through the Google Assistant integration: the matched intent's
 * display name and parameters (what the agent has no intent for is its fallback), the
 * account-linking token in the Assistant payload, output contexts carried from turn to turn.
 */
export function googleSession(settings: SessionSettings): PlatformSession {
  const session = `projects/voicebank-simulator/agent/sessions/${randomUUID()}`;
  const byName = new Map(agentIntents().map((intent): [string, typeof intent] => [intent.target.name, intent]));
  const fallback = byName.get(DIALOGFLOW_FALLBACK);
  if (!fallback) throw new Error('the agent has no fallback intent');
  let contexts: Context[] = [];
  let first = true;
  let ended = false;
  return {
    platform: 'google',
    get ended() {
      return ended;
    },
    async say(understanding: Understanding, text: string): Promise<Exchange> {
      const intent = byName.get(dialogflowName(understanding.intent)) ?? fallback;
      const body = turnRequest(intent, understanding, text, { session, contexts, first, settings });
      const headers: Record<string, string> = settings.secret ? { [SECRET_HEADER]: settings.secret } : {};
      const { status, body: response } = await settings.post('/google', body, headers);
      first = false;
      contexts = carryContexts(contexts, response);
      const reply = readWebhookResponse(response);
      ended = reply.endSession || status !== 200;
      return { request: body, status, response, reply };
    },
    leave: async () => undefined,
  };
}
