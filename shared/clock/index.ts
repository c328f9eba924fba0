import { DateTime } from 'luxon';

/**
 * The one source of time. Everything that needs "now" (dates the user names, the sandbox's
 * "today", timestamps on requests, deadlines, cache and lockout expiry) takes a Clock; nothing
 * else reads the system clock. Tests pass a clock anchored at a fixed instant.
 */
export interface Clock {
  /** Wall time now, in UTC; callers place it in the user's zone. */
  readonly now: () => DateTime;
  /** Wall time now, milliseconds since the Unix epoch (for expiry stamps and HTTP dates). */
  readonly epochMs: () => number;
  /** A monotonic reading in milliseconds for deadlines and durations; only differences mean anything. */
  readonly monotonicMs: () => number;
}

/** The system clock: the only place that reads the wall clock. */
export const systemClock: Clock = {
  now: () => DateTime.utc(),
  epochMs: () => Date.now(),
  monotonicMs: () => performance.now(),
};

/** A clock that can be moved forward by hand (tests, the simulator, the sandbox's anchor day). */
export interface SettableClock extends Clock {
  /** Moves both wall and monotonic time forward; `ms` must be zero or more. */
  advance(ms: number): void;
}

export interface AnchoredClockOptions {
  /**
   * `true` (default): time runs on from the anchor at the machine's monotonic pace, so timeouts
   * and idle windows behave as in production. `false`: time stands still until `advance`.
   */
  readonly ticking?: boolean;
}

/**
 * A clock whose wall time starts at `anchor` (an ISO instant with offset, or a DateTime) and never
 * consults the system's wall clock: the same anchor gives the same dates on any day of the year.
 */
export function anchoredClock(anchor: string | DateTime, options: AnchoredClockOptions = {}): SettableClock {
  const start = typeof anchor === 'string' ? DateTime.fromISO(anchor, { setZone: true }) : anchor;
  if (!start.isValid) throw new Error(`clock: not an ISO instant: ${String(anchor)}`);
  const anchorMs = start.toMillis();
  const ticking = options.ticking ?? true;
  const origin = performance.now();
  let offset = 0;
  const elapsed = (): number => offset + (ticking ? performance.now() - origin : 0);
  return {
    now: () => DateTime.fromMillis(anchorMs + elapsed(), { zone: 'utc' }),
    epochMs: () => anchorMs + elapsed(),
    monotonicMs: () => origin + elapsed(),
    advance: (ms: number) => {
      if (!(ms >= 0)) throw new Error('clock: advance takes a non-negative number of milliseconds');
      offset += ms;
    },
  };
}

/**
 * `YYYY-MM-DD` as "today" in `zone`: a clock anchored at noon of that day in that zone, ticking.
 * This is how `SANDBOX_TODAY` lets a developer reproduce any day.
 */
export function clockForDay(day: string, zone: string): SettableClock {
  const noon = DateTime.fromISO(day, { zone }).set({ hour: 12 });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !noon.isValid)
    throw new Error(`clock: not a calendar day (YYYY-MM-DD): ${day}`);
  return anchoredClock(noon);
}
