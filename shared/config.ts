import { randomBytes } from 'node:crypto';
import { IANAZone } from 'luxon';
import { sandboxParts } from './config-sandbox';
import { loadMovementConfig, type MovementConfig } from './config-movement';
import { DEFAULT_APP_NAME, loadContact } from './config-contact';
import type { BankContact } from './banking/contract';
import { checker, ConfigError, flag, integer, url, type Checker, type Env } from './config-values';

export { ConfigError } from './config-values';
import { placeholderValues, SKILL_ID_PATTERN, unknownVariables } from './config-environment';

/** The service's configuration, read from the environment once at start and validated. */
export interface Config extends MovementConfig {
  readonly port: number;
  /** Interface to listen on: loopback by default outside production, every interface in production. */
  readonly host: string;
  readonly production: boolean;
  /** FDX base URL of the partner bank; undefined means: embed the sandbox bank. */
  readonly bankApiUrl?: string;
  /** Port for the embedded sandbox; 0 picks a free one. */
  readonly sandboxPort: number;
  /**
   * `YYYY-MM-DD`: the day the embedded sandbox (and so the whole service's clock) takes as today,
   * to reproduce any day; development only. Undefined: the system clock.
   */
  readonly sandboxToday?: string;
  /** Issuer URL of the embedded sandbox's authorization server (SANDBOX_PUBLIC_URL, e.g. a tunnel). */
  readonly sandboxPublicUrl?: string;
  /** SANDBOX_OAUTH_CLIENTS as given (JSON); the sandbox parses and checks each client. */
  readonly sandboxOauthClients?: string;
  /** Alexa request verification (signature, certificate, timestamp) and Dialogflow secret checks. */
  readonly verifyRequests: boolean;
  /** `amzn1.ask.skill.…`; requests for another skill are refused when set. */
  readonly alexaSkillId?: string;
  /** Shared secret Dialogflow sends (basic-auth password or the `x-voicebank-secret` header). */
  readonly dialogflowSecret?: string;
  readonly defaultTimeZone: string;
  readonly logLevel: string;
  /** Budget for one bank call including its one retry. */
  readonly bankTimeoutMs: number;
  /** Hard stop for one spoken turn. */
  readonly turnDeadlineMs: number;
  /** How many days of transactions the bank serves; older periods are answered as out of reach. */
  readonly historyDays: number;
  /** How long a customer's account list (no balances) is reused between turns; 0 = never. */
  readonly accountCacheSeconds: number;
  /** Voice PIN before account data: never, once per session, or every time. */
  readonly pinPolicy: 'off' | 'session' | 'always';
  /** `memory` (one process) or a `redis://` / `rediss://` URL shared by every instance. */
  readonly stateStore: string;
  /** Prefix of every key in the state store. */
  readonly stateKeyPrefix: string;
  /** HMAC secret that turns a bank customer id into a store key. */
  readonly stateKeySecret: string;
  /** Whether the secret was generated at start (development with the memory store only). */
  readonly stateKeySecretGenerated: boolean;
  readonly pinMaxAttempts: number;
  readonly pinLockSeconds: number;
  readonly pinIdleSeconds: number;
  /** BANK_APP_NAME, BANK_PHONE: where customers are sent for what cannot be done by voice. */
  readonly contact: BankContact;
  /**
   * What a sane bank response holds (issue 12): the largest absolute amount in major units and
   * the calendar years dates must fall in. Beyond them a response is refused as invalid.
   */
  readonly bankBounds: { readonly maxAmount: number; readonly minYear: number; readonly maxYear: number };
  /** Most bank calls in flight per customer and for the whole process (issue 17). */
  readonly bankConcurrency: { readonly perCustomer: number; readonly perBank: number };
  /** OAuth issuer of the bank's authorization server, named in the MCP resource metadata; the sandbox's when unset and embedded. */
  readonly bankAuthIssuer?: string;
  /** The public URL of `POST /mcp` (the OAuth resource id); derived from each request when unset. */
  readonly mcpResourceUrl?: string;
}

function pinPolicy(env: Env): Config['pinPolicy'] {
  const raw = env.PIN_POLICY || 'off';
  if (raw !== 'off' && raw !== 'session' && raw !== 'always')
    throw new ConfigError(`PIN_POLICY must be off, session or always, got "${raw}"`);
  return raw;
}

function stateStore(env: Env, production: boolean, policy: Config['pinPolicy']): string {
  const raw = env.STATE_STORE || 'memory';
  if (raw !== 'memory' && !/^rediss?:\/\/[^\s]+$/.test(raw))
    throw new ConfigError('STATE_STORE must be memory or a redis:// URL');
  if (production && policy !== 'off' && raw === 'memory') {
    throw new ConfigError(
      'STATE_STORE=memory is refused in production with a PIN policy: lockouts must be shared by every instance',
    );
  }
  return raw;
}

/** The key secret: required wherever keys must agree across processes or restarts. */
function keySecret(
  env: Env,
  production: boolean,
  store: string,
  policy: Config['pinPolicy'],
): { secret: string; generated: boolean } {
  const raw = env.STATE_KEY_SECRET;
  if (raw && raw.length < 32) throw new ConfigError('STATE_KEY_SECRET must be at least 32 characters');
  if (raw) return { secret: raw, generated: false };
  if (policy !== 'off' && (production || store !== 'memory')) {
    throw new ConfigError('STATE_KEY_SECRET is required with a PIN policy and a shared state store or in production');
  }
  return { secret: randomBytes(32).toString('base64url'), generated: true };
}

/** Bank budget inside the turn deadline, and the turn inside Dialogflow's 5 s (Alexa allows 8 s). */
function deadlines(env: Env): { bankTimeoutMs: number; turnDeadlineMs: number } {
  const turnDeadlineMs = integer(env, 'TURN_DEADLINE_MS', 4000, 200, 4500);
  const bankTimeoutMs = integer(env, 'BANK_TIMEOUT_MS', Math.min(2500, turnDeadlineMs - 100), 100, 4400);
  if (bankTimeoutMs >= turnDeadlineMs) throw new ConfigError('BANK_TIMEOUT_MS must be shorter than TURN_DEADLINE_MS');
  return { bankTimeoutMs, turnDeadlineMs };
}

/** Where the service runs: the HTTP server (Alexa and Dialogflow) or AWS Lambda (Alexa only). */
export type ConfigHost = 'http' | 'lambda';

export interface LoadOptions {
  /** Default `http`. `lambda` needs no Dialogflow secret: only Alexa's trigger invokes it. */
  readonly host?: ConfigHost;
}

/** What production needs on top of each variable's own rule. */
function productionRules(
  env: Env,
  check: Checker,
  parts: { verifyRequests: boolean; bankApiUrl?: string; host: ConfigHost },
): void {
  if (!parts.verifyRequests) check.problem('VERIFY_REQUESTS=false is refused when NODE_ENV=production');
  if (!env.ALEXA_SKILL_ID) check.problem('ALEXA_SKILL_ID is required when NODE_ENV=production');
  // On Lambda only Alexa's trigger reaches the code: there is no Dialogflow route to protect.
  if (parts.host === 'http' && !env.DIALOGFLOW_SECRET)
    check.problem('DIALOGFLOW_SECRET is required when NODE_ENV=production');
  if (!parts.bankApiUrl && !env.BANK_API_URL)
    check.problem('BANK_API_URL is required when NODE_ENV=production (the sandbox bank is for development)');
  for (const message of [...placeholderValues(env), ...unknownVariables(env)]) check.problem(message);
}

function alexaSkillId(env: Env): string | undefined {
  const raw = env.ALEXA_SKILL_ID || undefined;
  if (raw && !SKILL_ID_PATTERN.test(raw))
    throw new ConfigError('ALEXA_SKILL_ID must be amzn1.ask.skill.<uuid>, as the Alexa developer console shows it');
  return raw;
}

function dialogflowSecret(env: Env): string | undefined {
  const raw = env.DIALOGFLOW_SECRET || undefined;
  if (raw && raw.length < 16) throw new ConfigError('DIALOGFLOW_SECRET must be at least 16 characters');
  return raw;
}

function zone(env: Env): string {
  const raw = env.DEFAULT_TIME_ZONE || 'America/New_York';
  if (!IANAZone.isValidZone(raw)) throw new ConfigError(`DEFAULT_TIME_ZONE must be an IANA zone, got "${raw}"`);
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(env: Env): string {
  const raw = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(raw))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
}

/**
 * Reads and checks every setting; throws one ConfigError listing every problem (each a message
 * a person can act on, never echoing a secret). Production also refuses placeholders, example
 * hosts, and unknown or misspelled variables.
 */
export function loadConfig(env: Env = process.env, options: LoadOptions = {}): Config {
  const check = checker();
  const production = env.NODE_ENV === 'production';
  const verifyRequests = check(() => flag(env, 'VERIFY_REQUESTS', true), true);
  const bankApiUrl = check(() => url(env, 'BANK_API_URL', production), undefined);
  const host = options.host ?? 'http';
  if (production) productionRules(env, check, { verifyRequests, host, ...(bankApiUrl ? { bankApiUrl } : {}) });
  const skillId = check(() => alexaSkillId(env), undefined);
  const secret = check(() => dialogflowSecret(env), undefined);
  const policy = check(() => pinPolicy(env), 'off');
  const movement = check(
    () => loadMovementConfig(env, (message) => new ConfigError(message)),
    loadMovementConfig({}, (message) => new ConfigError(message)),
  );
  // Money movement always asks for the PIN, so it needs what a PIN policy needs: a shared store and a stable key.
  const guarded = movement.moneyMovement && policy === 'off' ? 'session' : policy;
  const store = check(() => stateStore(env, production, guarded), 'memory');
  const key = check(() => keySecret(env, production, store, guarded), { secret: '', generated: false });
  const bankAuthIssuer = check(() => url(env, 'BANK_AUTH_ISSUER', production), undefined);
  const mcpResourceUrl = check(() => url(env, 'MCP_RESOURCE_URL', production), undefined);
  const config: Config = {
    ...movement,
    pinPolicy: policy,
    stateStore: store,
    stateKeySecret: key.secret,
    stateKeySecretGenerated: key.generated,
    stateKeyPrefix: env.STATE_KEY_PREFIX || 'voicebank:',
    pinMaxAttempts: check(() => integer(env, 'PIN_MAX_ATTEMPTS', 3, 1, 10), 3),
    pinLockSeconds: check(() => integer(env, 'PIN_LOCK_SECONDS', 900, 10, 86_400), 900),
    pinIdleSeconds: check(() => integer(env, 'PIN_SESSION_IDLE_SECONDS', 300, 1, 3600), 300),
    port: check(() => integer(env, 'PORT', 3000, 0, 65535), 3000),
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    verifyRequests,
    defaultTimeZone: check(() => zone(env), 'America/New_York'),
    logLevel: check(() => logLevel(env), 'info'),
    ...(bankApiUrl ? { bankApiUrl } : {}),
    ...(skillId ? { alexaSkillId: skillId } : {}),
    ...(secret ? { dialogflowSecret: secret } : {}),
    ...(bankAuthIssuer ? { bankAuthIssuer } : {}),
    ...(mcpResourceUrl ? { mcpResourceUrl } : {}),
    sandboxPort: 0,
    ...sandboxParts(env, check, production, bankApiUrl),
    ...check(() => deadlines(env), { bankTimeoutMs: 2500, turnDeadlineMs: 4000 }),
    historyDays: check(() => integer(env, 'BANK_HISTORY_DAYS', 90, 1, 3660), 90),
    accountCacheSeconds: check(() => integer(env, 'ACCOUNT_CACHE_SECONDS', 30, 0, 300), 30),
    contact: check(() => loadContact(env, (message) => new ConfigError(message)), { appName: DEFAULT_APP_NAME }),
    bankBounds: check(() => bankBounds(env), { maxAmount: 1_000_000_000, minYear: 1900, maxYear: 2100 }),
    bankConcurrency: check(() => bankConcurrency(env), { perCustomer: 300, perBank: 1200 }),
  };
  if (check.problems.length > 0) throw new ConfigError(check.problems);
  return config;
}

/** BANK_MAX_CONCURRENT_PER_CUSTOMER, BANK_MAX_CONCURRENT: caps on bank calls in flight. */
function bankConcurrency(env: Env): Config['bankConcurrency'] {
  const perCustomer = integer(env, 'BANK_MAX_CONCURRENT_PER_CUSTOMER', 300, 1, 10_000);
  const perBank = integer(env, 'BANK_MAX_CONCURRENT', 1200, 1, 100_000);
  if (perCustomer > perBank)
    throw new ConfigError('BANK_MAX_CONCURRENT_PER_CUSTOMER must not exceed BANK_MAX_CONCURRENT');
  return { perCustomer, perBank };
}

/** BANK_MAX_AMOUNT, BANK_MIN_YEAR, BANK_MAX_YEAR: the bounds of a sane bank response. */
function bankBounds(env: Env): Config['bankBounds'] {
  const minYear = integer(env, 'BANK_MIN_YEAR', 1900, 1, 9999);
  const maxYear = integer(env, 'BANK_MAX_YEAR', 2100, 1, 9999);
  if (minYear > maxYear) throw new ConfigError('BANK_MIN_YEAR must not be after BANK_MAX_YEAR');
  return { maxAmount: integer(env, 'BANK_MAX_AMOUNT', 1_000_000_000, 1, 1_000_000_000_000), minYear, maxYear };
}
