import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { Logger } from '../log/logger';
import type { KeyValue } from './key-value';
import { wrapLimiter } from './limiter';
import { connectRedis } from './redis-connection';

/**
 * KeyValue on Redis through ioredis. Every key is `${prefix}${relative key}`; limiters use the same
 * prefix (`${prefix}limit:${name}:${customerKey}`), so every process on this Redis shares counts.
 */
export function createRedisKeyValue(url: string, logger: Logger, prefix: string): KeyValue {
  const { client, gate, close } = connectRedis(url, logger);
  return {
    get: (key) => gate(async () => (await client.get(prefix + key)) ?? undefined),
    set: (key, value, ttlSeconds) => gate(async () => {
      if (ttlSeconds === undefined) await client.set(prefix + key, value);
      else await client.set(prefix + key, value, 'EX', ttlSeconds);
    }),
    expire: (key, ttlSeconds) => gate(async () => (await client.expire(prefix + key, ttlSeconds)) === 1),
    del: (key) => gate(async () => {
      await client.del(prefix + key);
    }),
    limiter: ({ name, points, durationSeconds, blockSeconds }) => wrapLimiter(
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${prefix}limit:${name}`,
        points,
        duration: durationSeconds,
        blockDuration: blockSeconds,
        rejectIfRedisNotReady: true,
      }),
      gate,
    ),
    close,
  };
}
