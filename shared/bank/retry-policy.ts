import type { Clock } from '../clock';
import { TransportFailure } from './transport';

/**
 * When one retry is worth it inside a voice turn. Only GETs are retried (the caller checks), and
 * only after a connection error, a 5xx, or a 429 whose Retry-After fits in what is left.
 */

/** Below this much remaining budget an attempt cannot usefully start. */
export const MIN_ATTEMPT_MS = 100;

/** A per-call budget, on a monotonic clock. */
export interface Deadline {
  /** Milliseconds left, never negative. */
  remaining(): number;
}

/** Starts a budget of `budgetMs` milliseconds now. */
export function startDeadline(budgetMs: number, clock: Clock): Deadline {
  const end = clock.monotonicMs() + budgetMs;
  return { remaining: () => Math.max(0, Math.floor(end - clock.monotonicMs())) };
}

/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds from `nowMs`; undefined if unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** What went wrong with an attempt, as far as retrying goes. */
export type AttemptFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs?: number | undefined };

/**
 * Milliseconds to wait before the one retry, or undefined for no retry. A 5xx without
 * Retry-After is retried at once; a 429 without one is not (hammering a rate limit helps nobody).
 */
export function retryDelay(failure: AttemptFailure, remainingMs: number): number | undefined {
  let delay: number | undefined;
  if (failure.kind === 'network') delay = 0;
  else if (failure.status >= 500 && failure.status <= 599) delay = failure.retryAfterMs ?? 0;
  else if (failure.status === 429) delay = failure.retryAfterMs;
  if (delay === undefined || delay + MIN_ATTEMPT_MS > remainingMs) return undefined;
  return delay;
}

/** Waits `ms`, or rejects with an 'aborted' TransportFailure as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new TransportFailure('aborted', 'aborted by caller'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new TransportFailure('aborted', 'aborted by caller'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
