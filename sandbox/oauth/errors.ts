import type { Response } from 'express';

/** The RFC 6749 §5.2 (token) and §4.1.2.1 (authorization) error codes the sandbox uses. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'unsupported_response_type'
  | 'server_error';

/** An OAuth error with a fixed description: nothing from the request is echoed. */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';
  constructor(
    readonly code: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }
}

/** Every OAuth error the sandbox sends, in one place. */
export const OAUTH_ERRORS = {
  badBody: new OAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded'),
  repeatedParameter: new OAuthError('invalid_request', 'A parameter was sent more than once'),
  noGrantType: new OAuthError('invalid_request', 'grant_type is required'),
  grantType: new OAuthError('unsupported_grant_type', 'Only authorization_code and refresh_token are supported'),
  twoAuthMethods: new OAuthError('invalid_request', 'Use one client authentication method'),
  badClient: new OAuthError('invalid_client', 'Client authentication failed'),
  noCode: new OAuthError('invalid_request', 'code and redirect_uri are required'),
  badCode: new OAuthError('invalid_grant', 'The authorization code is invalid, expired or already used'),
  redirectMismatch: new OAuthError('invalid_grant', 'redirect_uri does not match the authorization request'),
  badVerifier: new OAuthError('invalid_grant', 'code_verifier does not match the code challenge'),
  noRefresh: new OAuthError('invalid_request', 'refresh_token is required'),
  badRefresh: new OAuthError('invalid_grant', 'The refresh token is invalid, expired or already used'),
  scope: new OAuthError('invalid_scope', 'The requested scope is not available'),
  responseType: new OAuthError('unsupported_response_type', 'Only response_type=code is supported'),
  pkceRequired: new OAuthError('invalid_request', 'PKCE with code_challenge_method=S256 is required'),
  pkceMethod: new OAuthError('invalid_request', 'Only code_challenge_method=S256 is supported'),
  denied: new OAuthError('access_denied', 'The customer did not allow access'),
} as const satisfies Record<string, OAuthError>;

/** RFC 6749 §5.2 JSON; invalid_client is a 401 with a Basic challenge, the rest 400. Never cached. */
export function sendTokenError(res: Response, error: OAuthError): void {
  const status = error.code === 'invalid_client' ? 401 : error.code === 'server_error' ? 500 : 400;
  if (status === 401) res.set('WWW-Authenticate', 'Basic realm="sandbox-bank"');
  res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
  res.status(status).json({ error: error.code, error_description: error.description });
}
