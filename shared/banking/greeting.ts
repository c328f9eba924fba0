import type { CallOptions } from '../bank/types';
import type { StateStore } from '../state';
import type { CustomerKeys } from './customer-keys';

/** What launch says hello as: to a customer never greeted, to one greeted before, or unknown (store down). */
export type Visit = 'first' | 'returning' | 'unknown';

/** Remembers, per customer, that we have greeted them: one boolean, no personal data. */
export interface Greeter {
  /** Which visit this is; marks the customer as greeted (and keeps the mark alive) as a side effect. */
  visit(token: string, options?: CallOptions): Promise<Visit>;
}

/** The preference that holds the boolean; keyed on the customer key, like the PIN hash. */
export const GREETED_PREFERENCE = 'greeted';

/**
 * How long "we have greeted you" lives after the last launch: 400 days (the store's longest TTL).
 * Each launch writes it again, so a customer who opens the skill at least once in 400 days is always
 * "returning"; one away longer, or whose bank identity changed (a new customer key), is greeted anew.
 */
export const GREETED_TTL_SECONDS = 400 * 86_400;

export function createGreeter(store: StateStore, keys: CustomerKeys): Greeter {
  return {
    async visit(token, options) {
      try {
        const key = await keys(token, options);
        if (!key) return 'unknown';
        const seen = (await store.getPreference(key, GREETED_PREFERENCE)) === true;
        await store.setPreference(key, GREETED_PREFERENCE, true, GREETED_TTL_SECONDS);
        return seen ? 'returning' : 'first';
      } catch {
        // A greeting is not a security decision: a store or bank hiccup only loses the personal touch.
        return 'unknown';
      }
    },
  };
}
