import { toMinorUnits } from './money/money';

/** Money movement settings (issue 18). */
export interface MovementConfig {
  /** `MONEY_MOVEMENT=on`; off by default, and then transfer and payment requests are refused plainly. */
  readonly moneyMovement: boolean;
  /** `TRANSFER_MAX`: most one movement may move, in minor units (USD cents). */
  readonly transferMaxMinor: number;
  /** `TRANSFER_DAILY_MAX`: most one customer may move per day (their zone), in minor units. */
  readonly transferDailyMaxMinor: number;
  /** `AUDIT_DATABASE_URL`: PostgreSQL for the movement audit; absent = the embedded SQLite file. */
  readonly auditDatabaseUrl?: string;
  /** `AUDIT_SQLITE_PATH`: the embedded audit file. */
  readonly auditSqlitePath: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function dollars(env: Env, name: string, fallback: number, fail: (message: string) => Error): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const minor = toMinorUnits(raw, 'USD');
  if (minor === undefined || minor <= 0 || minor > 100_000_000)
    throw fail(`${name} must be an amount in dollars from 0.01 to 1000000, got "${raw}"`);
  return minor;
}

/** Reads the money movement settings; `fail` builds the config error. */
export function loadMovementConfig(env: Env, fail: (message: string) => Error): MovementConfig {
  const raw = (env.MONEY_MOVEMENT || 'off').toLowerCase();
  if (raw !== 'on' && raw !== 'off') throw fail(`MONEY_MOVEMENT must be on or off, got "${env.MONEY_MOVEMENT ?? ''}"`);
  const transferMaxMinor = dollars(env, 'TRANSFER_MAX', 250_000, fail);
  const transferDailyMaxMinor = dollars(env, 'TRANSFER_DAILY_MAX', 500_000, fail);
  if (transferDailyMaxMinor < transferMaxMinor) throw fail('TRANSFER_DAILY_MAX must be at least TRANSFER_MAX');
  const auditDatabaseUrl = env.AUDIT_DATABASE_URL || undefined;
  if (auditDatabaseUrl && !/^postgres(ql)?:\/\/\S+$/.test(auditDatabaseUrl))
    throw fail('AUDIT_DATABASE_URL must be a postgres:// URL');
  return {
    moneyMovement: raw === 'on',
    transferMaxMinor,
    transferDailyMaxMinor,
    auditSqlitePath: env.AUDIT_SQLITE_PATH || 'voicebank-audit.sqlite',
    ...(auditDatabaseUrl ? { auditDatabaseUrl } : {}),
  };
}
