import { Router, type Request, type Response } from 'express';
import { authenticateClient } from './client-auth';
import type { OAuthClient } from './clients';
import type { OAuthContext } from './context';
import { OAuthError, OAUTH_ERRORS, sendTokenError } from './errors';
import { formBody, formOf, type Forms } from './form-body';
import type { Consent, IssuedTokens } from './grants';
import { verifierMatches } from './pkce';
import { withinScope } from './scopes';

const SINGLE = ['grant_type', 'code', 'redirect_uri', 'code_verifier', 'refresh_token', 'scope'];

function one(form: URLSearchParams, name: string): string | undefined {
  return form.get(name) ?? undefined;
}

function byCode(form: URLSearchParams, client: OAuthClient, context: OAuthContext): Consent | OAuthError {
  const code = one(form, 'code');
  const redirectUri = one(form, 'redirect_uri');
  if (code === undefined || redirectUri === undefined) return OAUTH_ERRORS.noCode;
  const grant = context.grants.redeemCode(code);
  if (grant === undefined || grant.consent.clientId !== client.clientId) return OAUTH_ERRORS.badCode;
  if (grant.redirectUri !== redirectUri) return OAUTH_ERRORS.redirectMismatch;
  const verifier = one(form, 'code_verifier');
  if (
    grant.codeChallenge === undefined
      ? verifier !== undefined
      : verifier === undefined || !verifierMatches(verifier, grant.codeChallenge)
  ) {
    return OAUTH_ERRORS.badVerifier;
  }
  return grant.consent;
}

function byRefresh(form: URLSearchParams, client: OAuthClient, context: OAuthContext): Consent | OAuthError {
  const token = one(form, 'refresh_token');
  if (token === undefined) return OAUTH_ERRORS.noRefresh;
  const consent = context.grants.refresh(token);
  if (consent === undefined || consent.clientId !== client.clientId) return OAUTH_ERRORS.badRefresh;
  const scope = one(form, 'scope');
  return scope === undefined || withinScope(scope, consent.scope) ? consent : OAUTH_ERRORS.scope;
}

function grant(form: URLSearchParams, client: OAuthClient, context: OAuthContext): Consent | OAuthError {
  switch (form.get('grant_type')) {
    case null:
      return OAUTH_ERRORS.noGrantType;
    case 'authorization_code':
      return byCode(form, client, context);
    case 'refresh_token':
      return byRefresh(form, client, context);
    default:
      return OAUTH_ERRORS.grantType;
  }
}

function tokenBody(tokens: IssuedTokens): Record<string, unknown> {
  return {
    access_token: tokens.accessToken,
    token_type: 'Bearer',
    expires_in: tokens.expiresIn,
    refresh_token: tokens.refreshToken,
    scope: tokens.consent.scope,
    consent_id: tokens.consent.consentId,
  };
}

/** `POST /oauth/token` (RFC 6749 §3.2): authorization_code with PKCE, and rotating refresh_token. */
export function tokenRoutes(context: OAuthContext): Router {
  const router = Router();
  const forms: Forms = new WeakMap();
  const badBody = (_req: Request, res: Response): void => sendTokenError(res, OAUTH_ERRORS.badBody);
  router.post('/oauth/token', formBody(forms, badBody), (req, res) => {
    const form = formOf(forms, req);
    if (SINGLE.some((name) => form.getAll(name).length > 1)) {
      sendTokenError(res, OAUTH_ERRORS.repeatedParameter);
      return;
    }
    const client = authenticateClient(req.get('authorization'), form, context.clients);
    if (client instanceof OAuthError) {
      sendTokenError(res, client);
      return;
    }
    const consent = grant(form, client, context);
    if (consent instanceof OAuthError) {
      sendTokenError(res, consent);
      return;
    }
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    res.status(200).json(tokenBody(context.grants.issueTokens(consent)));
  });
  return router;
}
