import type { Request } from 'express';

/** Where RFC 9728 puts the metadata of a resource at `/mcp`: the well-known path inserted before it. */
export const METADATA_PATHS = [
  '/.well-known/oauth-protected-resource/mcp',
  '/.well-known/oauth-protected-resource',
] as const;

/** The resource id clients get tokens for: the configured public URL of /mcp, else this request's. */
export function resourceUrl(req: Request, configured: string | undefined): string {
  return configured ?? `${req.protocol}://${req.get('host') ?? 'localhost'}/mcp`;
}

/** The metadata URL for a resource URL (RFC 9728 §3.1). */
export function metadataUrl(resource: string): string {
  const url = new URL(resource);
  return `${url.origin}/.well-known/oauth-protected-resource${url.pathname === '/' ? '' : url.pathname}`;
}

/** The RFC 9728 document: which authorization server issues tokens for this resource, and how to send them. */
export function resourceMetadata(resource: string, issuer: string): Record<string, unknown> {
  return {
    resource,
    authorization_servers: [issuer],
    bearer_methods_supported: ['header'],
    resource_name: 'voicebank',
  };
}
