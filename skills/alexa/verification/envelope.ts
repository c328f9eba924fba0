import type { IncomingHttpHeaders } from 'node:http';
import { VerificationError } from './verification-error';

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
