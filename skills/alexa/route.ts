import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import type { RequestHandler } from 'express';
import { VerificationError } from './verification';
import { parseEnvelope, readPath } from './verification/envelope';

/**
 * Refuses bodies that are not an Alexa request envelope. It runs as a verifier so the adapter
 * answers 400 (not 500) to broken JSON even when signature checks are off in development.
 */
export const envelopeShapeVerifier: Verifier = {
  async verify(body: string): Promise<void> {
    const envelope = parseEnvelope(body);
    if (typeof readPath(envelope, ['request', 'type']) !== 'string' || typeof readPath(envelope, ['request', 'requestId']) !== 'string') {
      throw new VerificationError('body');
    }
  },
};

/**
 * Express handlers for POST /alexa. Mount before any body parser: the signature covers the raw
 * bytes, and the adapter refuses a body someone else parsed.
 */
export function alexaHandlers(skill: Skill, verifiers: readonly Verifier[]): RequestHandler[] {
  // The adapter's own verifiers are off (false, false): ours replace them (DESIGN.md §4).
  const adapter = new ExpressAdapter(skill, false, false, [envelopeShapeVerifier, ...verifiers]);
  return adapter.getRequestHandlers();
}
