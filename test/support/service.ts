import { Writable } from 'node:stream';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { Clock } from '../../shared/clock';
import { createBankClient, type FdxBankClient, type TransferClient } from '../../shared/bank';
import type { AuditLog } from '../../shared/audit';
import { loadConfig } from '../../shared/config';
import { createLogger } from '../../shared/log/logger';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../../sandbox';
import { createApp } from '../../skills/app';
import { createStateStore, type StateStore } from '../../shared/state';
import type { Metrics } from '../../skills/metrics';
import { testClock } from './clock';
import { listenOnLoopback } from '../../shared/loopback';

/** The Dialogflow shared secret the test service is configured with. */
export const TEST_DIALOGFLOW_SECRET = 'test-secret-0123456789';

/** A whole service over real HTTP against the real sandbox bank, logs captured line by line. */
export interface TestService {
  readonly url: string;
  readonly bankUrl: string;
  /** The embedded sandbox bank (its authorization server at `sandbox.issuer`). */
  readonly sandbox: RunningSandbox;
  readonly logs: string[];
  close(): Promise<void>;
}

export interface TestServiceOptions {
  readonly env?: Record<string, string>;
  readonly alexaVerifiers?: readonly Verifier[];
  readonly logLevel?: string;
  /** The service's and its sandbox's clock; default a clock at TEST_NOW. */
  readonly clock?: Clock;
  /** Where /metrics counts (a registry the test reads); a fresh one by default. */
  readonly metrics?: Metrics;
  /** How the sandbox bank runs (OAuth clients, public URL). */
  readonly sandbox?: Partial<StartSandboxOptions>;
  /** Send bank calls to this bank (a sandbox shared by two instances, a fixture bank) instead of the service's own; the sandbox still runs. */
  readonly bankUrl?: string;
  /** The movement audit (required with MONEY_MOVEMENT=on). */
  readonly audit?: AuditLog;
  /** Wraps the transfer client (a counting fake bank). */
  readonly transfers?: (bank: FdxBankClient) => TransferClient;
  /** Wraps the service's state store (to stall or count chosen calls); the service closes the original. */
  readonly wrapStore?: (store: StateStore) => StateStore;
}

export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const clock = options.clock ?? testClock();
  const sandbox = await startSandbox({ port: 0, ...options.sandbox, clock });
  const config = loadConfig({
    VERIFY_REQUESTS: 'false',
    DIALOGFLOW_SECRET: TEST_DIALOGFLOW_SECRET,
    BANK_TIMEOUT_MS: '1500',
    TURN_DEADLINE_MS: '2500',
    ...options.env,
  });
  const logger = createLogger({ level: options.logLevel ?? 'debug', destination });
  const bankUrl = options.bankUrl ?? sandbox.url;
  const bank = createBankClient({
    baseUrl: bankUrl,
    timeoutMs: config.bankTimeoutMs,
    logger,
    clock,
    bounds: config.bankBounds,
  });
  const store = createStateStore(config.stateStore, logger, { keyPrefix: config.stateKeyPrefix, clock });
  const app = createApp({
    config,
    logger,
    bank,
    clock,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    // The sandbox stands in for the bank's authorization server (RFC 9728 metadata names it).
    authIssuer: sandbox.issuer,
    ...(options.alexaVerifiers ? { alexaVerifiers: options.alexaVerifiers } : {}),
    ...(store ? { store: options.wrapStore?.(store) ?? store } : {}),
    transfers: options.transfers?.(bank) ?? bank,
    ...(options.audit ? { audit: options.audit } : {}),
  });
  const listening = await listenOnLoopback(app);
  return {
    url: listening.url,
    bankUrl,
    sandbox,
    logs,
    close: async () => {
      await listening.close();
      bank.close();
      await store?.close();
      await sandbox.close();
    },
  };
}

/** POSTs a JSON body (as raw text) and returns status and parsed body (or text when not JSON). */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, text };
}
