import { demoCustomers } from '../data/customers';
import { isoDate, startOfToday } from '../data/dates';
import type { SandboxCustomer } from '../data/types';
import type { CustomerToday } from './session';

/** Finds a demo customer by bearer token, as of the current day. */
export type CustomerLookup = (token: string) => CustomerToday | undefined;

/**
 * A lookup over {@link demoCustomers} that regenerates the data when the day (in `zone`) changes
 * and otherwise reuses it: generation depends on the day only, so the cache is exact.
 */
export function customerDirectory(now: () => Date, zone: string): CustomerLookup {
  let cached: { day: string; today: CustomerToday['today']; byToken: Map<string, SandboxCustomer> } | undefined;
  return (token) => {
    const instant = now();
    const today = startOfToday(instant, zone);
    const day = isoDate(today);
    if (cached?.day !== day) {
      cached = { day, today, byToken: new Map(demoCustomers(instant, zone).map((c) => [c.token, c])) };
    }
    const customer = cached.byToken.get(token);
    return customer === undefined ? undefined : { customer, today: cached.today };
  };
}
