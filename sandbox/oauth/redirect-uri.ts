const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a URL hostname is this machine (127.0.0.1, localhost, [::1]). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** One path segment: what a trailing `*` stands for (a vendor id, a project id, a callback name). */
const SEGMENT = /^[A-Za-z0-9._~-]{1,200}$/;

function withoutPort(url: URL): string {
  return `${url.protocol}//${url.hostname}${url.pathname}${url.search}`;
}

function matches(pattern: string, candidate: URL): boolean {
  const wildcard = pattern.endsWith('*');
  let allowed: URL;
  try {
    allowed = new URL(wildcard ? pattern.slice(0, -1) : pattern);
  } catch {
    return false;
  }
  const loopback = allowed.protocol === 'http:' && LOOPBACK_HOSTS.has(allowed.hostname);
  const left = loopback ? withoutPort(allowed) : allowed.href;
  const right = loopback ? withoutPort(candidate) : candidate.href;
  if (!wildcard) return left === right;
  if (!right.startsWith(left)) return false;
  const rest = right.slice(left.length);
  return SEGMENT.test(rest) || (loopback && /^[A-Za-z0-9._~\-/]{0,200}$/.test(rest) && !rest.includes('..'));
}

/**
 * Whether `redirectUri` is one a client registered: exact match (RFC 6749 §3.1.2.3), except that a
 * registered entry ending in `*` allows one final path segment, and loopback ones any port and path.
 * Fragments, userinfo and non-URLs are never allowed.
 */
export function redirectAllowed(registered: readonly string[], redirectUri: string): boolean {
  let candidate: URL;
  try {
    candidate = new URL(redirectUri);
  } catch {
    return false;
  }
  if (candidate.hash !== '' || redirectUri.includes('#') || candidate.username !== '' || candidate.password !== '')
    return false;
  return registered.some((pattern) => matches(pattern, candidate));
}
