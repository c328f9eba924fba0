import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the tests use: TEST_REDIS_URL (.ci/run sets it when it starts its own), else the machine's. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A prefix no other run shares, so parallel runs and leftovers never collide. */
export function uniquePrefix(): string {
  return `voicebank-test:${randomUUID()}:`;
}

/** An admin client for setup and clean-up, failing fast like the store's own. */
export function adminClient(): Redis {
  return new Redis(REDIS_URL, {
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    lazyConnect: true,
    retryStrategy: () => null,
  });
}

/** Throws a message a person can act on when nothing answers at REDIS_URL. */
export async function requireRedis(client: Redis): Promise<void> {
  let lastError: Error | undefined;
  // The connection error itself (e.g. ECONNREFUSED) is the useful reason; keep it off stderr.
  client.on('error', (err: Error) => {
    lastError = err;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    const reason = (lastError ?? (err instanceof Error ? err : new Error(String(err)))).message;
    throw new Error(
      `Redis is not running at ${REDIS_URL} (${reason}). The Redis state-store tests need it: ` +
        'start one (e.g. `redis-server` or `docker run -p 6379:6379 redis`) and run the tests again.',
    );
  }
}

/** Every key under `prefix`, found with SCAN (never KEYS). */
export async function keysUnder(client: Redis, prefix: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

/** Deletes every key under `prefix`. */
export async function deleteUnder(client: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(client, prefix);
  if (keys.length > 0) await client.del(...keys);
}
