import type { Transaction } from '../bank/types';
import { categoryForMcc, categoryForText } from './category-rules';
import { foldText } from './merchant-key';
import { ownValue } from '../own-lookup';

export { categoryForMcc, categoryForText } from './category-rules';
import type { SpokenCategory } from './category-ids';

export { SPOKEN_CATEGORY_IDS, type SpokenCategory } from './category-ids';

export interface SpokenCategoryInfo {
  readonly id: SpokenCategory;
  /** The broader category this one also counts towards: coffee → restaurants → food. */
  readonly parent?: SpokenCategory;
  /** False for money that is not spending (income, transfers between own accounts, card payments). */
  readonly spending: boolean;
  /** en-US words and phrases a person says for it, folded (lower case, no accents or apostrophes). */
  readonly synonyms: readonly string[];
}

/**
 * The spoken categories. "food" is groceries plus restaurants (as budgeting apps' "Food & Dining"
 * is), coffee shops count as restaurants too, "gas" is fuel (a utility bill named "Gas & Electric"
 * is matched by category-rules.ts, not here).
 */
export const SPOKEN_CATEGORIES: readonly SpokenCategoryInfo[] = [
  { id: 'food', spending: true, synonyms: ['food', 'food and drink', 'food and dining', 'meals'] },
  {
    id: 'groceries',
    parent: 'food',
    spending: true,
    synonyms: ['grocery', 'groceries', 'grocery store', 'grocery shopping', 'supermarket'],
  },
  {
    id: 'restaurants',
    parent: 'food',
    spending: true,
    synonyms: [
      'restaurant',
      'dining',
      'dining out',
      'eating out',
      'eat out',
      'takeout',
      'take out',
      'fast food',
      'bars',
      'meals out',
    ],
  },
  { id: 'coffee', parent: 'restaurants', spending: true, synonyms: ['coffee', 'coffee shop', 'cafe', 'coffee house'] },
  { id: 'fuel', spending: true, synonyms: ['fuel', 'gas', 'gasoline', 'petrol', 'gas station', 'diesel'] },
  {
    id: 'travel',
    spending: true,
    synonyms: [
      'travel',
      'trip',
      'flight',
      'airline',
      'airfare',
      'hotel',
      'ride',
      'rideshare',
      'taxi',
      'transportation',
    ],
  },
  {
    id: 'utilities',
    spending: true,
    synonyms: [
      'utility',
      'utilities',
      'electric',
      'electricity',
      'phone',
      'phone bill',
      'internet',
      'water bill',
      'utility bill',
    ],
  },
  { id: 'entertainment', spending: true, synonyms: ['entertainment', 'streaming', 'movie', 'music', 'game', 'fun'] },
  {
    id: 'shopping',
    spending: true,
    synonyms: ['shopping', 'shop', 'retail', 'clothes', 'clothing', 'online shopping'],
  },
  {
    id: 'health',
    spending: true,
    synonyms: [
      'health',
      'healthcare',
      'health care',
      'medical',
      'pharmacy',
      'drugstore',
      'doctor',
      'medicine',
      'prescription',
    ],
  },
  { id: 'housing', spending: true, synonyms: ['housing', 'rent', 'mortgage', 'home'] },
  { id: 'fees', spending: true, synonyms: ['fee', 'fees', 'bank fee', 'charge', 'service charge', 'overdraft fee'] },
  { id: 'income', spending: false, synonyms: ['income', 'paycheck', 'pay', 'salary', 'wage', 'earning', 'interest'] },
  { id: 'transfers', spending: false, synonyms: ['transfer', 'transfers', 'card payment', 'credit card payment'] },
];

const BY_ID = new Map(SPOKEN_CATEGORIES.map((info) => [info.id, info] as const));

/** Words said around a category that do not change it: "on groceries", "my restaurant spending". */
const FILLER = /^(?:(?:on|at|for|in|the|my|of)\s+)+|\s+(?:spending|purchases|expenses|stuff)$/g;

function words(text: string): string {
  return foldText(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every synonym with and without a plural "s" ("restaurant", "restaurants"); the first listed wins. */
function phraseTable(): ReadonlyMap<string, SpokenCategory> {
  const table = new Map<string, SpokenCategory>();
  for (const info of SPOKEN_CATEGORIES) {
    for (const phrase of [info.id, ...info.synonyms, ...info.synonyms.map((s) => `${s}s`)]) {
      if (!table.has(phrase)) table.set(phrase, info.id);
    }
  }
  return table;
}
const PHRASES = phraseTable();

/** The category a heard phrase names ("eating out" → restaurants, "gas" → fuel), if any. */
export function resolveCategory(heard: string): SpokenCategory | undefined {
  const phrase = words(heard).replace(FILLER, '').trim();
  return PHRASES.get(phrase) ?? PHRASES.get(phrase.replace(/s$/, ''));
}

/** True when `category` is `within` or counts towards it: coffee is within restaurants and food. */
export function isWithin(category: SpokenCategory, within: SpokenCategory): boolean {
  for (let id: SpokenCategory | undefined = category; id !== undefined; id = BY_ID.get(id)?.parent) {
    if (id === within) return true;
  }
  return false;
}

/** FDX `transactionType` values that say what the money is, whatever the category text says. */
const CATEGORY_BY_TYPE: Readonly<Record<string, SpokenCategory>> = {
  DIRECTDEPOSIT: 'income',
  INTEREST: 'income',
  DIVIDEND: 'income',
  TRANSFER: 'transfers',
  FEE: 'fees',
};

/**
 * The most specific category of a transaction: from FDX `transactionType` where it names one
 * (a credit of type INTEREST is income; a debit of type INTEREST on a card is an interest charge),
 * else the bank's `category` — a 4-digit MCC through the MCC table, or words — else undefined.
 */
export function categoryOfTransaction(transaction: Transaction): SpokenCategory | undefined {
  const type = transaction.transactionType;
  const byType = ownValue(CATEGORY_BY_TYPE, type);
  if (byType === 'income' && transaction.amount.minor < 0) return 'fees';
  if (byType !== undefined) return byType;
  const text = transaction.category;
  if (text === undefined) return undefined;
  return /^\d{4}$/.test(text) ? categoryForMcc(Number(text)) : categoryForText(text);
}

/** True when the transaction counts towards `category` ("restaurants" includes coffee shops). */
export function transactionInCategory(transaction: Transaction, category: SpokenCategory): boolean {
  const own = categoryOfTransaction(transaction);
  return own !== undefined && isWithin(own, category);
}

/** False for income and transfers, which "how much did I spend" must not count. True when unknown. */
export function isSpendingCategory(category: SpokenCategory | undefined): boolean {
  return category === undefined || (BY_ID.get(category)?.spending ?? true);
}
