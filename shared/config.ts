import { randomBytes } from 'node:crypto';
import { DateTime, IANAZone } from 'luxon';

/** The service's configuration, read from the environment once at start and validated. */
export interface Config {
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
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name] ?? ''}"`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http(s) URL; plain http only to this machine in production (bearer tokens must not travel in clear). */
function url(env: Env, name: string, production: boolean): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError(`${name} must be an http(s) URL`);
  if (production && parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) {
    throw new ConfigError(`${name} must use https in production`);
  }
  return raw.replace(/\/+$/, '');
}

function pinPolicy(env: Env): Config['pinPolicy'] {
  const raw = env.PIN_POLICY || 'off';
  if (raw !== 'off' && raw !== 'session' && raw !== 'always') throw new ConfigError(`PIN_POLICY must be off, session or always, got "${raw}"`);
  return raw;
}

function stateStore(env: Env, production: boolean, policy: Config['pinPolicy']): string {
  const raw = env.STATE_STORE || 'memory';
  if (raw !== 'memory' && !/^rediss?:\/\/[^\s]+$/.test(raw)) throw new ConfigError('STATE_STORE must be memory or a redis:// URL');
  if (production && policy !== 'off' && raw === 'memory') {
    throw new ConfigError('STATE_STORE=memory is refused in production with a PIN policy: lockouts must be shared by every instance');
  }
  return raw;
}

/** The key secret: required wherever keys must agree across processes or restarts. */
function keySecret(env: Env, production: boolean, store: string, policy: Config['pinPolicy']): { secret: string; generated: boolean } {
  const raw = env.STATE_KEY_SECRET;
  if (raw && raw.length < 32) throw new ConfigError('STATE_KEY_SECRET must be at least 32 characters');
  if (raw) return { secret: raw, generated: false };
  if (policy !== 'off' && (production || store !== 'memory')) {
    throw new ConfigError('STATE_KEY_SECRET is required with a PIN policy and a shared state store or in production');
  }
  return { secret: randomBytes(32).toString('base64url'), generated: true };
}

/** SANDBOX_TODAY: a real calendar day, only with the embedded sandbox and never in production. */
function sandboxToday(env: Env, production: boolean, bankApiUrl: string | undefined): string | undefined {
  const raw = env.SANDBOX_TODAY;
  if (!raw) return undefined;
  if (!DateTime.fromFormat(raw, 'yyyy-MM-dd', { zone: 'utc' }).isValid) {
    throw new ConfigError(`SANDBOX_TODAY must be a calendar day YYYY-MM-DD, got "${raw}"`);
  }
  if (production || bankApiUrl) throw new ConfigError('SANDBOX_TODAY only applies to the embedded sandbox bank (no BANK_API_URL, not in production)');
  return raw;
}

/** Bank budget inside the turn deadline, and the turn inside Dialogflow's 5 s (Alexa allows 8 s). */
function deadlines(env: Env): { bankTimeoutMs: number; turnDeadlineMs: number } {
  const turnDeadlineMs = integer(env, 'TURN_DEADLINE_MS', 4000, 200, 4500);
  const bankTimeoutMs = integer(env, 'BANK_TIMEOUT_MS', Math.min(2500, turnDeadlineMs - 100), 100, 4400);
  if (bankTimeoutMs >= turnDeadlineMs) throw new ConfigError('BANK_TIMEOUT_MS must be shorter than TURN_DEADLINE_MS');
  return { bankTimeoutMs, turnDeadlineMs };
}

/** Reads and checks every setting; throws ConfigError with a message a person can act on. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const verifyRequests = flag(env, 'VERIFY_REQUESTS', true);
  if (production && !verifyRequests) throw new ConfigError('VERIFY_REQUESTS=false is refused when NODE_ENV=production');
  const alexaSkillId = env.ALEXA_SKILL_ID || undefined;
  if (production && !alexaSkillId) throw new ConfigError('ALEXA_SKILL_ID is required when NODE_ENV=production');
  const dialogflowSecret = env.DIALOGFLOW_SECRET || undefined;
  if (production && !dialogflowSecret) throw new ConfigError('DIALOGFLOW_SECRET is required when NODE_ENV=production');
  if (dialogflowSecret && dialogflowSecret.length < 16) throw new ConfigError('DIALOGFLOW_SECRET must be at least 16 characters');
  const bankApiUrl = url(env, 'BANK_API_URL', production);
  if (production && !bankApiUrl) throw new ConfigError('BANK_API_URL is required when NODE_ENV=production (the sandbox bank is for development)');
  const defaultTimeZone = env.DEFAULT_TIME_ZONE || 'America/New_York';
  if (!IANAZone.isValidZone(defaultTimeZone)) throw new ConfigError(`DEFAULT_TIME_ZONE must be an IANA zone, got "${defaultTimeZone}"`);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "${logLevel}"`);
  }
  const policy = pinPolicy(env);
  const store = stateStore(env, production, policy);
  const key = keySecret(env, production, store, policy);
  const today = sandboxToday(env, production, bankApiUrl);
  return {
    pinPolicy: policy, stateStore: store, stateKeySecret: key.secret, stateKeySecretGenerated: key.generated,
    stateKeyPrefix: env.STATE_KEY_PREFIX || 'voicebank:',
    pinMaxAttempts: integer(env, 'PIN_MAX_ATTEMPTS', 3, 1, 10),
    pinLockSeconds: integer(env, 'PIN_LOCK_SECONDS', 900, 10, 86_400),
    pinIdleSeconds: integer(env, 'PIN_SESSION_IDLE_SECONDS', 300, 1, 3600),
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    production, verifyRequests, defaultTimeZone, logLevel,
    ...(bankApiUrl ? { bankApiUrl } : {}),
    ...(alexaSkillId ? { alexaSkillId } : {}),
    ...(dialogflowSecret ? { dialogflowSecret } : {}),
    sandboxPort: integer(env, 'SANDBOX_PORT', 0, 0, 65535),
    ...(today ? { sandboxToday: today } : {}),
    ...deadlines(env),
    historyDays: integer(env, 'BANK_HISTORY_DAYS', 90, 1, 3660),
    accountCacheSeconds: integer(env, 'ACCOUNT_CACHE_SECONDS', 30, 0, 300),
  };
}
