import type { Transaction } from '../bank/types';
import { merchantWords } from './merchant-key';
import { groupByMerchant, type MerchantGroup } from './merchant-groups';
import { WORD_RULES, type Words } from './word-match';

export { foldText, merchantKey, merchantWords } from './merchant-key';

/** What a spoken merchant name matched among some transactions. */
export type MerchantMatch =
  | { readonly kind: 'none' }
  /** `name` is what to speak (the payee as sent, else a cleaned descriptor); `transactions` keep the input order. */
  | { readonly kind: 'one'; readonly name: string; readonly transactions: Transaction[] }
  /** 2 to {@link MAX_CANDIDATES} names, most transactions first, for "did you mean X or Y?". */
  | { readonly kind: 'ambiguous'; readonly names: string[] };

/** At most this many names are offered back when a name is ambiguous. */
export const MAX_CANDIDATES = 3;

/** Heard words that name no merchant on their own ("the store"). */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'at',
  'in',
  'on',
  'to',
  'for',
  'my',
  'store',
  'shop',
  'inc',
  'llc',
  'co',
  'company',
]);

type KeysOf = (group: MerchantGroup) => string[];

/** A merchant's own name: its payee, or its descriptors when the bank sent no payee. */
const primaryKeys: KeysOf = (g) => (g.payeeKey === undefined ? [...g.descriptionKeys] : [g.payeeKey]);
/** The statement descriptors of merchants that also have a payee ("CON ED" for "Con Edison"). */
const secondaryKeys: KeysOf = (g) => (g.payeeKey === undefined ? [] : [...g.descriptionKeys]);

function verdict(hits: readonly MerchantGroup[], all: readonly Transaction[]): MerchantMatch {
  const ranked = [...hits].sort(
    (a, b) => b.transactions.length - a.transactions.length || a.name.localeCompare(b.name),
  );
  const names = [...new Set(ranked.map((g) => g.name))];
  if (names.length === 1 && names[0] !== undefined) {
    const chosen = new Set(hits.flatMap((g) => g.transactions));
    return { kind: 'one', name: names[0], transactions: all.filter((t) => chosen.has(t)) };
  }
  return { kind: 'ambiguous', names: names.slice(0, MAX_CANDIDATES) };
}

function keyWords(key: string): Words {
  return key.split(' ');
}

/**
 * Finds the merchant a heard name means among `transactions`, whole words only.
 *
 * Rules, strongest first (word-match.ts): the whole key; a run of whole key words ("home depot" in
 * "the home depot"); the heard name starting with the key ("shell gas station"); then the same
 * forgiving plurals and one slip in words of 5+ letters. For each rule the merchant's own name
 * (payee) is tried before the descriptors of merchants that have a payee. The first rule and tier
 * that hits anything decides: one merchant → `one`; several → `ambiguous`.
 *
 * So an exact name wins: "amazon" is Amazon even when Amazon Prime Video is also there, while
 * "amazon" with only Amazon Marketplace and Amazon Prime Video is ambiguous. "shell" never matches
 * "Shellfish Shack", even when it is the only merchant (a wrong total is worse than asking again).
 */
export function matchMerchant(heard: string, transactions: readonly Transaction[]): MerchantMatch {
  const words = merchantWords(heard);
  if (words.every((word) => FILLER.has(word))) return { kind: 'none' };
  const groups = groupByMerchant(transactions);
  for (const rule of WORD_RULES) {
    for (const keysOf of [primaryKeys, secondaryKeys]) {
      const hits = groups.filter((g) => keysOf(g).some((key) => rule(words, keyWords(key))));
      if (hits.length > 0) return verdict(hits, transactions);
    }
  }
  return { kind: 'none' };
}

/**
 * {@link matchMerchant} over several names for one merchant — the platform's resolved value
 * first, then the words actually said — so a resolution to a catalogue name never hides the
 * bank's own wording. The first name that matches anything decides.
 */
export function matchMerchantNames(
  names: readonly (string | undefined)[],
  transactions: readonly Transaction[],
): MerchantMatch {
  for (const name of names) {
    if (name === undefined || name.trim() === '') continue;
    const match = matchMerchant(name, transactions);
    if (match.kind !== 'none') return match;
  }
  return { kind: 'none' };
}
