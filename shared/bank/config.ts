import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { resolveBounds, type SaneBounds } from './sanity';
import { checkBaseUrl } from './url';

/** How to reach the partner bank and how long a voice turn can wait for it. */
export interface BankClientConfig {
  /**
   * The FDX API root, path prefix included, e.g. `https://bank.example/fdx/v6`. Endpoint paths
   * such as `/accounts` are appended to it. http or https.
   */
  readonly baseUrl: string;
  /**
   * Voice budget in milliseconds for one client method call: every page it fetches, every wait
   * and its retry included. Default 2500.
   */
  readonly timeoutMs?: number;
  /** Retries per request, 0 or 1; only GETs, only on connection errors, 5xx and 429. Default 1. */
  readonly maxRetries?: number;
  /** Reuse connections through a keep-alive agent. Default true (a benchmark may turn it off). */
  readonly keepAlive?: boolean;
  /** Most pages one list call follows before it stops with what it has. Default 50. */
  readonly maxPages?: number;
  /** Most transactions one list call returns; collection stops at the cap. Default 5000. */
  readonly maxTransactions?: number;
  /**
   * Fetch a range that needs several pages as parallel date windows, each paged on its own
   * (shared/bank/windowed.ts). Default true; false pages one range sequentially.
   */
  readonly dateWindows?: boolean;
  /** Most date windows one range is cut into. Default 93 (a day each over three months). */
  readonly maxWindows?: number;
  /**
   * Most bank calls in flight for one customer (token) at once. Default 300: one wave of the
   * largest windowed question (three accounts × 93 day windows, plus their probes), so no answer
   * waits for calls that a cap held back. A bank with a published concurrency limit gets it here.
   */
  readonly maxConcurrentPerCustomer?: number;
  /** Most bank calls in flight for this client, all customers together. Default 1200 (four such waves). */
  readonly maxConcurrentPerBank?: number;
  /** Receives one line per attempt: endpoint template, status, latency, attempt, interaction ids. */
  readonly logger?: Logger;
  /** Amounts and dates beyond these make a response invalid. Defaults: 1,000,000,000; years 1900–2100. */
  readonly bounds?: Partial<SaneBounds>;
  /** Budgets, latencies and Retry-After dates are read from this clock. */
  readonly clock: Clock;
}

/** The config with defaults applied and checked. */
export interface ResolvedBankConfig {
  readonly baseUrl: URL;
  readonly timeoutMs: number;
  readonly maxRetries: 0 | 1;
  readonly keepAlive: boolean;
  readonly maxPages: number;
  readonly maxTransactions: number;
  readonly bounds: SaneBounds;
  readonly dateWindows: boolean;
  readonly maxWindows: number;
  readonly maxConcurrentPerCustomer: number;
  readonly maxConcurrentPerBank: number;
  readonly logger?: Logger;
  readonly clock: Clock;
}

/** Default caps on concurrent bank calls (see the README's "Pointing at a real FDX bank"). */
export const DEFAULT_MAX_CONCURRENT_PER_CUSTOMER = 300;
export const DEFAULT_MAX_CONCURRENT_PER_BANK = 1200;

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (!Number.isSafeInteger(result) || result < 1) {
    throw new RangeError(`bank client: ${name} must be a positive integer`);
  }
  return result;
}

/** Applies defaults; throws TypeError/RangeError on a config that cannot work (a deployment error). */
export function resolveBankConfig(config: BankClientConfig): ResolvedBankConfig {
  const maxRetries = config.maxRetries ?? 1;
  if (maxRetries !== 0 && maxRetries !== 1) throw new RangeError('bank client: maxRetries must be 0 or 1');
  return {
    baseUrl: checkBaseUrl(config.baseUrl, 'bank client: baseUrl'),
    timeoutMs: positiveInteger(config.timeoutMs, 2500, 'timeoutMs'),
    maxRetries,
    keepAlive: config.keepAlive ?? true,
    maxPages: positiveInteger(config.maxPages, 50, 'maxPages'),
    maxTransactions: positiveInteger(config.maxTransactions, 5000, 'maxTransactions'),
    dateWindows: config.dateWindows ?? true,
    maxWindows: positiveInteger(config.maxWindows, 93, 'maxWindows'),
    maxConcurrentPerCustomer: positiveInteger(
      config.maxConcurrentPerCustomer,
      DEFAULT_MAX_CONCURRENT_PER_CUSTOMER,
      'maxConcurrentPerCustomer',
    ),
    maxConcurrentPerBank: positiveInteger(
      config.maxConcurrentPerBank,
      DEFAULT_MAX_CONCURRENT_PER_BANK,
      'maxConcurrentPerBank',
    ),
    bounds: resolveBounds(config.bounds),
    ...(config.logger === undefined ? {} : { logger: config.logger }),
    clock: config.clock,
  };
}
