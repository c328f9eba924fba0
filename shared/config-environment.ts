/**
 * Checks on the environment as a whole, beyond each variable's own rule: names that look like
 * ours but are not, and values left as placeholders from an example file.
 */

/** Every variable the service, its embedded sandbox and its container read. */
export const KNOWN_VARIABLES: readonly string[] = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'BANK_API_URL',
  'BANK_AUTH_ISSUER',
  'MCP_RESOURCE_URL',
  'BANK_TIMEOUT_MS',
  'BANK_HISTORY_DAYS',
  'TURN_DEADLINE_MS',
  'ACCOUNT_CACHE_SECONDS',
  'BANK_APP_NAME',
  'BANK_PHONE',
  'BANK_MAX_AMOUNT',
  'BANK_MIN_YEAR',
  'BANK_MAX_YEAR',
  'VERIFY_REQUESTS',
  'ALEXA_SKILL_ID',
  'DIALOGFLOW_SECRET',
  'DEFAULT_TIME_ZONE',
  'PIN_POLICY',
  'PIN_MAX_ATTEMPTS',
  'PIN_LOCK_SECONDS',
  'PIN_SESSION_IDLE_SECONDS',
  'MONEY_MOVEMENT',
  'TRANSFER_MAX',
  'TRANSFER_DAILY_MAX',
  'AUDIT_DATABASE_URL',
  'AUDIT_SQLITE_PATH',
  'STATE_STORE',
  'STATE_KEY_SECRET',
  'STATE_KEY_PREFIX',
  'SANDBOX_PORT',
  'SANDBOX_HOST',
  'SANDBOX_TODAY',
  'SANDBOX_PUBLIC_URL',
  'SANDBOX_OAUTH_CLIENTS',
];

/** Names people write for ours (from other projects, docs, or memory). */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  BANK_URL: 'BANK_API_URL',
  BANK_API: 'BANK_API_URL',
  BANK_BASE_URL: 'BANK_API_URL',
  FDX_API_URL: 'BANK_API_URL',
  FDX_URL: 'BANK_API_URL',
  BANK_TIMEOUT: 'BANK_TIMEOUT_MS',
  SKILL_ID: 'ALEXA_SKILL_ID',
  ALEXA_APP_ID: 'ALEXA_SKILL_ID',
  ALEXA_APPLICATION_ID: 'ALEXA_SKILL_ID',
  ASK_SKILL_ID: 'ALEXA_SKILL_ID',
  DIALOGFLOW_TOKEN: 'DIALOGFLOW_SECRET',
  DIALOGFLOW_SHARED_SECRET: 'DIALOGFLOW_SECRET',
  GOOGLE_SECRET: 'DIALOGFLOW_SECRET',
  VERIFY_REQUEST: 'VERIFY_REQUESTS',
  VERIFY_SIGNATURES: 'VERIFY_REQUESTS',
  DEFAULT_TIMEZONE: 'DEFAULT_TIME_ZONE',
  TIME_ZONE: 'DEFAULT_TIME_ZONE',
  STATE_STORE_URL: 'STATE_STORE',
  STATE_SECRET: 'STATE_KEY_SECRET',
  LOGLEVEL: 'LOG_LEVEL',
  TURN_TIMEOUT_MS: 'TURN_DEADLINE_MS',
};

/** Prefixes only our variables use: an unknown name with one is a typo, not someone else's setting. */
const OUR_PREFIXES = ['VOICEBANK_', 'BANK_', 'ALEXA_', 'DIALOGFLOW_', 'PIN_', 'STATE_', 'SANDBOX_'];

/** Variables Kubernetes injects for every Service (`<NAME>_SERVICE_HOST`, `<NAME>_PORT_3000_TCP`, …): not settings. */
const SERVICE_LINK = /_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)$/;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function nearest(name: string): string | undefined {
  const ranked = KNOWN_VARIABLES.map((known) => ({ known, d: distance(name, known) })).sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best !== undefined && best.d <= 3 ? best.known : undefined;
}

/** A message for every set variable that is a known misspelling, or unknown with one of our prefixes. */
export function unknownVariables(env: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (env[name] === undefined || KNOWN_VARIABLES.includes(name) || SERVICE_LINK.test(name)) continue;
    const meant = Object.hasOwn(MISSPELLINGS, name)
      ? MISSPELLINGS[name]
      : OUR_PREFIXES.some((p) => name.startsWith(p))
        ? (nearest(name) ?? '')
        : undefined;
    if (meant === undefined) continue;
    problems.push(`${name} is not a voicebank variable${meant ? ` (did you mean ${meant}?)` : ''}`);
  }
  return problems;
}

const PLACEHOLDER_TEXT =
  /fill[-_ ]?me|changeme|change[-_]me|replace[-_]me|your[-_](secret|skill|bank|token)|<[^>]+>|^x{3,}$|^todo$/i;
/** RFC 2606 / RFC 6761 names that never reach a real bank. */
const EXAMPLE_HOST = /(^|\.)(example(\.(com|net|org))?|test|invalid)$/i;

function exampleHost(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return EXAMPLE_HOST.test(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** A message for every known variable whose value is a placeholder or points at an example host. Values are never echoed. */
export function placeholderValues(env: Readonly<Record<string, string | undefined>>): string[] {
  return KNOWN_VARIABLES.flatMap((name) => {
    const value = env[name];
    if (!value) return [];
    if (PLACEHOLDER_TEXT.test(value)) return [`${name} still holds a placeholder value`];
    if (exampleHost(value)) return [`${name} points at an example host, not a real one`];
    return [];
  });
}

/** `amzn1.ask.skill.` followed by a UUID, as the Alexa developer console shows skill ids. */
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
