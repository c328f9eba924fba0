import type { VerificationReason } from './verification-error';

/** The subset of {@link VerificationReason} that {@link validateCertUrl} can produce. */
export type CertUrlFailure = Extract<VerificationReason, `cert-url-${string}`>;

/** Outcome of {@link validateCertUrl}: a normalised URL safe to download, or why it is refused. */
export type CertUrlResult = { ok: true; url: string } | { ok: false; reason: CertUrlFailure };

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';
/** Far above Amazon's ~60-character URLs; stops pathological headers before parsing. */
const MAX_LENGTH = 2048;

/**
 * Raw-string patterns refused before WHATWG parsing, because the parser would silently rewrite
 * them: it resolves `..` (also when spelt `%2e`), treats `\` as `/`, and drops tabs and newlines.
 * Amazon's real URLs contain none of these, so refusing them costs nothing.
 */
const PATH_TRICKS = /\.\.|%2e|%2f|%5c|\\/i;
const NON_PRINTABLE_ASCII = /[^\x21-\x7e]/;

/**
 * Validates a `SignatureCertChainUrl` header value against Amazon's rules: https scheme and host
 * `s3.amazonaws.com` (both case-insensitive), port 443 if given, a path starting `/echo.api/`
 * (case-sensitive) after normalisation, and no userinfo, query or fragment.
 *
 * @param raw - the header value exactly as received
 * @returns on success the normalised URL (lower-case scheme and host, no default port), which is
 *   also the cache key for the certificate chain
 */
export function validateCertUrl(raw: string): CertUrlResult {
  if (raw.length === 0 || raw.length > MAX_LENGTH || NON_PRINTABLE_ASCII.test(raw)) {
    return fail('cert-url-invalid');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('cert-url-invalid');
  }
  if (url.protocol !== 'https:') return fail('cert-url-scheme');
  // `https://user@host` and `https://:@host` both leave traces only in the raw string.
  if (url.username !== '' || url.password !== '' || authorityOf(raw).includes('@')) {
    return fail('cert-url-userinfo');
  }
  if (url.hostname !== HOST) return fail('cert-url-host');
  // WHATWG drops an explicit :443, so any remaining port is a different one.
  if (url.port !== '') return fail('cert-url-port');
  // An empty `?` or `#` yields '' for search/hash, so look at the raw string too.
  if (url.search !== '' || raw.includes('?')) return fail('cert-url-query');
  if (url.hash !== '' || raw.includes('#')) return fail('cert-url-fragment');
  if (PATH_TRICKS.test(raw) || !url.pathname.startsWith(PATH_PREFIX)) return fail('cert-url-path');
  return { ok: true, url: url.href };
}

function fail(reason: CertUrlFailure): CertUrlResult {
  return { ok: false, reason };
}

/** The text between `//` and the first `/`, `?` or `#`: where userinfo would sit. */
function authorityOf(raw: string): string {
  const start = raw.indexOf('//');
  if (start < 0) return '';
  const rest = raw.slice(start + 2);
  const end = rest.search(/[/?#]/);
  return end < 0 ? rest : rest.slice(0, end);
}
