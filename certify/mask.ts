/**
 * Masking for everything a report or the evidence bundle shows: no amount, account number, PIN
 * or token may appear, while what a reviewer needs to judge a check stays readable — dates and
 * years, HTTP statuses, counts and timings.
 */

/** Turns any text into its masked form. */
export type Masker = (text: string) => string;

/** What the run knows must be hidden wherever it appears; read at each call, so values found later are masked too. */
export interface Secrets {
  /** Exact token and shared-secret values; only those of {@link MIN_TOKEN_LENGTH} or more characters are looked for. */
  readonly tokens: Iterable<string>;
  /** Digit strings (account last fours, PINs) masked as whole numbers even where they would read as a year. */
  readonly numbers: Iterable<string>;
}

/**
 * A token shorter than this is not looked for: a one-character test token occurs in every line,
 * and masking or flagging it everywhere would hide the report and raise false alarms.
 */
export const MIN_TOKEN_LENGTH = 8;

/** The tokens a scan can look for, and those it must skip (and warn about). */
export function splitTokens(tokens: Iterable<string>): { scanned: string[]; tooShort: number } {
  const all = [...new Set(tokens)].filter((token) => token !== '');
  const scanned = all.filter((token) => token.length >= MIN_TOKEN_LENGTH);
  return { scanned, tooShort: all.length - scanned.length };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Kept as they are: ISO dates and instants (`2026-11-03`, `2026-11-03T10:00:00Z`, `2026-11`,
 * `2026-W48`), UUIDs (interaction and request ids), and timings (`840 ms`, `2.51 s`). Money: `$1,254.30`, `-$5`, also inside an
 * escaped pattern (`\$1,254\.30`). Punctuated numbers (`4821 5567 9012`, `555-123-4567`) and
 * spoken digits (`4 8 2 6`) are masked whole; other runs of four or more digits unless a year (1900–2099).
 */
const DATE = String.raw`(?<!\d)(?:19|20)\d{2}-(?:W\d{2}(?:-WE)?|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)(?![\d-])`;
/** Request, session and interaction ids: random, and what a reviewer follows from a report to a log line. */
const UUID = String.raw`(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])`;
const TIMING = String.raw`\d+(?:\.\d+)?\s?(?:ms|s)\b`;
const MONEY = String.raw`-?\$\s?-?\d[\d,]*(?:\\?\.\d+)?`;
const PUNCTUATED = String.raw`\d{2,}(?:[- ]\d{2,}){2,}`;
const SPOKEN = String.raw`(?<![\d.,])\d(?: \d){3,}(?![\d.,])`;
const RUN = String.raw`\d{4,}`;
const YEAR = /^(?:19|20)\d\d$/;

/** A masker for the run's secrets: tokens → `[token]`, money → `$•••`, other long digit runs → `••••`. */
export function createMasker(secrets: () => Secrets): Masker {
  return (text) => {
    const { tokens, numbers } = secrets();
    const { scanned } = splitTokens(tokens);
    const hidden = new Set([...numbers].filter((n) => /^\d+$/.test(n)));
    const tokenPart = scanned
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const parts = [
      tokenPart === '' ? '' : `(?<token>${tokenPart})|`,
      `(?<kept>${DATE}|${UUID}|${TIMING})|(?<money>${MONEY})`,
      `|(?<spaced>${PUNCTUATED}|${SPOKEN})|${RUN}`,
    ];
    return text.replace(new RegExp(parts.join(''), 'g'), (match: string, ...rest: unknown[]) => {
      const found = rest.at(-1) as Partial<Record<'token' | 'kept' | 'money' | 'spaced', string>>;
      if (found.token !== undefined) return '[token]';
      if (found.kept !== undefined) return hideIn(match, hidden);
      if (found.money !== undefined) return '$•••';
      if (found.spaced !== undefined) return match.replace(/\d/g, '•');
      return YEAR.test(match) && !hidden.has(match) ? match : '••••';
    });
  };
}

/** A date or timing that contains a known secret number (a PIN `2026`?) loses it all the same. */
function hideIn(match: string, hidden: ReadonlySet<string>): string {
  return match.replace(/\d+/g, (digits) => (hidden.has(digits) ? '••••' : digits));
}

/** JSON number fields that count, time or code things rather than money: kept. */
const KEPT_NUMBERS =
  /^(?:totalElements|totalPages|code|limit|offset|nextOffset|status|statusCode|level|pid|time|count|attempts?|version|ms|bankCalls|criticalPath|pages|windows)$|(?:Ms|Seconds|Count)$/;
/** JSON string fields that identify the customer, an account number or a merchant. */
const PERSONAL = new Set([
  'accountNumber',
  'accountNumberDisplay',
  'description',
  'memo',
  'payee',
  'transactionPayee',
  'first',
  'last',
  'middle',
  'nickname',
  'customerId',
  'name',
  'last4',
  'merchantName',
  'individualName',
  'address',
  'phone',
  'email',
]);
/** JSON fields that hold credentials, whatever their length. */
const SECRET =
  /^(?:accessToken|apiAccessToken|authorization|access_token|refresh_token|id_token|code_verifier|password|secret|x-voicebank-secret|pin)$/i;

/**
 * A copy of a parsed JSON body with money and personal fields replaced by `•••` and credential
 * fields by `[token]`; strings elsewhere go through `mask` when given.
 */
export function maskJson(value: unknown, key = '', mask?: Masker): unknown {
  if (SECRET.test(key) && value !== null && value !== undefined && value !== '') return '[token]';
  if (Array.isArray(value)) return value.map((item) => maskJson(item, key, mask));
  if (typeof value === 'number') return KEPT_NUMBERS.test(key) ? value : '•••';
  if (typeof value === 'string') return PERSONAL.has(key) ? '•••' : mask ? mask(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (PERSONAL.has(key)) return '•••';
  return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, maskJson(inner, name, mask)]));
}

/** At most `max` characters of `text`, marked when cut. */
export function clip(text: string, max = 400): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}

/** A response excerpt: the JSON masked field by field (else the raw text), clipped. */
export function excerpt(json: unknown, text: string, max = 400): string {
  return clip(json === undefined ? text : JSON.stringify(maskJson(json)), max);
}
