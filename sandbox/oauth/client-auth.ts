import { createHash, timingSafeEqual } from 'node:crypto';
import type { ClientRegistry, OAuthClient } from './clients';
import { OAUTH_ERRORS, type OAuthError } from './errors';

interface Credentials {
  readonly clientId: string;
  readonly secret?: string;
}

/** application/x-www-form-urlencoded decoding, as RFC 6749 §2.3.1 asks of Basic credentials. */
function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function basicCredentials(header: string): Credentials | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const clientId = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  return clientId === undefined || secret === undefined ? undefined : { clientId, secret };
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Authenticates the client of a token request: `client_secret_basic`, `client_secret_post`, or
 * `none` (a public client naming itself with `client_id`). Exactly one method may be used.
 */
export function authenticateClient(
  authorization: string | undefined,
  form: URLSearchParams,
  clients: ClientRegistry,
): OAuthClient | OAuthError {
  const postedId = form.getAll('client_id');
  const postedSecret = form.getAll('client_secret');
  if (postedId.length > 1 || postedSecret.length > 1) return OAUTH_ERRORS.repeatedParameter;
  if (authorization !== undefined && postedSecret.length > 0) return OAUTH_ERRORS.twoAuthMethods;
  const credentials =
    authorization !== undefined
      ? basicCredentials(authorization)
      : postedId[0] === undefined
        ? undefined
        : { clientId: postedId[0], ...(postedSecret[0] === undefined ? {} : { secret: postedSecret[0] }) };
  if (credentials === undefined) return OAUTH_ERRORS.badClient;
  if (authorization !== undefined && postedId[0] !== undefined && postedId[0] !== credentials.clientId)
    return OAUTH_ERRORS.badClient;
  const client = clients.get(credentials.clientId);
  if (client === undefined) return OAUTH_ERRORS.badClient;
  if (client.clientSecret === undefined) return credentials.secret === undefined ? client : OAUTH_ERRORS.badClient;
  return credentials.secret !== undefined && sameSecret(credentials.secret, client.clientSecret)
    ? client
    : OAUTH_ERRORS.badClient;
}
