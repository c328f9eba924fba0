/**
 * Statement descriptors carry more than the merchant's name: card-processor prefixes ("SQ *"),
 * store numbers ("#1234", "STORE 1234"), reference codes, the city and state, ACH words ("WEB PMT").
 * This module cuts that noise away while keeping the original letters, so the result can both be
 * keyed (merchant-key.ts) and spoken as a display name.
 */

/** Processors and platforms that put their own tag and a `*` before the merchant's name. */
const PROCESSOR_PREFIX = /^(?:sq|tst|toast|paypal|pp|sp|square)\s*\*\s*/i;

/** Point-of-sale and bill-pay lead-ins that some banks put before every card purchase. */
const POS_PREFIX =
  /^(?:debit card purchase|debit purchase|pos debit|pos purchase|pos|checkcard(?:\s+\d{4})?|purchase authorized on\s+\d{1,2}\/\d{1,2}|recurring (?:payment|debit))\s+/i;

/** Words that introduce a store or location number: "STORE 1234", "NO. 55". */
const NUMBER_WORDS = new Set(['store', 'str', 'no', 'no.', 'unit', 'loc']);

/** A word after the name that starts the location tail on its own: "SPOTIFY USA NEW YORK NY". */
const LOCATION_WORDS = new Set(['usa']);

/** ACH and bill-pay words that trail a descriptor: "DIR DEP PPD", "WEB PMT". */
const TRAILING_NOISE = new Set([
  'ppd',
  'ccd',
  'web',
  'pmt',
  'pymt',
  'ach',
  'dir',
  'dep',
  'debit',
  'autopay',
  'billpay',
  'us',
  'usa',
  'of',
  'and',
  'the',
]);

/** US state and territory codes, for the "SEATTLE WA" tail of a card descriptor. */
const STATES = new Set(
  (
    'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ' +
    'pr ri sc sd tn tx ut vt va wa wv wi wy'
  ).split(' '),
);

/** `netflix.com`, `help.uber.com`, `apple.com/bill`: the label before the top-level domain. */
const DOMAIN = /^(?:[a-z0-9-]+\.)*([a-z0-9-]+)\.(?:com|net|org|io|co|us)(?:\/\S*)?$/i;

function digitCount(token: string): number {
  return token.replace(/\D/g, '').length;
}

/** A token that starts the location/reference tail: "#1234", "57444213", "F31415", "...7710". */
function isMarker(token: string, next: string | undefined): boolean {
  if (token.startsWith('#') || digitCount(token) >= 3 || LOCATION_WORDS.has(token.toLowerCase())) return true;
  return NUMBER_WORDS.has(token.toLowerCase()) && next !== undefined && /^#|\d/.test(next);
}

function stripPrefixes(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(PROCESSOR_PREFIX, '').replace(POS_PREFIX, '').trim();
  }
  return rest;
}

/** "UBER *TRIP" → "UBER"; a leading star is just dropped. */
function cutAtStar(text: string): string {
  const star = text.indexOf('*');
  if (star < 0) return text;
  const before = text.slice(0, star).trim();
  return /[a-z]/i.test(before) ? before : text.replace(/\*/g, ' ').trim();
}

/** Keeps the tokens before the first store number, reference code or web domain. */
function nameTokens(tokens: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const hasName = kept.some((word) => /[a-z]/i.test(word));
    if (hasName && isMarker(token, tokens[i + 1])) break;
    const domain = DOMAIN.exec(token);
    if (domain?.[1] !== undefined) {
      kept.push(domain[1]);
      break;
    }
    kept.push(token);
  }
  return kept;
}

/** Drops "... BROOKLYN NY"'s state and trailing ACH words; the first word always stays. */
function dropDescriptorTail(tokens: string[]): string[] {
  const kept = [...tokens];
  for (;;) {
    const last = kept[kept.length - 1]?.toLowerCase().replace(/\.$/, '');
    if (kept.length < 2 || last === undefined || !(TRAILING_NOISE.has(last) || STATES.has(last))) return kept;
    kept.pop();
  }
}

/**
 * The merchant part of a payee or statement descriptor, original letters kept:
 * "STARBUCKS STORE #1234 SEATTLE WA" → "STARBUCKS", "SQ *BLUE BOTTLE COFFEE" → "BLUE BOTTLE COFFEE",
 * "AT&T *WIRELESS PAYMENT DALLAS TX" → "AT&T". The state and ACH tail are only dropped from
 * descriptor-style text (no lower-case letters), so a payee such as "Cafe OK" keeps its name.
 * A city with no store number before it stays ("CAFE MULLER BROOKLYN"): it cannot be told apart
 * from the name. Returns the trimmed input when nothing would be left.
 */
export function stripMerchantNoise(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const tokens = nameTokens(
    cutAtStar(stripPrefixes(trimmed))
      .split(' ')
      .filter((t) => t.length > 0),
  );
  const descriptor = !/\p{Ll}/u.test(trimmed);
  const kept = descriptor ? dropDescriptorTail(tokens) : tokens;
  const result = kept.join(' ').trim();
  return result === '' ? trimmed : result;
}

/** "BLUE BOTTLE COFFEE" → "Blue Bottle Coffee"; words with `&` or digits ("AT&T") stay as sent. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word) => (/[&\d]/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()))
    .join(' ');
}

/** A speakable name from a statement descriptor, for transactions the bank sent without a payee. */
export function nameFromDescription(description: string): string {
  return titleCase(stripMerchantNoise(description));
}
