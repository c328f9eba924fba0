import { DateTime } from 'luxon';
import { anchoredClock, type AnchoredClockOptions, type SettableClock } from '../../shared/clock';

/**
 * The instant every test runs at unless it says otherwise. `TEST_NOW` overrides it, which is how
 * `npm run test:dates` replays the scenario list and the golden dialogs on hard dates.
 */
export const TEST_NOW: string = process.env.TEST_NOW ?? '2026-06-17T10:30:00-04:00';

/** TEST_NOW in epoch milliseconds. */
export const TEST_NOW_MS: number = DateTime.fromISO(TEST_NOW, { setZone: true }).toMillis();

/** A clock anchored at TEST_NOW (ticking by default, so timeouts behave as in production). */
export function testClock(options: AnchoredClockOptions = {}): SettableClock {
  return anchoredClock(TEST_NOW, options);
}
