/** Small readers every configuration check uses; each throws ConfigError with an actionable message. */

/** The configuration cannot be used; `problems` lists every reason, `message` joins them. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('; '));
    this.problems = list;
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name] ?? ''}"`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http(s) URL; plain http only to this machine in production (bearer tokens must not travel in clear). */
export function url(env: Env, name: string, production: boolean): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new ConfigError(`${name} must be an http(s) URL`);
  if (production && parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) {
    throw new ConfigError(`${name} must use https in production`);
  }
  return raw.replace(/\/+$/, '');
}

/** Collects every problem instead of stopping at the first. */
export interface Checker {
  <T>(read: () => T, fallback: T): T;
  problem(message: string): void;
  readonly problems: string[];
}

export function checker(): Checker {
  const problems: string[] = [];
  const check = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return fallback;
    }
  };
  return Object.assign(check, { problem: (message: string) => void problems.push(message), problems });
}
