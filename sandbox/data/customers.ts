import { alex } from './alex';
import { eva } from './eva';
import { jo } from './jo';
import { startOfToday } from './dates';
import { kim } from './kim';
import { lee } from './lee';
import { max } from './max';
import { sam } from './sam';
import type { SandboxCustomer } from './types';

/** The sandbox's default IANA zone: "today" and every timestamp are computed in it. */
export const DEFAULT_ZONE = 'America/New_York';

/**
 * The demo customers as of the day that contains `now` in `zone`. Only the calendar day matters:
 * any `now` on the same day gives identical data (seeded PRNGs, no clock reads).
 */
export function demoCustomers(now: Date, zone: string = DEFAULT_ZONE): readonly SandboxCustomer[] {
  const today = startOfToday(now, zone);
  return [alex(today), sam(today), kim(today), eva(today), jo(today), lee(today), max(today)];
}
