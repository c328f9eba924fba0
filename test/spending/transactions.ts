import { DateTime } from 'luxon';
import type { Transaction } from '../../shared/bank/types';

const ZONE = 'America/New_York';
let counter = 0;

/** Test data for spending: `minor` is signed (negative = debit), `day` an ISO date in New York. */
export interface Spec {
  readonly minor: number;
  readonly description: string;
  readonly payee?: string;
  readonly category?: string;
  readonly day?: string;
  readonly pending?: boolean;
  readonly currency?: string;
}

/** A domain Transaction built directly, as the bank client would return it. */
export function tx(spec: Spec): Transaction {
  counter += 1;
  return {
    id: `t${counter}`,
    amount: { minor: spec.minor, currency: spec.currency ?? 'USD' },
    pending: spec.pending ?? false,
    date: DateTime.fromISO(`${spec.day ?? '2026-10-15'}T12:00:00`, { zone: ZONE }),
    description: spec.description,
    ...(spec.payee === undefined ? {} : { payee: spec.payee }),
    ...(spec.category === undefined ? {} : { category: spec.category }),
  };
}

/** A purchase of `minor` cents at a merchant known by descriptor (and payee, when given). */
export function buy(description: string, minor: number, payee?: string, category?: string): Transaction {
  return tx({
    minor: -minor,
    description,
    ...(payee === undefined ? {} : { payee }),
    ...(category === undefined ? {} : { category }),
  });
}
