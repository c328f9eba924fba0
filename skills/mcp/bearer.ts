import type { Request } from 'express';

/** RFC 6750 `b64token`; longer than this is not a token we pass on. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_CHARS = 4096;

export type BearerCheck =
  | { readonly ok: true; readonly token: string }
  | { readonly ok: false; readonly presented: boolean };

/**
 * The bearer token of a request, if it carries a well-formed one in the Authorization header (the
 * only method we accept: tokens in bodies or query strings end up in logs). Whether the token is
 * good is the bank's to say on every call, exactly as for the voice channels.
 */
export function bearerOf(req: Request): BearerCheck {
  const header = req.get('authorization');
  if (!header) return { ok: false, presented: false };
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  if (!token || token.length > MAX_TOKEN_CHARS || !B64TOKEN.test(token)) return { ok: false, presented: true };
  return { ok: true, token };
}

/** RFC 6750 + RFC 9728: the challenge that tells a client where to learn how to get a token. */
export function challenge(metadataUrl: string, presented: boolean): string {
  return `Bearer ${presented ? 'error="invalid_token", ' : ''}resource_metadata="${metadataUrl}"`;
}
