import type { AccountSummary } from '../bank/types';
import type { AccountRef } from './contract';
import { ownValue } from '../own-lookup';
import { foldText } from '../text';

/** Words people use for each account type, beyond the bank's own names. */
const TYPE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  CHECKING: ['checking', 'check', 'current'],
  SAVINGS: ['savings', 'saving'],
  MONEYMARKET: ['money', 'market', 'savings'],
  CD: ['cd', 'certificate', 'deposit'],
  CREDITCARD: ['credit', 'card', 'visa', 'mastercard'],
  LINEOFCREDIT: ['line', 'credit', 'loc'],
  HOMEEQUITYLINEOFCREDIT: ['home', 'equity', 'line', 'credit'],
  MORTGAGE: ['mortgage', 'home', 'loan', 'house'],
  AUTOLOAN: ['car', 'auto', 'loan'],
  STUDENTLOAN: ['student', 'loan'],
  PERSONALLOAN: ['personal', 'loan'],
  LOAN: ['loan'],
};

/** Words that carry no meaning for choosing an account. */
const FILLER = new Set([
  'my',
  'the',
  'a',
  'an',
  'account',
  'accounts',
  'one',
  'please',
  'on',
  'in',
  'of',
  'for',
  'ending',
  'with',
]);

/** Folded (shared/text.ts: the same folding as merchants and categories), punctuation gone, filler words dropped. */
export function words(text: string): string[] {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0 && !FILLER.has(word));
}

/**
 * Each account summary's words, worked out once: the account list is reused between turns (the
 * same frozen-in-practice objects), and normalising names was a visible share of a balance turn.
 */
const vocabularies = new WeakMap<AccountSummary, Set<string>>();

function vocabulary(account: AccountSummary): Set<string> {
  const known = vocabularies.get(account);
  if (known !== undefined) return known;
  const own = words(`${account.nickname ?? ''} ${account.productName ?? ''}`);
  const made = new Set([...own, ...(ownValue(TYPE_SYNONYMS, account.type) ?? [])]);
  vocabularies.set(account, made);
  return made;
}

function nameMatches(account: AccountSummary, heard: readonly string[]): boolean {
  const known = vocabulary(account);
  return heard.every((word) => known.has(word) || known.has(word.replace(/s$/, '')) || known.has(`${word}s`));
}

/** An exact nickname or product name beats a partial match ("rainy day" over any savings). */
function exactName(account: AccountSummary, heard: string): boolean {
  const joined = (text?: string): string => (text ? words(text).join(' ') : '');
  return heard.length > 0 && (joined(account.nickname) === heard || joined(account.productName) === heard);
}

/**
 * The accounts a spoken reference can mean, best first. Last four digits narrow first; then
 * every heard word must belong to the account's names or type words. Empty means no match.
 */
export function matchAccounts(accounts: readonly AccountSummary[], ref: AccountRef): AccountSummary[] {
  const byDigits = ref.lastFour ? accounts.filter((account) => account.last4 === ref.lastFour) : [...accounts];
  const heard = ref.name ? words(ref.name) : [];
  if (heard.length === 0) return ref.lastFour ? byDigits : [];
  const exact = byDigits.filter((account) => exactName(account, heard.join(' ')));
  if (exact.length > 0) return exact;
  return byDigits.filter((account) => nameMatches(account, heard));
}

/** The account meant when none is named for a transactions question: checking, then any deposit. */
export function defaultAccount(accounts: readonly AccountSummary[]): AccountSummary | undefined {
  return accounts.find((a) => a.type === 'CHECKING') ?? accounts.find((a) => a.kind === 'deposit') ?? accounts[0];
}
