import type { Request, RequestHandler, Response } from 'express';

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
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
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

/** A declared charset we read; UTF-8 is what both platforms send (and what Alexa signs). */
const UTF8_CHARSET = /;\s*charset\s*=\s*"?utf-?8"?\s*(?:;|$)/i;

/**
 * Strict UTF-8: a byte sequence that is not UTF-8 (a stray `\xff`, an encoded surrogate
 * `\xed\xa0\x80`, an overlong form, a cut-off character) is refused instead of turning silently
 * into U+FFFD. A leading byte-order mark is kept, so the text is the bytes exactly as sent.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as text, or undefined when they are not well-formed UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Why a body was refused before anything read it as JSON. */
type BodyProblem = 'tooLarge' | 'bad';

/** The body's declared charset and encoding are ones we read without conversion. */
function plainUtf8(req: Request): boolean {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = req.headers['content-type'];
  return type === undefined || !/;\s*charset\s*=/i.test(type) || UTF8_CHARSET.test(type);
}

/**
 * Reads the whole body as UTF-8 text within `maxBytes` (bytes that are not UTF-8 are refused): a declared length over the limit is
 * refused before a byte is read, a body that grows past it as soon as it does (and the connection
 * is closed after the answer, so the rest is never read). A compressed body or one in another
 * charset is refused: neither platform sends one, and the signature covers the bytes as sent.
 */
function readBody(
  req: Request,
  maxBytes: number,
  done: (problem: BodyProblem | undefined, text?: string) => void,
): void {
  if (!plainUtf8(req)) {
    done('bad');
    return;
  }
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) {
    done('tooLarge');
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (problem: BodyProblem | undefined, text?: string): void => {
    if (finished) return;
    finished = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.off('aborted', onError);
    done(problem, text);
  };
  const onData = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > maxBytes) {
      finish('tooLarge');
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = (): void => {
    const text = strictUtf8(chunks.length === 1 ? (chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(chunks, size));
    finish(text === undefined ? 'bad' : undefined, text);
  };
  const onError = (): void => finish('bad');
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('aborted', onError);
}

function refuse(res: Response, problem: BodyProblem): void {
  // The unread rest of a refused body is not worth reading: close the connection after answering.
  res.set('connection', 'close');
  res.status(problem === 'tooLarge' ? 413 : 400).json(problem === 'tooLarge' ? TOO_LARGE : BAD_REQUEST);
}

/**
 * Reads the raw body as text (any content type) within `maxBytes`, and refuses with 400 a body
 * nested deeper than `maxDepth` (413 when too large) before anything parses it. The text is left
 * in `req.body`, exactly as received, for signature checks over the raw bytes.
 */
export function bodyGuard(limits: BodyLimits): RequestHandler[] {
  const readText: RequestHandler = (req, res, next) => {
    readBody(req, limits.maxBytes, (problem, text) => {
      if (problem !== undefined) {
        refuse(res, problem);
        return;
      }
      req.body = text ?? '';
      next();
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
