import type { RequestHandler } from 'express';
import { FAULT_CUSTOMER_TOKEN, faultFor } from '../tokens';
import type { CustomerLookup } from './directory';
import { FDX_ERRORS, sendError } from './fdx-errors';
import type { Sessions } from './session';

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 b64token), else undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Resolves the bearer token to a customer (fault tokens to demo-alex plus their fault) and stores
 * the session; unknown, missing and "expired" tokens get 401 with the bearer challenge.
 * Tokens are never logged or echoed.
 */
export function authenticate(lookup: CustomerLookup, sessions: Sessions): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.get('authorization'));
    const fault = token === undefined ? undefined : faultFor(token);
    if (fault?.kind === 'expired') return sendError(res, FDX_ERRORS.expiredToken);
    const found = token === undefined ? undefined : lookup(fault === undefined ? token : FAULT_CUSTOMER_TOKEN);
    if (found === undefined) return sendError(res, FDX_ERRORS.invalidToken);
    sessions.set(req, fault === undefined ? found : { ...found, fault });
    next();
  };
}
