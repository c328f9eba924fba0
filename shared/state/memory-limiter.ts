import type { Clock } from '../clock';
import type { Gate } from './limiter';
import type { AttemptLimiter, AttemptState, LimiterOptions } from './types';

/** One key's count in a limiter. */
export interface Count {
  consumed: number;
  /** Epoch ms (on the injected clock) when the window or the block ends. */
  resetAt: number;
}

/**
 * One process's attempt limiter, counting as rate-limiter-flexible's does (a window from the first
 * attempt; the first attempt over `points` blocks the key for `blockSeconds`), but on the injected
 * clock: RateLimiterMemory reads the system clock, so a lock would not follow a test clock or
 * SANDBOX_TODAY. Every read-modify-write runs without an await: atomic on one event loop.
 * Limiters of one name share `counts` (the store keeps one map per name), as they share keys in
 * Redis: the movement PIN and the read PIN see one lock. Bounded like the memory store: expired
 * counts go first, then the oldest.
 */
export function createMemoryLimiter(
  options: LimiterOptions,
  clock: Clock,
  gate: Gate,
  counts: Map<string, Count>,
  maxKeys: number,
): AttemptLimiter {
  const now = (): number => clock.epochMs();
  const live = (key: string): Count | undefined => {
    const count = counts.get(key);
    if (count && count.resetAt <= now()) {
      counts.delete(key);
      return undefined;
    }
    return count;
  };
  const state = (count: Count): AttemptState => ({
    consumed: count.consumed,
    limited: count.consumed > options.points,
    msBeforeReset: Math.max(count.resetAt - now(), 0),
  });
  const put = (key: string, count: Count): Count => {
    counts.delete(key);
    counts.set(key, count);
    if (counts.size > maxKeys) {
      for (const stale of counts.keys()) if (counts.size > maxKeys) live(stale);
      for (const oldest of counts.keys()) {
        if (counts.size <= maxKeys) break;
        counts.delete(oldest);
      }
    }
    return count;
  };
  return {
    consume: (key) =>
      gate(async () => {
        const count = live(key) ?? { consumed: 0, resetAt: now() + options.durationSeconds * 1000 };
        count.consumed += 1;
        if (count.consumed === options.points + 1) count.resetAt = now() + options.blockSeconds * 1000;
        return state(put(key, count));
      }),
    get: (key) =>
      gate(async () => {
        const count = live(key);
        return count ? state(count) : null;
      }),
    block: (key, seconds) =>
      gate(async () => state(put(key, { consumed: options.points + 1, resetAt: now() + seconds * 1000 }))),
    reset: (key) =>
      gate(async () => {
        counts.delete(key);
      }),
  };
}
