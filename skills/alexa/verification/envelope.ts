import type { IncomingHttpHeaders } from 'node:http';
import type { Verifier } from 'ask-sdk-express-adapter';
import { VerificationError } from './verification-error';

/**
 * A verifier that reads only the parsed envelope. Our /alexa route parses the body once and hands
 * it the result (`verifyEnvelope`); `verify` (the ask-sdk contract, for any other host) parses
 * the text itself.
 */
export interface EnvelopeVerifier extends Verifier {
  /** Throws VerificationError when the envelope fails the check. */
  verifyEnvelope(envelope: unknown): void;
}

/** An {@link EnvelopeVerifier} from its check of a parsed envelope. */
export function envelopeVerifier(check: (envelope: unknown) => void): EnvelopeVerifier {
  return {
    async verify(requestEnvelope) {
      check(parseEnvelope(requestEnvelope));
    },
    verifyEnvelope: check,
  };
}

/** Whether a verifier can check an envelope parsed already. */
export function readsEnvelope(verifier: Verifier): verifier is EnvelopeVerifier {
  return typeof (verifier as Partial<EnvelopeVerifier>).verifyEnvelope === 'function';
}

/**
 * Parses the raw request body as JSON.
 * @throws VerificationError `body` when the body is missing or not JSON
 */
export function parseEnvelope(body: unknown): unknown {
  // The adapter's text parser leaves the body undefined when there is no Content-Type.
  if (typeof body !== 'string') throw new VerificationError('body');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new VerificationError('body');
  }
}

/** Follows `path` through nested plain objects; undefined as soon as a step is missing. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A header's single value, looked up case-insensitively (Node lowercases names, other callers may
 * not). Repeated headers arrive as arrays or comma-joined strings and are treated as absent/invalid
 * by the callers: Alexa sends each signature header exactly once.
 */
export function singleHeader(headers: IncomingHttpHeaders | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return typeof value === 'string' && value !== '' ? value : undefined;
  }
  return undefined;
}
