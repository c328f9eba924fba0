import { IANAZone } from 'luxon';

/** The service's configuration, read from the environment once at start and validated. */
export interface Config {
  readonly port: number;
  readonly production: boolean;
  /** FDX base URL of the partner bank; undefined means: embed the sandbox bank. */
  readonly bankApiUrl?: string;
  /** Port for the embedded sandbox; 0 picks a free one. */
  readonly sandboxPort: number;
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

function url(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('scheme');
    return raw.replace(/\/+$/, '');
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
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
  const bankApiUrl = url(env, 'BANK_API_URL');
  if (production && !bankApiUrl) throw new ConfigError('BANK_API_URL is required when NODE_ENV=production (the sandbox bank is for development)');
  const defaultTimeZone = env.DEFAULT_TIME_ZONE || 'America/New_York';
  if (!IANAZone.isValidZone(defaultTimeZone)) throw new ConfigError(`DEFAULT_TIME_ZONE must be an IANA zone, got "${defaultTimeZone}"`);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "${logLevel}"`);
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    production, verifyRequests, defaultTimeZone, logLevel,
    ...(bankApiUrl ? { bankApiUrl } : {}),
    ...(alexaSkillId ? { alexaSkillId } : {}),
    ...(dialogflowSecret ? { dialogflowSecret } : {}),
    sandboxPort: integer(env, 'SANDBOX_PORT', 0, 0, 65535),
    bankTimeoutMs: integer(env, 'BANK_TIMEOUT_MS', 2500, 100, 10000),
    turnDeadlineMs: integer(env, 'TURN_DEADLINE_MS', 4000, 200, 7500),
    historyDays: integer(env, 'BANK_HISTORY_DAYS', 90, 1, 3660),
    accountCacheSeconds: integer(env, 'ACCOUNT_CACHE_SECONDS', 30, 0, 300),
  };
}
