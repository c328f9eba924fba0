import { Router, type Request } from 'express';
import type { Clock } from '../../shared/clock';
import type { SandboxCustomer } from '../data/types';
import { authorizeRoutes } from './authorize-routes';
import { clientRegistry, parseClients, type OAuthClient } from './clients';
import { createGrantStore, type AccessLookup } from './grants';
import { authorizationServerMetadata, METADATA_PATH } from './metadata';
import { tokenRoutes } from './token-routes';

export { ACCESS_TOKEN_SECONDS } from './grants';
export { ClientConfigError, DEFAULT_CLIENTS, LINKING_REDIRECTS, parseClients, type OAuthClient } from './clients';
export { authorizationServerMetadata, METADATA_PATH } from './metadata';
export type { AccessLookup, Consent } from './grants';

export interface OAuthServerOptions {
  /** Registered clients, or SANDBOX_OAUTH_CLIENTS text; the development clients by default. */
  readonly clients?: readonly OAuthClient[] | string;
  readonly clock: Clock;
  /** The issuer (no trailing slash) for a request. */
  readonly issuer: (req: Request) => string;
  readonly customers: () => readonly SandboxCustomer[];
}

/** The sandbox bank's OAuth 2.0 authorization server. */
export interface OAuthServer {
  /** Metadata, `/oauth/authorize` and `/oauth/token`; mount before the FDX bearer check. */
  readonly router: Router;
  /** What an access token opens at the FDX API. */
  readonly lookupAccess: (accessToken: string) => AccessLookup;
}

/**
 * RFC 8414 metadata, the authorization code grant with PKCE S256 (required for public clients),
 * rotating refresh tokens that end with the consent, and 15-minute access tokens.
 */
export function createOAuthServer(options: OAuthServerOptions): OAuthServer {
  const clients =
    typeof options.clients === 'string' || options.clients === undefined
      ? parseClients(options.clients)
      : options.clients;
  const grants = createGrantStore(options.clock);
  const context = {
    clients: clientRegistry(clients),
    grants,
    clock: options.clock,
    issuer: options.issuer,
    customers: options.customers,
  };
  const router = Router();
  router.get(METADATA_PATH, (req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(authorizationServerMetadata(options.issuer(req)));
  });
  router.use(authorizeRoutes(context));
  router.use(tokenRoutes(context));
  return { router, lookupAccess: (token) => grants.lookupAccess(token) };
}
