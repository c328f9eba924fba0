import { clockForDay, systemClock, type Clock } from '../shared/clock';
import { createLogger } from '../shared/log/logger';
import { DEFAULT_ZONE } from './data/customers';
import { ClientConfigError, DEMO_TOKENS, FAULT_TOKENS, startSandbox } from './index';

/** The port from SANDBOX_PORT (default 4000); exits on a bad value. */
function portFromEnv(): number {
  const text = process.env['SANDBOX_PORT'] ?? '4000';
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535) {
    process.stderr.write(`sandbox: SANDBOX_PORT must be 0-65535, got ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return port;
}

/** SANDBOX_TODAY=YYYY-MM-DD reproduces that day's demo data; otherwise today. Exits on a bad value. */
function clockFromEnv(): Clock {
  const day = process.env['SANDBOX_TODAY'];
  if (!day) return systemClock;
  try {
    return clockForDay(day, DEFAULT_ZONE);
  } catch {
    process.stderr.write(`sandbox: SANDBOX_TODAY must be a calendar day YYYY-MM-DD, got ${JSON.stringify(day)}\n`);
    process.exit(2);
  }
}

/** SANDBOX_PUBLIC_URL: the issuer a tunnel or container network reaches the sandbox at. Exits on a bad value. */
function publicUrlFromEnv(): string | undefined {
  const text = process.env['SANDBOX_PUBLIC_URL'];
  if (!text) return undefined;
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(text)) {
    process.stderr.write('sandbox: SANDBOX_PUBLIC_URL must be an http(s) URL without query or fragment\n');
    process.exit(2);
  }
  return text.replace(/\/+$/, '');
}

async function main(): Promise<void> {
  const logger = createLogger();
  const clock = clockFromEnv();
  const publicUrl = publicUrlFromEnv();
  const clients = process.env['SANDBOX_OAUTH_CLIENTS'];
  const sandbox = await startSandbox({
    port: portFromEnv(),
    clock,
    host: process.env['SANDBOX_HOST'] || '127.0.0.1',
    ...(publicUrl ? { publicUrl } : {}),
    ...(clients ? { oauthClients: clients } : {}),
  });
  logger.info(
    { url: sandbox.url, today: clock.now().setZone(DEFAULT_ZONE).toISODate() },
    `sandbox bank listening at ${sandbox.url}`,
  );
  // Demo and fault tokens are public fixtures, not credentials, so they may be printed.
  for (const [token, what] of Object.entries(DEMO_TOKENS)) logger.info(`demo token ${token}: ${what}`);
  for (const [token, what] of Object.entries(FAULT_TOKENS)) logger.info(`fault token ${token}: ${what}`);
  logger.info(`try: curl -H 'Authorization: Bearer demo-alex' ${sandbox.url}/accounts`);
  logger.info(
    { issuer: sandbox.issuer, metadata: sandbox.metadataUrl },
    'OAuth 2.0 authorization server (account linking)',
  );
  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'sandbox bank stopping');
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ClientConfigError) {
    process.stderr.write(`sandbox: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`sandbox: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
