import type { BankContact } from './banking/contract';

type Env = Readonly<Record<string, string | undefined>>;

/** What the refusals say when nothing is configured. */
export const DEFAULT_APP_NAME = "your bank's app";

/** Spoken after "in": letters, digits, spaces and the punctuation names carry; no SSML or markup. */
const APP_NAME = /^[\p{L}\p{N}][\p{L}\p{N} '’&.,-]{1,59}$/u;
/** A phone number as people write it: digits with spaces, dashes, dots, parentheses, a leading +. */
const PHONE = /^\+?[0-9 ().-]+$/;

/**
 * BANK_APP_NAME and BANK_PHONE (issue 14): where a customer is sent for what the voice service does
 * not do (card locks, lost cards, disputes, changes of details, a person to talk to).
 */
export function loadContact(env: Env, fail: (message: string) => Error): BankContact {
  const appName = (env.BANK_APP_NAME ?? '').trim() || DEFAULT_APP_NAME;
  if (!APP_NAME.test(appName))
    throw fail(
      'BANK_APP_NAME must be 2 to 60 letters, digits, spaces or & \' . , -, as said after "in" (for example "the Harbor Bank app")',
    );
  const phone = (env.BANK_PHONE ?? '').trim();
  if (!phone) return { appName };
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE.test(phone) || digits < 3 || digits > 15)
    throw fail(
      'BANK_PHONE must be a phone number of 3 to 15 digits (spaces, dashes, dots, parentheses and a leading + allowed)',
    );
  return { appName, phone };
}
