import { randomUUID } from 'node:crypto';
import { IANAZone } from 'luxon';
import {
  type BankingIntent,
  type BankingRequest,
  type BankingSlots,
  periodClock,
  type PeriodContext,
} from '../../shared';
import { GOOGLE_EVENT_MAP, GOOGLE_INTENT_MAP, GOOGLE_PARAMETERS, SESSION_CONTEXT, lookup } from './intent-map';
import { slotsOf } from './parameters';
import { isRecord, type WebhookRequest, isAssistantOrigin } from './webhook-request';

type Payload = Readonly<Record<string, unknown>>;

/** The Assistant's own input intent (`actions.intent.CANCEL`), when the payload carries one. */
function assistantIntent(payload: Payload): string | undefined {
  const first: unknown = Array.isArray(payload.inputs) ? payload.inputs[0] : undefined;
  return isRecord(first) && typeof first.intent === 'string' ? first.intent : undefined;
}

function intentOf(body: WebhookRequest, payload: Payload): BankingIntent {
  return (
    lookup(GOOGLE_INTENT_MAP, body.queryResult.intent?.displayName) ??
    lookup(GOOGLE_EVENT_MAP, body.queryResult.queryText) ??
    lookup(GOOGLE_EVENT_MAP, assistantIntent(payload)) ??
    'fallback'
  );
}

/** Dialogflow often sends a bare language (`en`); the catalogues are keyed by region. */
export function localeOf(languageCode: string | undefined): string {
  const BARE: Readonly<Record<string, string>> = { en: 'en-US' };
  try {
    const [canonical] = Intl.getCanonicalLocales(languageCode ?? 'en-US');
    return canonical ? (BARE[canonical] ?? canonical) : 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * Dialogflow ES carries no reliable zone, so the caller's default answers unless the payload
 * names a valid IANA zone (some integrations and the Assistant's `device.timeZone.id` do).
 */
export function timeZoneOf(payload: Payload, defaultZone: string): string {
  const user = isRecord(payload.user) ? payload.user : {};
  const device = isRecord(payload.device) && isRecord(payload.device.timeZone) ? payload.device.timeZone : {};
  for (const zone of [user.timezone, payload.timeZone, device.id]) {
    if (typeof zone === 'string' && zone.length <= 64 && IANAZone.isValidZone(zone)) return zone;
  }
  return defaultZone;
}

/** The core's state from our output context; anything but a JSON object is ignored. */
function sessionOf(body: WebhookRequest): Readonly<Record<string, unknown>> {
  const context = body.queryResult.outputContexts?.find((c) => c.name.endsWith(`/contexts/${SESSION_CONTEXT}`));
  const state = context?.parameters?.state;
  return isRecord(state) ? state : {};
}

function accessTokenOf(payload: Payload): string | undefined {
  const token = isRecord(payload.user) ? payload.user.accessToken : undefined;
  return typeof token === 'string' && token ? token : undefined;
}

/**
 * What was said for the merchant: Dialogflow ES keeps it as `merchant.original` in the output
 * contexts' parameters (the query's parameters hold only the resolved value).
 */
function merchantHeardOf(body: WebhookRequest, resolved: string | undefined): string | undefined {
  for (const context of body.queryResult.outputContexts ?? []) {
    const original = context.parameters?.[`${GOOGLE_PARAMETERS.merchant}.original`];
    const heard = typeof original === 'string' ? original.trim().slice(0, 100) : '';
    if (heard !== '') return heard === resolved ? undefined : heard;
  }
  return undefined;
}

/** The transcript, for the action guard only ("what's my balance and freeze my card"). */
function saidOf(body: WebhookRequest): string | undefined {
  const text = typeof body.queryResult.queryText === 'string' ? body.queryResult.queryText.trim().slice(0, 200) : '';
  return text !== '' ? text : undefined;
}

function withHeard(slots: BankingSlots, body: WebhookRequest): BankingSlots {
  const merchantHeard = merchantHeardOf(body, slots.merchant);
  const said = saidOf(body);
  return { ...slots, ...(merchantHeard ? { merchantHeard } : {}), ...(said ? { said } : {}) };
}

/** Dialogflow ES WebhookRequest → the core's request. Pure translation; periods resolve in the user's zone. */
export function toBankingRequest(
  body: WebhookRequest,
  defaultTimeZone: string,
  periods: PeriodContext,
): BankingRequest {
  const payload = body.originalDetectIntentRequest?.payload ?? {};
  const accessToken = accessTokenOf(payload);
  const timeZone = timeZoneOf(payload, defaultTimeZone);
  return {
    intent: intentOf(body, payload),
    slots: withHeard(
      slotsOf(body.queryResult.parameters ?? {}, () => periodClock(periods, timeZone)),
      body,
    ),
    locale: localeOf(body.queryResult.languageCode),
    timeZone,
    ...(accessToken ? { accessToken } : {}),
    // Only the Assistant can run a sign-in from here; Dialogflow's other integrations cannot send anything.
    linkVia: isAssistantOrigin(body) ? 'signIn' : 'bankApp',
    session: sessionOf(body),
    platform: 'google',
    requestId: body.responseId || `google-${randomUUID()}`,
    sessionId: body.session || body.responseId || `google-${randomUUID()}`,
  };
}
