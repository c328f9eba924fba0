import { createHash, timingSafeEqual } from 'node:crypto';

/** RFC 7636 §4.1: 43–128 unreserved characters. Challenges (S256 is 43 base64url characters) fit the same rule. */
const PKCE_TEXT = /^[A-Za-z0-9._~-]{43,128}$/;

/** Whether `text` is a well-formed code verifier or code challenge. */
export function isPkceText(text: string): boolean {
  return PKCE_TEXT.test(text);
}

/** RFC 7636 §4.6 with S256: BASE64URL(SHA256(verifier)) equals the challenge, compared in constant time. */
export function verifierMatches(verifier: string, challenge: string): boolean {
  if (!isPkceText(verifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(verifier, 'ascii').digest('base64url'), 'ascii');
  const expected = Buffer.from(challenge, 'ascii');
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
