import type { SandboxCustomer } from '../data/types';
import { DURATIONS_DAYS } from './consent-page';

/** What the customer chose on the consent page. */
export type ConsentChoice =
  | { readonly decision: 'deny' }
  | {
      readonly decision: 'allow';
      readonly customer: SandboxCustomer;
      readonly accountIds: readonly string[];
      readonly durationDays: number;
    };

/** Why a consent form was refused; the page shows the message. */
export interface ConsentFormError {
  readonly invalid: string;
}

const MIN_DAYS = Math.min(...DURATIONS_DAYS);
const MAX_DAYS = Math.max(...DURATIONS_DAYS);

/**
 * Reads the posted form (`customer`, repeated `account`, `duration_days`, `decision`). Only the
 * chosen customer's ticked accounts are shared, at least one; the duration is whole days from 90 to 365.
 */
export function readConsentForm(
  form: URLSearchParams,
  customers: readonly SandboxCustomer[],
): ConsentChoice | ConsentFormError {
  const decision = form.getAll('decision');
  if (decision.length !== 1 || (decision[0] !== 'allow' && decision[0] !== 'deny'))
    return { invalid: 'Choose Allow or Deny.' };
  if (decision[0] === 'deny') return { decision: 'deny' };
  const chosen = form.getAll('customer');
  const customer = chosen.length === 1 ? customers.find((c) => c.customerId === chosen[0]) : undefined;
  if (customer === undefined) return { invalid: 'Choose one demo customer.' };
  // The page lists every customer's accounts in one form: only the chosen customer's ticks count.
  const ticked = new Set(form.getAll('account'));
  const accountIds = customer.accounts.map((a) => a.accountId).filter((id) => ticked.has(id));
  if (accountIds.length === 0) return { invalid: 'Tick at least one account of the customer you chose.' };
  const daysText = form.getAll('duration_days');
  const durationDays = daysText.length === 1 && /^\d{2,3}$/.test(daysText[0] ?? '') ? Number(daysText[0]) : NaN;
  if (!(durationDays >= MIN_DAYS && durationDays <= MAX_DAYS))
    return { invalid: `Share for ${MIN_DAYS} to ${MAX_DAYS} days.` };
  return { decision: 'allow', customer, accountIds, durationDays };
}
