import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { Logger } from '../log/logger';
import type { KeyValue } from './key-value';
import { wrapLimiter } from './limiter';
import { connectRedis } from './redis-connection';

/** INCRBY that gives a new counter its time to live in the same atomic step. */
const INCR_WITH_TTL =
  "local v = redis.call('INCRBY', KEYS[1], ARGV[1]) if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end return v";

/**
 * KeyValue on Redis through ioredis. Every key is `${prefix}${relative key}`; limiters use the same
 * prefix (`${prefix}limit:${name}:${customerKey}`), so every process on this Redis shares counts.
 */
export function createRedisKeyValue(url: string, logger: Logger, prefix: string): KeyValue {
  const { client, gate, close } = connectRedis(url, logger);
  return {
    get: (key) => gate(async () => (await client.get(prefix + key)) ?? undefined),
    set: (key, value, ttlSeconds) =>
      gate(async () => {
        if (ttlSeconds === undefined) await client.set(prefix + key, value);
        else await client.set(prefix + key, value, 'EX', ttlSeconds);
      }),
    expire: (key, ttlSeconds) => gate(async () => (await client.expire(prefix + key, ttlSeconds)) === 1),
    del: (key) =>
      gate(async () => {
        await client.del(prefix + key);
      }),
    setIfAbsent: (key, value, ttlSeconds) =>
      gate(async () => (await client.set(prefix + key, value, 'EX', ttlSeconds, 'NX')) === 'OK'),
    incrBy: (key, by, ttlSeconds) =>
      gate(async () => Number(await client.eval(INCR_WITH_TTL, 1, prefix + key, String(by), String(ttlSeconds)))),
    limiter: ({ name, points, durationSeconds, blockSeconds }) =>
      wrapLimiter(
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
