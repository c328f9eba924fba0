import { dialogflow } from 'actions-on-google';
import { apologyReply, type Core, type Logger, type PeriodContext } from '../../shared';
import { localeOf, toBankingRequest } from './to-banking-request';
import { toWebhookResponse } from './to-webhook-response';
import { isAssistantOrigin, type WebhookRequest } from './webhook-request';

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

/**
 * The Dialogflow app: one fallback handler for every intent (the intent map decides, not an
 * ordered chain) and one catcher for what translation itself could not handle (the core never throws).
 */
export function createGoogleAgent({ core, logger, defaultTimeZone, periods }: GoogleAgentOptions): GoogleAgent {
  const app = dialogflow();
  // The SDK hands the handler the very body object it was given (checked once, by the route): our
  // typed view of it and its arrival stamp ride along here instead of a second shape check.
  const calls = new WeakMap<object, { readonly body: WebhookRequest; readonly receivedAt: number | undefined }>();
  const callOf = (raw: unknown) => (typeof raw === 'object' && raw !== null ? calls.get(raw) : undefined);
  app.fallback(async (conv) => {
    const call = callOf(conv.body);
    if (!call) throw new TypeError('not the webhook request this agent was handed');
    const { body, receivedAt } = call;
    const request = toBankingRequest(body, defaultTimeZone, periods);
    const reply = await core(receivedAt === undefined ? request : { ...request, receivedAt });
    conv.json(toWebhookResponse(reply, { session: body.session, assistant: isAssistantOrigin(body) }));
  });
  app.catch((conv, error: unknown) => {
    const request = callOf(conv.body)?.body;
    logger.error(
      { requestId: request?.responseId, type: error instanceof Error ? error.name : typeof error },
      'google translation failed',
    );
    const reply = apologyReply(localeOf(request?.queryResult.languageCode));
    conv.json(
      toWebhookResponse(reply, { session: request?.session, assistant: request ? isAssistantOrigin(request) : false }),
    );
  });
  // No headers: the secret was checked before this point and has no business inside the SDK.
  return async (body, receivedAt) => {
    calls.set(body, { body, receivedAt });
    const answer = await app.handler(body, {});
    return { status: answer.status, body: answer.body };
  };
}
