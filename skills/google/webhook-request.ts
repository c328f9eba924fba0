import { isRecord } from '../../shared';

/** One active context as Dialogflow ES sends it: `projects/…/sessions/<id>/contexts/<name>`. */
export type WebhookContext = {
  readonly name: string;
  readonly lifespanCount?: number;
  readonly parameters?: Readonly<Record<string, unknown>>;
};

/**
 * The part of a Dialogflow ES (v2) WebhookRequest we read. Everything is optional except
 * `queryResult`; values inside `parameters` and `payload` stay `unknown` until parsed.
 */
export type WebhookRequest = {
  readonly responseId?: string;
  /** `projects/<project>/agent/sessions/<id>`; output context names are built from it. */
  readonly session?: string;
  readonly queryResult: {
    readonly queryText?: string;
    /** Dialogflow's language tag, often bare (`en`). */
    readonly languageCode?: string;
    readonly parameters?: Readonly<Record<string, unknown>>;
    readonly outputContexts?: readonly WebhookContext[];
    readonly intent?: { readonly displayName?: string };
  };
  readonly originalDetectIntentRequest?: {
    /** `google` for Assistant-origin requests; other integrations name themselves or send nothing. */
    readonly source?: string;
    readonly payload?: Readonly<Record<string, unknown>>;
  };
};

export { isRecord } from '../../shared';

const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);
const isString = (value: unknown): boolean => typeof value === 'string';

function isContext(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    optional(value.lifespanCount, (v) => typeof v === 'number') &&
    optional(value.parameters, isRecord)
  );
}

function isQueryResult(value: unknown): boolean {
  return (
    isRecord(value) &&
    optional(value.queryText, isString) &&
    optional(value.languageCode, isString) &&
    optional(value.parameters, isRecord) &&
    optional(value.outputContexts, (v) => Array.isArray(v) && v.length <= 100 && v.every(isContext)) &&
    optional(value.intent, (v) => isRecord(v) && optional(v.displayName, isString))
  );
}

function isPayload(value: unknown): boolean {
  return (
    isRecord(value) &&
    optional(value.user, isRecord) &&
    optional(value.conversation, isRecord) &&
    optional(value.inputs, (v) => Array.isArray(v) && v.every(isRecord))
  );
}

function isOrigin(value: unknown): boolean {
  return isRecord(value) && optional(value.source, isString) && optional(value.payload, isPayload);
}

/**
 * Checks the shape of everything the adapter (and actions-on-google, which destructures these
 * fields without checks) reads, so a malformed body is refused with 400 rather than a crash.
 */
export function isWebhookRequest(body: unknown): body is WebhookRequest {
  // A `result` field would make actions-on-google read the body as Dialogflow v1.
  return (
    isRecord(body) &&
    body.result === undefined &&
    isQueryResult(body.queryResult) &&
    optional(body.responseId, isString) &&
    optional(body.session, isString) &&
    optional(body.originalDetectIntentRequest, isOrigin)
  );
}

/** True when the request came through the Google Assistant integration. */
export function isAssistantOrigin(body: WebhookRequest): boolean {
  return body.originalDetectIntentRequest?.source === 'google';
}
