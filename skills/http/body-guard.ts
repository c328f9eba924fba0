import express, { type RequestHandler } from 'express';

/** Limits for one webhook body, checked before any SDK (or JSON.parse) sees it. */
export interface BodyLimits {
  /** Largest body accepted, in bytes. */
  readonly maxBytes: number;
  /** Deepest nesting of JSON objects and arrays accepted. */
  readonly maxDepth: number;
}

/** Voice platforms send small, shallow bodies; these leave room for session state many times over. */
export const ALEXA_BODY_LIMITS: BodyLimits = { maxBytes: 128 * 1024, maxDepth: 32 };
export const DIALOGFLOW_BODY_LIMITS: BodyLimits = { maxBytes: 100 * 1024, maxDepth: 32 };

/** Deepest `{`/`[` nesting of JSON text, strings skipped; stops counting once past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}

/** Fixed bodies for refused requests: never the parser's or an SDK's own words. */
export const BAD_REQUEST = { error: 'bad request' } as const;
export const TOO_LARGE = { error: 'too large' } as const;

/**
 * Reads the raw body as text (any content type) within `maxBytes`, and refuses with 400 a body
 * nested deeper than `maxDepth` (413 when too large) before anything parses it. The text is left
 * in `req.body`, exactly as received, for signature checks over the raw bytes.
 */
export function bodyGuard(limits: BodyLimits): RequestHandler[] {
  const text = express.text({ type: () => true, limit: limits.maxBytes, defaultCharset: 'utf-8' });
  const readText: RequestHandler = (req, res, next) => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- express's Request is the IncomingMessage body-parser's typings ask for
    text(req, res, (error?: unknown) => {
      if (error === undefined) { next(); return; }
      const tooLarge = typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large';
      res.status(tooLarge ? 413 : 400).json(tooLarge ? TOO_LARGE : BAD_REQUEST);
    });
  };
  const checkDepth: RequestHandler = (req, res, next) => {
    const body: unknown = req.body;
    if (typeof body !== 'string') req.body = '';
    else if (jsonDepth(body, limits.maxDepth) > limits.maxDepth) {
      res.status(400).json(BAD_REQUEST);
      return;
    }
    next();
  };
  return [readText, checkDepth];
}
