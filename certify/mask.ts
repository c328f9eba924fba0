/**
 * Masking for everything a report shows: reports go to a bank's CI and to people, so no amount,
 * no account-number fragment and no token may appear in them.
 */

/** Turns any text into its masked form. */
export type Masker = (text: string) => string;

/** JSON number fields that count things rather than money; everything else numeric is masked. */
const COUNTS = new Set(['totalElements', 'totalPages', 'code', 'limit', 'offset', 'nextOffset']);
/** JSON string fields that identify the customer, an account number or a merchant. */
const PERSONAL = new Set([
  'accountNumber', 'accountNumberDisplay', 'description', 'memo', 'payee', 'transactionPayee',
  'first', 'last', 'middle', 'nickname', 'customerId', 'name',
]);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A masker for the given secrets (tokens, shared secrets; read at each call, so secrets found
 * later in the run are masked too): secrets → `[token]`, money like `$1,234.56` → `$•••.••`,
 * runs of four or more digits → `••••`.
 */
export function createMasker(secrets: () => Iterable<string>): Masker {
  return (text) => {
    let masked = text;
    const known = [...secrets()].filter((secret) => secret.length >= 3).sort((a, b) => b.length - a.length);
    for (const secret of known) masked = masked.replace(new RegExp(escapeRegExp(secret), 'g'), '[token]');
    return masked
      .replace(/\$\s?-?[\d,]*\d(?:\.\d+)?/g, '$•••.••')
      .replace(/\d{4,}/g, '••••');
  };
}

/** A copy of a parsed JSON body with money and personal fields replaced by `•••`. */
export function maskJson(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => maskJson(item, key));
  if (typeof value === 'number') return COUNTS.has(key) ? value : '•••';
  if (typeof value === 'string') return PERSONAL.has(key) ? '•••' : value;
  if (typeof value !== 'object' || value === null) return value;
  if (PERSONAL.has(key)) return '•••';
  return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, maskJson(inner, name)]));
}

/** At most `max` characters of `text`, marked when cut. */
export function clip(text: string, max = 400): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}

/** A response excerpt: the JSON masked field by field (else the raw text), clipped. */
export function excerpt(json: unknown, text: string, max = 400): string {
  return clip(json === undefined ? text : JSON.stringify(maskJson(json)), max);
}
