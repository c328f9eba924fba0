import { SUPPORTED_SCOPES } from './scopes';

/** Where RFC 8414 metadata lives, relative to the issuer. */
export const METADATA_PATH = '/.well-known/oauth-authorization-server';

/** The RFC 8414 authorization server metadata for `issuer` (no trailing slash). */
export function authorizationServerMetadata(issuer: string): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: `${issuer}/oauth/token`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    scopes_supported: SUPPORTED_SCOPES,
    authorization_response_iss_parameter_supported: true,
  };
}
