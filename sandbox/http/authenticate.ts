import type { RequestHandler } from 'express';
import type { AccessLookup, Consent } from '../oauth';
import { FAULT_CUSTOMER_TOKEN, faultFor } from '../tokens';
import type { CustomerLookup } from './directory';
import { FDX_ERRORS, sendError, type FdxError } from './fdx-errors';
import type { CustomerToday, Session, Sessions } from './session';

/** What an access token from the sandbox's authorization server opens. */
export type IssuedTokenLookup = (token: string) => AccessLookup;

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 b64token), else undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header ?? '');
  return match?.[1];
}

/** The customer as the consent shows them: only the accounts they chose to share. */
function consented(found: CustomerToday, consent: Consent): CustomerToday {
  const shared = new Set(consent.accountIds);
  return {
    ...found,
    customer: { ...found.customer, accounts: found.customer.accounts.filter((a) => shared.has(a.accountId)) },
  };
}

function sessionFor(
  token: string | undefined,
  lookup: CustomerLookup,
  issued: IssuedTokenLookup | undefined,
): Session | FdxError {
  if (token === undefined) return FDX_ERRORS.invalidToken;
  const fault = faultFor(token);
  if (fault?.kind === 'expired') return FDX_ERRORS.expiredToken;
  if (fault !== undefined) {
    const found = lookup(FAULT_CUSTOMER_TOKEN);
    return found === undefined ? FDX_ERRORS.invalidToken : { ...found, fault };
  }
  const demo = lookup(token);
  if (demo !== undefined) return demo;
  const access = issued?.(token) ?? { status: 'unknown' };
  if (access.status === 'expired') return FDX_ERRORS.expiredToken;
  const found = access.status === 'active' ? lookup(access.consent.customerToken) : undefined;
  return found !== undefined && access.status === 'active' ? consented(found, access.consent) : FDX_ERRORS.invalidToken;
}

/**
 * Resolves the bearer token to a customer: a demo token, a fault token (demo-alex plus its fault)
 * or an access token from the authorization server (only the consented accounts); unknown, missing
 * and expired tokens get 401 with the bearer challenge. Tokens are never logged or echoed.
 */
export function authenticate(lookup: CustomerLookup, sessions: Sessions, issued?: IssuedTokenLookup): RequestHandler {
  return (req, res, next) => {
    const session = sessionFor(bearerToken(req.get('authorization')), lookup, issued);
    if ('status' in session) {
      sendError(res, session);
      return;
    }
    sessions.set(req, session);
    next();
  };
}
