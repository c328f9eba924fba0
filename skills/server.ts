import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Clock,
  clockForDay,
  type Config,
  ConfigError,
  createBankClient,
  createLogger,
  createStateStore,
  loadConfig,
  type Logger,
  openAudit,
  systemClock,
} from '../shared';
import { bankProbe, stateStoreProbe } from './health';
import { createMetrics, type Metrics } from './metrics';
import { createApp } from './app';
import { drainable, type DrainOptions } from './http/drain';

export interface RunningService {
  readonly url: string;
  readonly bankUrl: string;
  /**
   * Drains (responses say `Connection: close`, idle sockets close after a grace period, nothing in
   * flight is cut), then stops the bank client and the state store.
   */
  close(): Promise<void>;
}

export interface StartServiceOptions {
  /** The one clock; default: {@link serviceClock}. */
  readonly clock?: Clock;
  /**
   * A bank the caller runs, used when BANK_API_URL is not set: the development entry (dev/server.ts)
   * passes its embedded sandbox here. This entry contains no bank of its own.
   */
  readonly bank?: { readonly url: string; readonly issuer?: string };
  /** Where `/metrics` lives; other adapters sharing the process add their metrics to its registry. */
  readonly metrics?: Metrics;
  /** How the HTTP server drains on close (SIGTERM). */
  readonly drain?: DrainOptions;
}

/** The system clock, or a clock on SANDBOX_TODAY (noon in the default zone, ticking) when it is set. */
export function serviceClock(config: Config): Clock {
  return config.sandboxToday ? clockForDay(config.sandboxToday, config.defaultTimeZone) : systemClock;
}

/** Starts the service against BANK_API_URL (or the bank in `options.bank`); refuses to start with neither. */
export async function startService(
  config: Config,
  logger: Logger,
  options: StartServiceOptions = {},
): Promise<RunningService> {
  const clock = options.clock ?? serviceClock(config);
  if (!config.verifyRequests) {
    logger.warn(
      'VERIFY_REQUESTS=false: Alexa and Dialogflow requests are NOT verified. Never run like this in production.',
    );
  }
  if (!config.alexaSkillId) logger.warn('ALEXA_SKILL_ID is not set: requests for any skill id are accepted');
  const bankUrl = config.bankApiUrl ?? options.bank?.url;
  if (!bankUrl) throw new ConfigError(`BANK_API_URL is not set: ${NO_BANK}`);
  const bank = createBankClient({
    baseUrl: bankUrl,
    timeoutMs: config.bankTimeoutMs,
    logger,
    clock,
    bounds: config.bankBounds,
    maxConcurrentPerCustomer: config.bankConcurrency.perCustomer,
    maxConcurrentPerBank: config.bankConcurrency.perBank,
  });
  // Always: launch keeps its "greeted" mark there even when PINs and money movement are off.
  const store = createStateStore(config.stateStore, logger, { keyPrefix: config.stateKeyPrefix, clock });
  if (config.stateKeySecretGenerated)
    logger.warn('STATE_KEY_SECRET is not set: PINs, lockouts and greetings last only as long as this process');
  logger.info(
    { pinPolicy: config.pinPolicy, stateStore: config.stateStore === 'memory' ? 'memory' : 'redis' },
    'voice PIN',
  );
  const readiness = bankProbe(bankUrl);
  // Readiness depends on the store only where it decides something (PINs, money movement); a greeting does not.
  const storeDecides = config.pinPolicy !== 'off' || config.moneyMovement;
  const probes = {
    bank: readiness.probe,
    ...(storeDecides ? { stateStore: stateStoreProbe(store, config.stateKeySecret) } : {}),
  };
  const metrics = options.metrics ?? createMetrics({ processMetrics: true });
  const authIssuer = config.bankAuthIssuer ?? (config.bankApiUrl ? undefined : options.bank?.issuer);
  if (!authIssuer)
    logger.warn("BANK_AUTH_ISSUER is not set: POST /mcp is off (MCP clients need the bank's authorization server)");
  const audit = config.moneyMovement
    ? await openAudit({
        sqlitePath: config.auditSqlitePath,
        ...(config.auditDatabaseUrl ? { databaseUrl: config.auditDatabaseUrl } : {}),
      })
    : undefined;
  logger.info(
    { moneyMovement: config.moneyMovement, audit: audit ? (config.auditDatabaseUrl ? 'postgres' : 'sqlite') : 'none' },
    'money movement',
  );
  const app = createApp({
    config,
    logger,
    bank,
    clock,
    probes,
    metrics,
    transfers: bank,
    store,
    ...(audit ? { audit } : {}),
    ...(authIssuer ? { authIssuer } : {}),
  });
  const server = await listen(app, config.port, config.host);
  const drain = drainable(server, options.drain);
  const { port } = server.address() as AddressInfo;
  logger.info(
    { host: config.host, port },
    `voicebank listening: POST /alexa, POST /google, ${authIssuer ? 'POST /mcp, ' : ''}GET /healthz, GET /readyz, GET /metrics`,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    bankUrl,
    close: async () => {
      await drain.drain();
      bank.close();
      readiness.close();
      await store.close();
      await audit?.close();
    },
  };
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

/** Why there is no bank without BANK_API_URL here, and where the one for development is. */
const NO_BANK =
  'the production entry has no bank of its own; for the embedded sandbox bank run `npm start` (dev/server.ts)';

/** How an entry starts its service: this one's {@link startService}, or the development entry's. */
export type ServiceStarter = (config: Config, logger: Logger) => Promise<RunningService>;

/**
 * Loads the configuration (exit 2 with the problems when it is refused), starts the service and
 * drains it on SIGTERM/SIGINT; any other start-up failure exits 1 with a one-line reason.
 */
export async function runService(start: ServiceStarter): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    refuse(error.problems);
  }
  const logger = createLogger({ level: config.logLevel });
  let service: RunningService;
  try {
    service = await start(config, logger);
  } catch (error) {
    if (error instanceof ConfigError) refuse(error.problems);
    process.stderr.write(`voicebank: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const stop = (signal: string): void => {
    logger.info({ signal }, 'draining');
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function refuse(problems: readonly string[]): never {
  const lines = problems.map((problem) => `  - ${problem}\n`).join('');
  process.stderr.write(
    `voicebank: configuration refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines}`,
  );
  process.exit(2);
}

if (require.main === module) void runService(startService);
