import { dialogflow } from 'actions-on-google';
import { apologyReply, type Core, type Logger, type PeriodContext } from '../../shared';
import { localeOf, toBankingRequest } from './to-banking-request';
import { toWebhookResponse } from './to-webhook-response';
import { isAssistantOrigin, isWebhookRequest, type WebhookRequest } from './webhook-request';

export interface GoogleAgentOptions {
  readonly core: Core;
  readonly logger: Logger;
  /** IANA zone used when the request names none (Dialogflow ES usually does not). */
  readonly defaultTimeZone: string;
  /** Clock and bank history for resolving spoken periods. */
  readonly periods: PeriodContext;
}

/** What the agent answers: an HTTP status and a JSON body (a WebhookResponse on 200). */
export interface AgentAnswer {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * Answers one verified Dialogflow ES webhook call. Only plain JSON crosses this boundary, so
 * actions-on-google's express 4 typings never meet our express 5 code.
 */
export type GoogleAgent = (body: WebhookRequest, receivedAt?: number) => Promise<AgentAnswer>;

/** actions-on-google hands the handler its own loose view of the body; we take back our typed one. */
function webhookBody(body: unknown): WebhookRequest {
  if (!isWebhookRequest(body)) throw new TypeError('not a Dialogflow webhook request');
  return body;
}

/**
 * The Dialogflow app: one fallback handler for every intent (the intent map decides, not an
 * ordered chain) and one catcher for what translation itself could not handle (the core never throws).
 */
export function createGoogleAgent({ core, logger, defaultTimeZone, periods }: GoogleAgentOptions): GoogleAgent {
  const app = dialogflow();
  // The SDK hands the handler the very body object it was given: its arrival stamp rides along here.
  const arrivals = new WeakMap<object, number>();
  app.fallback(async (conv) => {
    const body = webhookBody(conv.body);
    const receivedAt = arrivals.get(body);
    const request = toBankingRequest(body, defaultTimeZone, periods);
    const reply = await core(receivedAt === undefined ? request : { ...request, receivedAt });
    conv.json(toWebhookResponse(reply, { session: body.session, assistant: isAssistantOrigin(body) }));
  });
  app.catch((conv, error: unknown) => {
    const body: unknown = conv.body;
    const request = isWebhookRequest(body) ? body : undefined;
    logger.error({ requestId: request?.responseId, type: error instanceof Error ? error.name : typeof error }, 'google translation failed');
    const reply = apologyReply(localeOf(request?.queryResult.languageCode));
    conv.json(toWebhookResponse(reply, { session: request?.session, assistant: request ? isAssistantOrigin(request) : false }));
  });
  // No headers: the secret was checked before this point and has no business inside the SDK.
  return async (body, receivedAt) => {
    if (receivedAt !== undefined) arrivals.set(body, receivedAt);
    const answer = await app.handler(body, {});
    return { status: answer.status, body: answer.body };
  };
}
