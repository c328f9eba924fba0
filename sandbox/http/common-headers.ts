import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Header FAPI uses to correlate a request across client and bank. */
export const INTERACTION_ID_HEADER = 'x-fapi-interaction-id';

/** FAPI's interaction id is an RFC 4122 UUID: only that is echoed back, anything else is replaced. */
const ECHOABLE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Echoes the caller's `x-fapi-interaction-id` when it is a UUID (else sends a fresh UUID) on every
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
