import { createHash } from 'node:crypto';

/** Our namespace for Dialogflow ids (itself a fixed, random v4 UUID); changing it changes every id. */
const NAMESPACE = '4f7b0c1e-6d2a-4e8b-9c35-8a1f2d6e0b74';

/**
 * A name-based (version 5, SHA-1) UUID as RFC 9562 defines it, so the same intent, parameter or
 * phrase gets the same id on every run and `npm run models` is idempotent.
 */
export function stableId(...names: readonly string[]): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(names.join('\u0000'), 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
