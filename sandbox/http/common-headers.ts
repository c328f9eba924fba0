import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Header FAPI uses to correlate a request across client and bank. */
export const INTERACTION_ID_HEADER = 'x-fapi-interaction-id';

/** Printable ASCII, bounded: what we are willing to echo back. */
const ECHOABLE = /^[\x21-\x7e]{1,128}$/;

/**
 * Echoes the caller's `x-fapi-interaction-id` (or a fresh UUID when absent or unusable) on every
 * response, and marks every response as not cacheable: it is account data.
 */
export function commonHeaders(): RequestHandler {
  return (req, res, next) => {
    const given = req.get(INTERACTION_ID_HEADER)?.trim();
    res.set(INTERACTION_ID_HEADER, given !== undefined && ECHOABLE.test(given) ? given : randomUUID());
    res.set('Cache-Control', 'no-store');
    next();
  };
}
