import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AttemptLimiter, AttemptState } from './types';

/** Runs one backend operation: waits for the backend if needed and maps its failures. */
export type Gate = <T>(operation: () => Promise<T>) => Promise<T>;

function toState(res: RateLimiterRes, points: number): AttemptState {
  return {
    consumed: res.consumedPoints,
    limited: res.consumedPoints > points,
    msBeforeReset: Math.max(res.msBeforeNext, 0),
  };
}

/**
 * Adapts a rate-limiter-flexible limiter (memory or Redis) to AttemptLimiter. rate-limiter-flexible
 * rejects a consume over the limit with a RateLimiterRes, not an Error: that is an answer (the key
 * is limited), so it becomes a state here; real errors go on to the gate.
 */
export function wrapLimiter(limiter: RateLimiterAbstract, gate: Gate): AttemptLimiter {
  const points = limiter.points;
  return {
    consume: (key) =>
      gate(() =>
        limiter.consume(key).then(
          (res) => toState(res, points),
          (rejection: unknown) => {
            if (rejection instanceof RateLimiterRes) return toState(rejection, points);
            throw rejection;
          },
        ),
      ),
    get: (key) =>
      gate(async () => {
        const res = await limiter.get(key);
        return res ? toState(res, points) : null;
      }),
    block: (key, seconds) => gate(async () => toState(await limiter.block(key, seconds), points)),
    reset: (key) =>
      gate(async () => {
        await limiter.delete(key);
      }),
  };
}
