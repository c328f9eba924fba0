import { ResponseFactory } from 'ask-sdk-core';
import type { ErrorRequestHandler } from 'express';
import { apologyReply, type Logger, toPlainText } from '../../shared';
import { toAlexaResponse } from '../alexa/to-alexa-response';
import { BAD_REQUEST, TOO_LARGE } from './body-guard';

/** Fixed apologies per route, built once: nothing of the error can reach them. */
function apologies(): Readonly<Record<'/alexa' | '/google', object>> {
  const reply = apologyReply('en-US');
  const text = toPlainText(reply.speech);
  return {
    '/alexa': { version: '1.0', response: toAlexaResponse(reply, ResponseFactory.init()) },
    '/google': { fulfillmentText: text, fulfillmentMessages: [{ text: { text: [text] } }] },
  };
}

/**
 * The outermost error handler. A client error from middleware keeps its 4xx status with a fixed
 * body; anything else — a bug — is logged by kind only and answered without a 5xx: the voice routes
 * get a spoken apology (a platform replaces a 500 with silence), other paths a fixed 400.
 */
export function outerErrorHandler(logger: Logger): ErrorRequestHandler {
  const fixed = apologies();
  return (error: unknown, req, res, _next) => {
    const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json(status === 413 ? TOO_LARGE : BAD_REQUEST);
      return;
    }
    logger.error({ path: req.path, type: error instanceof Error ? error.name : typeof error }, 'request failed');
    if (req.path === '/alexa' || req.path === '/google') res.status(200).json(fixed[req.path]);
    else res.status(400).json(BAD_REQUEST);
  };
}
