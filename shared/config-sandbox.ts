import { DateTime } from 'luxon';
import { ConfigError, url, integer, type Checker, type Env } from './config-values';

/** SANDBOX_TODAY: a real calendar day, only with the embedded sandbox and never in production. */
function sandboxToday(env: Env, production: boolean, bankApiUrl: string | undefined): string | undefined {
  const raw = env.SANDBOX_TODAY;
  if (!raw) return undefined;
  if (!DateTime.fromFormat(raw, 'yyyy-MM-dd', { zone: 'utc' }).isValid) {
    throw new ConfigError(`SANDBOX_TODAY must be a calendar day YYYY-MM-DD, got "${raw}"`);
  }
  if (production || bankApiUrl)
    throw new ConfigError(
      'SANDBOX_TODAY only applies to the embedded sandbox bank (no BANK_API_URL, not in production)',
    );
  return raw;
}

/** SANDBOX_OAUTH_CLIENTS must at least be JSON here; the sandbox checks each entry when it starts. */
function oauthClients(env: Env): string | undefined {
  const raw = env.SANDBOX_OAUTH_CLIENTS || undefined;
  if (raw === undefined) return undefined;
  try {
    JSON.parse(raw);
  } catch {
    throw new ConfigError('SANDBOX_OAUTH_CLIENTS must be a JSON array of {client_id, client_secret?, redirect_uris}');
  }
  return raw;
}

/** The embedded sandbox's settings (part of Config): they only apply without BANK_API_URL. */
export interface SandboxParts {
  readonly sandboxPort?: number;
  readonly sandboxToday?: string;
  readonly sandboxPublicUrl?: string;
  readonly sandboxOauthClients?: string;
}

/** The embedded sandbox's settings: they only apply without BANK_API_URL. */
export function sandboxParts(
  env: Env,
  check: Checker,
  production: boolean,
  bankApiUrl: string | undefined,
): SandboxParts {
  const today = check(() => sandboxToday(env, production, bankApiUrl), undefined);
  const publicUrl = check(() => url(env, 'SANDBOX_PUBLIC_URL', false), undefined);
  const clients = check(() => oauthClients(env), undefined);
  return {
    sandboxPort: check(() => integer(env, 'SANDBOX_PORT', 0, 0, 65535), 0),
    ...(today ? { sandboxToday: today } : {}),
    ...(publicUrl ? { sandboxPublicUrl: publicUrl } : {}),
    ...(clients ? { sandboxOauthClients: clients } : {}),
  };
}
