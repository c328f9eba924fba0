/**
 * The redaction safety net, by hand: pino's `redact` (with `*.` wildcards) copies and walks every
 * line and cost about 3% of a balance turn. Our lines are small, flat objects, so one pass over
 * their keys, three levels deep, does the same job; a line with nothing to hide is returned as is.
 */

export const CENSOR = '[redacted]';

/** Keys whose values never reach a log line, at any of the first three levels. */
export const REDACTED_KEYS: ReadonlySet<string> = new Set([
  'token',
  'accessToken',
  'apiAccessToken',
  'authorization',
  'pin',
  'amount',
  'balance',
  'accountNumber',
  'merchant',
  'speech',
  'body',
]);

const MAX_DEPTH = 3;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The object with every redacted key censored; the same object when there is none. */
export function scrub(value: Record<string, unknown>, depth = 1): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = value[key];
    let replaced: unknown = inner;
    if (REDACTED_KEYS.has(key)) replaced = CENSOR;
    else if (depth < MAX_DEPTH && isPlainObject(inner)) replaced = scrub(inner, depth + 1);
    if (replaced !== inner) (copy ??= { ...value })[key] = replaced;
  }
  return copy ?? value;
}
