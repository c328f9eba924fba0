import { randomUUID, sign } from 'node:crypto';
import type { DateTime } from 'luxon';

/**
 * The one place that builds what the platforms send us: Alexa request envelopes (signed or not)
 * and Dialogflow ES WebhookRequests. The simulator, the certification kit, the benchmarks and the
 * tests all build their requests here, so a change in a platform's shape is made once. Platform
 * names only: mapping core intents to Alexa or Dialogflow names is the caller's business.
 * Nothing here may be imported by production code (skills/, shared/).
 */

type Json = Record<string, unknown>;

/** Alexa's timestamp format: ISO 8601 in UTC without milliseconds, e.g. `2026-06-17T14:30:00Z`. */
export function alexaTimestamp(at: DateTime | number): string {
  const ms = typeof at === 'number' ? at : at.toMillis();
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `request` of a LaunchRequest. */
export const alexaLaunch = (): Json => ({ type: 'LaunchRequest' });

/** `request` of a SessionEndedRequest. */
export const alexaSessionEnded = (reason = 'USER_INITIATED'): Json => ({ type: 'SessionEndedRequest', reason });

/** Slot values as heard (name → text), or whole slot objects (resolutions and all) as Alexa sends them. */
export type AlexaSlots = Readonly<Record<string, unknown>>;

function slotObjects(slots: AlexaSlots): Json {
  return Object.fromEntries(
    Object.entries(slots).map(([name, value]) => [
      name,
      typeof value === 'string' ? { name, value, confirmationStatus: 'NONE' } : value,
    ]),
  );
}

/** `request` of an IntentRequest for the Alexa intent `name`. */
export function alexaIntent(name: string, slots: AlexaSlots = {}, options: { dialogState?: string } = {}): Json {
  return {
    type: 'IntentRequest',
    ...(options.dialogState ? { dialogState: options.dialogState } : {}),
    intent: { name, confirmationStatus: 'NONE', slots: slotObjects(slots) },
  };
}

/** `request` of a CanFulfillIntentRequest (Alexa asks, out of session, whether we can answer). */
export function alexaCanFulfill(name: string, slots: AlexaSlots = {}): Json {
  return { type: 'CanFulfillIntentRequest', intent: { name, slots: slotObjects(slots) } };
}

/** What an Alexa envelope carries besides the request. */
export interface AlexaEnvelopeParts {
  /** The request without `requestId`, `timestamp` and `locale` (see {@link alexaIntent}, {@link alexaLaunch}). */
  readonly request: Json;
  /** `application.applicationId`; absent (null) leaves it out, as a broken request would. */
  readonly skillId: string | null;
  /** ISO 8601 instant; see {@link alexaTimestamp}. */
  readonly timestamp: string;
  readonly locale?: string;
  /** Account-linking token; absent means the user has not linked. */
  readonly token?: string;
  /** Absent for out-of-session requests (CanFulfillIntentRequest): then there is no `session`. */
  readonly session?: { readonly id: string; readonly new: boolean; readonly attributes?: Json };
  readonly userId?: string;
  readonly deviceId?: string;
  readonly requestId?: string;
  /** More of `context.System` (an `apiEndpoint` and `apiAccessToken` for the Settings API). */
  readonly system?: Json;
}

/**
 * A request envelope as a device sends it. Without `system.apiEndpoint` the service uses its
 * default zone and never calls the Settings API.
 */
export function alexaEnvelope(parts: AlexaEnvelopeParts): Json {
  const application = parts.skillId === null ? undefined : { applicationId: parts.skillId };
  const user = {
    userId: parts.userId ?? 'amzn1.ask.account.TEST',
    ...(parts.token ? { accessToken: parts.token } : {}),
  };
  const device = { deviceId: parts.deviceId ?? 'amzn1.ask.device.TEST', supportedInterfaces: {} };
  return {
    version: '1.0',
    ...(parts.session
      ? {
          session: {
            new: parts.session.new,
            sessionId: parts.session.id,
            application,
            attributes: parts.session.attributes ?? {},
            user,
          },
        }
      : {}),
    context: { System: { application, user, device, ...parts.system } },
    request: {
      requestId: parts.requestId ?? `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: parts.timestamp,
      locale: parts.locale ?? 'en-US',
      ...parts.request,
    },
  };
}

/** A certificate URL of the form Amazon uses (the verifiers must fetch it through a stand-in, never the network). */
export const ALEXA_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-voicebank.pem';

/** `Signature-256`: base64 RSA-SHA256 over the body's exact UTF-8 bytes. */
export function signAlexaBody(body: string, privateKeyPem: string): string {
  return sign('sha256', Buffer.from(body, 'utf8'), privateKeyPem).toString('base64');
}

/** The headers Alexa sends with a signed body. */
export function alexaSignatureHeaders(signature: string, certUrl: string = ALEXA_CERT_URL): Record<string, string> {
  return { signaturecertchainurl: certUrl, 'signature-256': signature };
}

/** What a Dialogflow ES WebhookRequest carries. */
export interface WebhookParts {
  /** `projects/<project>/agent/sessions/<id>`. */
  readonly session: string;
  /** The matched intent's display name ("Get Balance", "Default Welcome Intent"). */
  readonly displayName: string;
  /** `queryResult.intent.name`; default `<project>/agent/intents/<random id>`. */
  readonly intentName?: string;
  readonly parameters?: Json;
  readonly outputContexts?: readonly unknown[];
  readonly queryText?: string;
  /** Dialogflow's language code: `en` for the agent's default English. */
  readonly languageCode?: string;
  readonly confidence?: number;
  readonly responseId?: string;
  /** The Assistant user's account-linking token. */
  readonly token?: string;
  /** The Assistant user's locale, when the integration sends one. */
  readonly locale?: string;
  readonly conversation?: { readonly id: string; readonly type: 'NEW' | 'ACTIVE' };
  /** `payload.inputs` and `payload.surface`, as the Assistant integration sends them. */
  readonly inputs?: readonly unknown[];
  readonly surface?: Json;
}

/** A WebhookRequest as Dialogflow ES sends it for an Assistant-origin turn. */
export function webhookRequest(parts: WebhookParts): Json {
  const project = parts.session.split('/agent/')[0] ?? 'projects/voicebank';
  return {
    responseId: parts.responseId ?? randomUUID(),
    session: parts.session,
    queryResult: {
      queryText: parts.queryText ?? parts.displayName,
      parameters: parts.parameters ?? {},
      allRequiredParamsPresent: true,
      ...(parts.outputContexts ? { outputContexts: parts.outputContexts } : {}),
      intent: { name: parts.intentName ?? `${project}/agent/intents/${randomUUID()}`, displayName: parts.displayName },
      ...(parts.confidence === undefined ? {} : { intentDetectionConfidence: parts.confidence }),
      languageCode: parts.languageCode ?? 'en',
    },
    originalDetectIntentRequest: {
      source: 'google',
      version: '2',
      payload: {
        user: {
          ...(parts.locale ? { locale: parts.locale } : {}),
          ...(parts.token ? { accessToken: parts.token } : {}),
        },
        conversation: {
          conversationId: parts.conversation?.id ?? parts.session.split('/').at(-1) ?? 'c1',
          type: parts.conversation?.type ?? 'ACTIVE',
        },
        ...(parts.inputs ? { inputs: parts.inputs } : {}),
        ...(parts.surface ? { surface: parts.surface } : {}),
      },
    },
  };
}
