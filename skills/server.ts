import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBankClient } from '../shared/bank';
import { clockForDay, systemClock, type Clock } from '../shared/clock';
import { ConfigError, loadConfig, type Config } from '../shared/config';
import { createLogger, type Logger } from '../shared/log/logger';
import { ClientConfigError, DEMO_TOKENS, FAULT_TOKENS, startSandbox } from '../sandbox';
import { bankProbe, stateStoreProbe } from './health';
import { createMetrics, type Metrics } from './metrics';
import { createApp } from './app';
import { openAudit } from '../shared/audit';
import { createStateStore } from '../shared/state';
import { drainable, type DrainOptions } from './http/drain';

export interface RunningService {
  readonly url: string;
  readonly bankUrl: string;
  /**
   * Drains (responses say `Connection: close`, idle sockets close after a grace period, nothing in
   * flight is cut), then stops the bank client, the state store and the embedded sandbox.
   */
  close(): Promise<void>;
}

export interface StartServiceOptions {
  /** The one clock, for the service and its embedded sandbox; default: {@link serviceClock}. */
  readonly clock?: Clock;
  /** Where `/metrics` lives; other adapters sharing the process add their metrics to its registry. */
  readonly metrics?: Metrics;
  /** How the HTTP server drains on close (SIGTERM). */
  readonly drain?: DrainOptions;
}

/** The system clock, or a clock on SANDBOX_TODAY (noon in the default zone, ticking) when it is set. */
export function serviceClock(config: Config): Clock {
  return config.sandboxToday ? clockForDay(config.sandboxToday, config.defaultTimeZone) : systemClock;
}

/** Starts the service (and the sandbox bank when no BANK_API_URL is set). */
export async function startService(config: Config, logger: Logger, options: StartServiceOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? serviceClock(config);
  if (config.verifyRequests === false) {
    logger.warn('VERIFY_REQUESTS=false: Alexa and Dialogflow requests are NOT verified. Never run like this in production.');
  }
  if (!config.alexaSkillId) logger.warn('ALEXA_SKILL_ID is not set: requests for any skill id are accepted');
  const sandbox = config.bankApiUrl ? undefined : await startSandbox({
    port: config.sandboxPort, clock,
    ...(config.sandboxPublicUrl ? { publicUrl: config.sandboxPublicUrl } : {}),
    ...(config.sandboxOauthClients ? { oauthClients: config.sandboxOauthClients } : {}),
  });
  const bankUrl = config.bankApiUrl ?? sandbox?.url ?? '';
  if (sandbox) {
    logger.info({ bankUrl, today: clock.now().setZone(config.defaultTimeZone).toISODate(), demoTokens: Object.keys(DEMO_TOKENS), faultTokens: Object.keys(FAULT_TOKENS), issuer: sandbox.issuer }, 'no BANK_API_URL: serving the embedded sandbox bank');
  }
  const bank = createBankClient({ baseUrl: bankUrl, timeoutMs: config.bankTimeoutMs, logger, clock, bounds: config.bankBounds,
    maxConcurrentPerCustomer: config.bankConcurrency.perCustomer, maxConcurrentPerBank: config.bankConcurrency.perBank });
  // Always: launch keeps its "greeted" mark there even when PINs and money movement are off.
  const store = createStateStore(config.stateStore, logger, { keyPrefix: config.stateKeyPrefix, clock });
  if (config.stateKeySecretGenerated) logger.warn('STATE_KEY_SECRET is not set: PINs, lockouts and greetings last only as long as this process');
  logger.info({ pinPolicy: config.pinPolicy, stateStore: config.stateStore === 'memory' ? 'memory' : 'redis' }, 'voice PIN');
  const readiness = bankProbe(bankUrl);
  // Readiness depends on the store only where it decides something (PINs, money movement); a greeting does not.
  const storeDecides = config.pinPolicy !== 'off' || config.moneyMovement;
  const probes = { bank: readiness.probe, ...(storeDecides ? { stateStore: stateStoreProbe(store, config.stateKeySecret) } : {}) };
  const metrics = options.metrics ?? createMetrics({ processMetrics: true });
  const authIssuer = config.bankAuthIssuer ?? sandbox?.issuer;
  if (!authIssuer) logger.warn('BANK_AUTH_ISSUER is not set: POST /mcp is off (MCP clients need the bank\'s authorization server)');
  const audit = config.moneyMovement ? await openAudit({ sqlitePath: config.auditSqlitePath, ...(config.auditDatabaseUrl ? { databaseUrl: config.auditDatabaseUrl } : {}) }) : undefined;
  logger.info({ moneyMovement: config.moneyMovement, audit: audit ? (config.auditDatabaseUrl ? 'postgres' : 'sqlite') : 'none' }, 'money movement');
  const app = createApp({
    config, logger, bank, clock, probes, metrics, transfers: bank,
    ...(store ? { store } : {}), ...(audit ? { audit } : {}), ...(authIssuer ? { authIssuer } : {}),
  });
  const server = await listen(app, config.port, config.host);
  const drain = drainable(server, options.drain);
  const { port } = server.address() as AddressInfo;
  logger.info({ host: config.host, port }, `voicebank listening: POST /alexa, POST /google, ${authIssuer ? 'POST /mcp, ' : ''}GET /healthz, GET /readyz, GET /metrics`);
  return {
    url: `http://127.0.0.1:${port}`,
    bankUrl,
    close: async () => {
      await drain.drain();
      bank.close();
      readiness.close();
      await store?.close();
      await audit?.close();
      await sandbox?.close();
    },
  };
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const lines = error.problems.map((problem) => `  - ${problem}\n`).join('');
    process.stderr.write(`voicebank: configuration refused (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${lines}`);
    process.exit(2);
  }
  const logger = createLogger({ level: config.logLevel });
  const service = await startService(config, logger);
  const stop = (signal: string): void => {
    logger.info({ signal }, 'draining');
    service.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof ClientConfigError) {
      process.stderr.write(`voicebank: configuration refused: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`voicebank: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
