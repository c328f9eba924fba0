import { systemClock, type Clock } from '../shared/clock';
import { ConfigError, loadConfig } from '../shared/config';
import type { CheckResult } from './types';
import { checkBaseUrl } from '../shared/bank/url';

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** What {@link runCertification} is asked to do. Everything is optional. */
export interface CertificationOptions {
  /** FDX base URL of the bank to certify; absent: the embedded sandbox on 127.0.0.1, port 0. */
  readonly bankUrl?: string;
  /** Account-linking (bearer) token of a test customer; default `demo-alex` with the sandbox. */
  readonly token?: string;
  /** A token the bank has expired; with the sandbox it defaults to `fault-expired`. */
  readonly expiredToken?: string;
  /** Where the reports go; default `certification`. */
  readonly outDir?: string;
  /** Latency samples per endpoint; default 10. */
  readonly samples?: number;
  /** The voice budget for one bank call, milliseconds (BANK_TIMEOUT_MS); default 2500. */
  readonly bankTimeoutMs?: number;
  /** Hard stop for one turn, milliseconds (TURN_DEADLINE_MS); default 4000. */
  readonly turnDeadlineMs?: number;
  /** Deployment settings the storage listing describes (PIN_POLICY, STATE_STORE, ...); default `process.env`. */
  readonly env?: Env;
  /** Called as each check finishes, in report order (the CLI prints progress from it). */
  readonly onCheck?: (result: CheckResult) => void;
  /** Also print report.html to report.pdf through headless Chromium; default false. */
  readonly pdf?: boolean;
  /** Also write the sealed bundle as one file, `<outDir>.zip` beside the folder; default false. */
  readonly zip?: boolean;
  /** The run's clock (the sandbox's today, request timestamps, the report's date); default: the system clock. */
  readonly clock?: Clock;
}

/** The options with defaults applied and checked. */
export interface Settings {
  readonly bankUrl?: string;
  readonly token: string;
  readonly expiredToken?: string;
  readonly outDir: string;
  readonly samples: number;
  readonly bankTimeoutMs: number;
  readonly turnDeadlineMs: number;
  /** IANA zone for "the last 30 days" and the service's default zone. */
  readonly zone: string;
  readonly env: Env;
  readonly pdf: boolean;
  readonly zip: boolean;
  readonly clock: Clock;
}

/** A platform deadline every answer must beat (Dialogflow's 5 s; Alexa allows 8 s). */
export const ANSWER_DEADLINE_MS = 5000;

function whole(value: number | undefined, fallback: number, min: number, max: number, name: string): number {
  const result = value ?? fallback;
  if (!Number.isInteger(result) || result < min || result > max)
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}`);
  return result;
}

function checkedUrl(text: string): string {
  checkBaseUrl(text, '--bank-url');
  return text.replace(/\/+$/, '');
}

/** The service's own configuration rules decide which budgets and zones a run may use. */
function serviceAccepts(env: Env): void {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new RangeError(error.message);
    throw error;
  }
}

/** Applies defaults; throws TypeError/RangeError with a message for the user. */
export function resolveOptions(options: CertificationOptions): Settings {
  const env = options.env ?? process.env;
  const bankUrl = options.bankUrl === undefined ? undefined : checkedUrl(options.bankUrl);
  if (bankUrl !== undefined && !options.token) throw new TypeError('--token is required with --bank-url');
  const expiredToken = options.expiredToken ?? (bankUrl === undefined ? 'fault-expired' : undefined);
  const zone = env.DEFAULT_TIME_ZONE || 'America/New_York';
  const bankTimeoutMs = whole(options.bankTimeoutMs, 2500, 1, 60_000, 'bankTimeoutMs');
  const turnDeadlineMs = whole(options.turnDeadlineMs, 4000, 1, 60_000, 'turnDeadlineMs');
  serviceAccepts({
    DEFAULT_TIME_ZONE: zone,
    BANK_TIMEOUT_MS: String(bankTimeoutMs),
    TURN_DEADLINE_MS: String(turnDeadlineMs),
  });
  return {
    ...(bankUrl === undefined ? {} : { bankUrl }),
    token: options.token ?? 'demo-alex',
    ...(expiredToken === undefined ? {} : { expiredToken }),
    outDir: options.outDir ?? 'certification',
    samples: whole(options.samples, 10, 1, 100, 'samples'),
    bankTimeoutMs,
    turnDeadlineMs,
    zone,
    env,
    pdf: options.pdf ?? false,
    zip: options.zip ?? false,
    clock: options.clock ?? systemClock,
  };
}
