import type { RequestHandler } from 'express';
import { apologyReply, type Core, type Logger, type PeriodContext, toPlainText } from '../../shared';
import { createGoogleAgent } from './agent';
import { localeOf } from './to-banking-request';
import { createSecretCheck } from './verify-secret';
import { isWebhookRequest, type WebhookRequest } from './webhook-request';
import { BAD_REQUEST, bodyGuard, DIALOGFLOW_BODY_LIMITS } from '../http/body-guard';
import { receivedAtOf } from '../http/receipt';

export interface GoogleRouteOptions {
  readonly core: Core;
  readonly logger: Logger;
  /** Shared secret from the Dialogflow console (basic-auth password or `x-voicebank-secret`). */
  readonly secret?: string | undefined;
  /** Check the secret; off only in development (config refuses that in production). */
  readonly verify: boolean;
  /** IANA zone for users whose request names none. */
  readonly defaultTimeZone: string;
  /** Clock and bank history for resolving spoken periods. */
  readonly periods: PeriodContext;
}

/** The guarded raw text as a WebhookRequest, checked once here; undefined for anything else. */
function webhookOf(text: unknown): WebhookRequest | undefined {
  let body: unknown;
  try {
    body = JSON.parse(typeof text === 'string' ? text : '');
  } catch {
    return undefined;
  }
  return isWebhookRequest(body) ? body : undefined;
}

/**
 * Express handlers for POST /google (Dialogflow ES fulfillment): check the shared secret, parse
 * JSON, refuse what is not a WebhookRequest, then answer through the actions-on-google app.
 */
export function googleHandlers(options: GoogleRouteOptions): RequestHandler[] {
  const { logger } = options;
  const agent = createGoogleAgent(options);
  const answer: RequestHandler = async (req, res) => {
    const body = webhookOf(req.body);
    if (!body) {
      res.status(400).json(BAD_REQUEST);
      return;
    }
    try {
      const result = await agent(body, receivedAtOf(res));
      res.status(result.status).json(result.body);
    } catch (error: unknown) {
      // Only the kind of failure: the SDK's messages can quote the request.
      logger.error(
        { requestId: body.responseId, type: error instanceof Error ? error.name : typeof error },
        'google webhook failed',
      );
      // Still an answer the user hears, not a 500 that Dialogflow would replace with silence.
      const text = toPlainText(apologyReply(localeOf(body.queryResult.languageCode)).speech);
      res.status(200).json({ fulfillmentText: text, fulfillmentMessages: [{ text: { text: [text] } }] });
    }
  };
  // The secret is checked first: an unauthenticated caller learns nothing about our parsing.
  return [createSecretCheck(options), ...bodyGuard(DIALOGFLOW_BODY_LIMITS), answer];
}
