import type { IncomingHttpHeaders } from 'node:http';
import { ResponseFactory, type Skill } from 'ask-sdk-core';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { RequestHandler } from 'express';
import { apologyReply, type Logger } from '../../shared';
import { ALEXA_BODY_LIMITS, BAD_REQUEST, bodyGuard } from '../http/body-guard';
import { receivedAtOf } from '../http/receipt';
import { toAlexaResponse } from './to-alexa-response';
import { VerificationError } from './verification';
import { parseEnvelope, readPath, readsEnvelope } from './verification/envelope';

/**
 * The body as an Alexa request envelope (refused even when signature checks are off in
 * development); throws VerificationError `body` when it is not one.
 */
function envelopeOf(body: string): RequestEnvelope {
  const envelope = parseEnvelope(body);
  if (
    typeof readPath(envelope, ['request', 'type']) !== 'string' ||
    typeof readPath(envelope, ['request', 'requestId']) !== 'string'
  ) {
    throw new VerificationError('body');
  }
  return envelope as RequestEnvelope;
}

/** What the skill's handler finds in `handlerInput.context`. */
export interface AlexaTurnContext {
  /** Monotonic ms when the HTTP request arrived: the turn deadline counts from here. */
  readonly receivedAt?: number | undefined;
}

export interface AlexaRouteOptions {
  readonly skill: Skill;
  readonly verifiers: readonly Verifier[];
  readonly logger: Logger;
}

/** Runs every verifier, as ask-sdk-express-adapter does; the reason a request was refused, or undefined. */
async function refusal(
  verifiers: readonly Verifier[],
  body: string,
  envelope: RequestEnvelope,
  headers: IncomingHttpHeaders,
): Promise<string | undefined> {
  try {
    // Checks of the envelope alone read the one parsed copy; the rest (the signature) get the text.
    await Promise.all(
      verifiers.map(async (verifier) =>
        readsEnvelope(verifier) ? verifier.verifyEnvelope(envelope) : verifier.verify(body, headers),
      ),
    );
    return undefined;
  } catch (error) {
    return error instanceof VerificationError ? error.reason : 'verifier';
  }
}

/** The envelope, or why the body is not one. */
function shapeOf(body: string): { readonly envelope: RequestEnvelope } | { readonly reason: string } {
  try {
    return { envelope: envelopeOf(body) };
  } catch (error) {
    return { reason: error instanceof VerificationError ? error.reason : 'verifier' };
  }
}

/** The answer when the skill itself failed: an apology the user hears, never a 500. */
function apologyEnvelope(): ResponseEnvelope {
  return { version: '1.0', response: toAlexaResponse(apologyReply('en-US'), ResponseFactory.init()) };
}

/**
 * Express handlers for POST /alexa: the raw body within size and nesting limits, our verifiers
 * (the same Verifier contract ask-sdk-express-adapter runs), then the ask-sdk-core skill. Unlike the
 * adapter's own handler, nothing internal reaches the caller: a refused request gets 400 with a
 * fixed body and its reason goes to the log; a failed dispatch gets a spoken apology.
 */
export function alexaHandlers({ skill, verifiers, logger }: AlexaRouteOptions): RequestHandler[] {
  const answer: RequestHandler = async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    // The shape is checked first and the text parsed once: the skill gets this very envelope.
    const shape = shapeOf(body);
    const reason = 'reason' in shape ? shape.reason : await refusal(verifiers, body, shape.envelope, req.headers);
    if (reason || !('envelope' in shape)) {
      logger.info({ platform: 'alexa', reason }, 'request refused');
      res.status(400).json(BAD_REQUEST);
      return;
    }
    const context: AlexaTurnContext = { receivedAt: receivedAtOf(res) };
    try {
      res.json(await skill.invoke(shape.envelope, context));
    } catch (error) {
      logger.error(
        { platform: 'alexa', type: error instanceof Error ? error.name : typeof error },
        'alexa dispatch failed',
      );
      res.json(apologyEnvelope());
    }
  };
  return [...bodyGuard(ALEXA_BODY_LIMITS), answer];
}
