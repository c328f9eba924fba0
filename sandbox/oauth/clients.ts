import { isLoopbackHost } from './redirect-uri';

/** A client registered with the sandbox authorization server. */
export interface OAuthClient {
  readonly clientId: string;
  /** Absent for a public client, which must use PKCE and authenticates with its id only. */
  readonly clientSecret?: string;
  /**
   * Allowed redirect URIs. An entry ending in `*` allows one more path segment (a vendor or project id);
   * loopback `http` entries allow any port (RFC 8252 §7.3).
   */
  readonly redirectUris: readonly string[];
}

/** Registered clients by id. */
export type ClientRegistry = ReadonlyMap<string, OAuthClient>;

/** Where Amazon's and Google's account linking send the browser back, and the loopback for local tools. */
export const LINKING_REDIRECTS: readonly string[] = [
  'https://layla.amazon.com/api/skill/link/*',
  'https://pitangui.amazon.com/api/skill/link/*',
  'https://alexa.amazon.co.jp/api/skill/link/*',
  'https://oauth-redirect.googleusercontent.com/r/*',
  'https://oauth-redirect-sandbox.googleusercontent.com/r/*',
  'http://127.0.0.1/*',
  'http://localhost/*',
  'http://[::1]/*',
];

/**
 * The development clients every sandbox knows unless SANDBOX_OAUTH_CLIENTS replaces them. Their
 * credentials are public fixtures, like the demo tokens: the sandbox holds no real data.
 */
export const DEFAULT_CLIENTS: readonly OAuthClient[] = [
  { clientId: 'voicebank-dev', clientSecret: 'voicebank-dev-secret', redirectUris: LINKING_REDIRECTS },
  { clientId: 'voicebank-dev-public', redirectUris: LINKING_REDIRECTS },
];

/** SANDBOX_OAUTH_CLIENTS is not what the sandbox accepts; the message names the entry and field. */
export class ClientConfigError extends Error {
  override readonly name = 'ClientConfigError';
}

const CLIENT_ID = /^[\x21-\x7e]{1,100}$/;

function redirectUriError(uri: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(uri.endsWith('*') ? `${uri.slice(0, -1)}x` : uri);
  } catch {
    return 'is not a URL';
  }
  if (parsed.hash !== '') return 'must not have a fragment';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname))) {
    return 'must be https (or http on loopback)';
  }
  return undefined;
}

function readClient(value: unknown, index: number): OAuthClient {
  const where = `SANDBOX_OAUTH_CLIENTS[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ClientConfigError(`${where} must be an object`);
  const {
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: redirectUris,
  } = value as Record<string, unknown>;
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId))
    throw new ClientConfigError(`${where}.client_id must be 1-100 visible ASCII characters`);
  if (clientSecret !== undefined && (typeof clientSecret !== 'string' || clientSecret.length < 16)) {
    throw new ClientConfigError(
      `${where}.client_secret must be a string of at least 16 characters (omit it for a public client)`,
    );
  }
  if (
    !Array.isArray(redirectUris) ||
    redirectUris.length === 0 ||
    !redirectUris.every((u): u is string => typeof u === 'string')
  ) {
    throw new ClientConfigError(`${where}.redirect_uris must be a non-empty array of URLs`);
  }
  for (const uri of redirectUris) {
    const problem = redirectUriError(uri);
    if (problem) throw new ClientConfigError(`${where}.redirect_uris entry ${JSON.stringify(uri)} ${problem}`);
  }
  return { clientId, redirectUris, ...(clientSecret === undefined ? {} : { clientSecret }) };
}

/**
 * Parses SANDBOX_OAUTH_CLIENTS: a JSON array of `{client_id, client_secret?, redirect_uris}`.
 * Undefined or empty text gives the default development clients.
 * @throws ClientConfigError naming the first bad entry (never echoing a secret).
 */
export function parseClients(json: string | undefined): readonly OAuthClient[] {
  if (json === undefined || json.trim() === '') return DEFAULT_CLIENTS;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ClientConfigError(
      'SANDBOX_OAUTH_CLIENTS must be JSON: an array of {client_id, client_secret?, redirect_uris}',
    );
  }
  if (!Array.isArray(value) || value.length === 0)
    throw new ClientConfigError('SANDBOX_OAUTH_CLIENTS must be a non-empty JSON array');
  const clients = value.map(readClient);
  if (new Set(clients.map((c) => c.clientId)).size !== clients.length)
    throw new ClientConfigError('SANDBOX_OAUTH_CLIENTS has a client_id twice');
  return clients;
}

/** The registry for a list of clients. */
export function clientRegistry(clients: readonly OAuthClient[]): ClientRegistry {
  return new Map(clients.map((c) => [c.clientId, c]));
}
