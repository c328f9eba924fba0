import type { ClientRegistry, OAuthClient } from './clients';
import { OAUTH_ERRORS, type OAuthError } from './errors';
import { isPkceText } from './pkce';
import { redirectAllowed } from './redirect-uri';
import { grantedScope } from './scopes';

/** A checked authorization request (RFC 6749 §4.1.1 with RFC 7636 §4.3). */
export interface AuthorizeRequest {
  readonly client: OAuthClient;
  readonly redirectUri: string;
  readonly scope: string;
  readonly state?: string;
  readonly codeChallenge?: string;
}

/**
 * Why a request cannot go on. `page`: the client or redirect URI cannot be trusted, so the browser
 * must not be sent anywhere (RFC 6749 §4.1.2.1); `redirect`: the error goes back to the client.
 */
export type AuthorizeFailure =
  | { readonly kind: 'page'; readonly message: string }
  | { readonly kind: 'redirect'; readonly redirectUri: string; readonly state?: string; readonly error: OAuthError };

const PARAMETERS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
];

/** RFC 7636: public clients must send an S256 challenge; confidential ones may; `plain` is refused. */
function pkceProblem(challenge: string | null, method: string | null, client: OAuthClient): OAuthError | undefined {
  if (challenge === null)
    return client.clientSecret === undefined || method !== null ? OAUTH_ERRORS.pkceRequired : undefined;
  if (method !== 'S256') return OAUTH_ERRORS.pkceMethod;
  return isPkceText(challenge) ? undefined : OAUTH_ERRORS.pkceRequired;
}

/** Reads and checks the query of `GET/POST /oauth/authorize`. */
export function readAuthorizeRequest(
  query: URLSearchParams,
  clients: ClientRegistry,
): AuthorizeRequest | AuthorizeFailure {
  const clientId = query.get('client_id');
  const client = clientId === null ? undefined : clients.get(clientId);
  if (client === undefined) return { kind: 'page', message: 'Unknown or missing client_id.' };
  const redirectUri = query.get('redirect_uri');
  if (redirectUri === null || !redirectAllowed(client.redirectUris, redirectUri)) {
    return { kind: 'page', message: 'Missing redirect_uri, or not one registered for this client.' };
  }
  const state = query.get('state') ?? undefined;
  const fail = (error: OAuthError): AuthorizeFailure => ({
    kind: 'redirect',
    redirectUri,
    error,
    ...(state === undefined ? {} : { state }),
  });
  if (PARAMETERS.some((name) => query.getAll(name).length > 1)) return fail(OAUTH_ERRORS.repeatedParameter);
  if (query.get('response_type') !== 'code') return fail(OAUTH_ERRORS.responseType);
  const challenge = query.get('code_challenge');
  const method = query.get('code_challenge_method');
  const pkceError = pkceProblem(challenge, method, client);
  if (pkceError) return fail(pkceError);
  const scope = grantedScope(query.get('scope') ?? undefined);
  if (scope === undefined) return fail(OAUTH_ERRORS.scope);
  return {
    client,
    redirectUri,
    scope,
    ...(state === undefined ? {} : { state }),
    ...(challenge === null ? {} : { codeChallenge: challenge }),
  };
}

/** Whether a read request failed. */
export function isFailure(value: AuthorizeRequest | AuthorizeFailure): value is AuthorizeFailure {
  return 'kind' in value;
}

/** The redirect back to the client with `params` (RFC 6749 §4.1.2), plus `iss` (RFC 9207). */
export function redirectBack(redirectUri: string, issuer: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  url.searchParams.set('iss', issuer);
  return url.href;
}
