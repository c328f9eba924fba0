/**
 * The development entry: the service with the embedded sandbox bank when BANK_API_URL is not set
 * (`npm start`, the simulator, the certification kit, the tests). Production runs skills/server.ts,
 * which contains no sandbox; with BANK_API_URL set this entry starts exactly that service.
 */
import { ClientConfigError, DEMO_TOKENS, FAULT_TOKENS, startSandbox } from '../sandbox';
import { ConfigError, type Config } from '../shared/config';
import type { Logger } from '../shared/log/logger';
import {
  runService,
  serviceClock,
  startService,
  type RunningService,
  type StartServiceOptions,
} from '../skills/server';

/** Starts the service, and before it the sandbox bank when no BANK_API_URL is set; `close` stops both. */
export async function startDevService(
  config: Config,
  logger: Logger,
  options: StartServiceOptions = {},
): Promise<RunningService> {
  if (config.bankApiUrl) return startService(config, logger, options);
  const clock = options.clock ?? serviceClock(config);
  const sandbox = await startSandbox({
    port: config.sandboxPort,
    clock,
    ...(config.sandboxPublicUrl ? { publicUrl: config.sandboxPublicUrl } : {}),
    ...(config.sandboxOauthClients ? { oauthClients: config.sandboxOauthClients } : {}),
  }).catch((error: unknown) => {
    throw error instanceof ClientConfigError ? new ConfigError(error.message) : error;
  });
  logger.info(
    {
      bankUrl: sandbox.url,
      today: clock.now().setZone(config.defaultTimeZone).toISODate(),
      demoTokens: Object.keys(DEMO_TOKENS),
      faultTokens: Object.keys(FAULT_TOKENS),
      issuer: sandbox.issuer,
    },
    'no BANK_API_URL: serving the embedded sandbox bank',
  );
  let service: RunningService;
  try {
    service = await startService(config, logger, {
      ...options,
      clock,
      bank: { url: sandbox.url, issuer: sandbox.issuer },
    });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return {
    url: service.url,
    bankUrl: service.bankUrl,
    close: async () => {
      await service.close();
      await sandbox.close();
    },
  };
}

if (require.main === module) void runService(startDevService);
