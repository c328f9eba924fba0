import type { SpokenCategory } from './category-ids';
import { foldText } from './merchant-key';
import { ownValue } from '../own-lookup';

/**
 * From what a bank sends to a spoken category. FDX `category` is free text, so exact names come
 * first (the sandbox's "Groceries", "Coffee Shops", "Gas/Fuel", ...), then keyword rules in an
 * order that settles overlaps: transfers and fees before income ("Interest Charge" is a fee),
 * utilities before fuel ("Gas & Electric" is a utility), coffee before restaurants.
 */

/** Folded category names mapped as a whole, before any keyword rule. */
const EXACT: Readonly<Record<string, SpokenCategory>> = {
  groceries: 'groceries',
  restaurants: 'restaurants',
  'coffee shops': 'coffee',
  'gas fuel': 'fuel',
  travel: 'travel',
  utilities: 'utilities',
  entertainment: 'entertainment',
  income: 'income',
  transfer: 'transfers',
  shopping: 'shopping',
  housing: 'housing',
  fees: 'fees',
  health: 'health',
  'food and dining': 'food',
  'food and drink': 'food',
  food: 'food',
};

/** Keyword rules on folded words, first match wins. */
const KEYWORDS: ReadonlyArray<readonly [SpokenCategory, RegExp]> = [
  ['transfers', /\b(?:transfers?|xfer|credit card payments?|loan payments?)\b/],
  ['fees', /\b(?:fees?|service charges?|finance charges?|interest charged?|penalty|penalties|overdraft)\b/],
  ['income', /\b(?:income|paychecks?|payroll|salary|wages|interest|dividends?|deposits?|reimbursements?)\b/],
  ['coffee', /\b(?:coffee|cafes?)\b/],
  ['groceries', /\b(?:grocer(?:y|ies)|supermarkets?)\b/],
  ['restaurants', /\b(?:restaurants?|dining|fast food|bars?|takeout|food delivery)\b/],
  ['utilities', /\b(?:utilit(?:y|ies)|electric(?:ity)?|water|internet|phone|mobile|wireless|cable|telecom\w*)\b/],
  ['fuel', /\b(?:gas|fuel|gasoline|petrol|service stations?|ev charging)\b/],
  [
    'travel',
    /\b(?:travel|air ?travel|airlines?|airfare|hotels?|lodging|rental cars?|car rental|taxis?|ride ?share|transportation|parking|tolls?)\b/,
  ],
  ['entertainment', /\b(?:entertainment|movies?|music|streaming|arts|amusement|games?|recreation)\b/],
  ['health', /\b(?:health\w*|medical|pharmac(?:y|ies)|doctors?|dentists?|hospitals?|fitness|gym)\b/],
  ['housing', /\b(?:housing|rent|mortgages?|hoa)\b/],
  [
    'shopping',
    /\b(?:shopping|merchandise|clothing|electronics|books|department stores?|home improvement|hobbies|gifts)\b/,
  ],
  ['food', /\bfood\b/],
];

/** The spoken category of an FDX category text such as "Gas/Fuel"; undefined when none fits. */
export function categoryForText(text: string): SpokenCategory | undefined {
  const words = foldText(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ownValue(EXACT, words) ?? KEYWORDS.find(([, pattern]) => pattern.test(words))?.[0];
}

/**
 * ISO 18245 merchant category code ranges, first match wins, so single codes come before the
 * broad ranges they sit in (5912 drug stores before 5900–5999 retail).
 */
const MCC_RANGES: ReadonlyArray<readonly [number, number, SpokenCategory]> = [
  [4119, 4119, 'health'], // ambulance services
  [5912, 5912, 'health'], // drug stores and pharmacies
  [5975, 5976, 'health'], // hearing aids, orthopaedic goods
  [8011, 8099, 'health'], // doctors, dentists, hospitals, labs, medical services
  [5411, 5411, 'groceries'],
  [5422, 5422, 'groceries'],
  [5441, 5451, 'groceries'],
  [5499, 5499, 'groceries'],
  [5462, 5462, 'restaurants'], // bakeries
  [5811, 5814, 'restaurants'], // caterers, restaurants, bars, fast food (coffee chains use 5814 too)
  [5541, 5542, 'fuel'],
  [5552, 5552, 'fuel'],
  [5983, 5983, 'fuel'],
  [3000, 3299, 'travel'], // airlines by carrier
  [3351, 3441, 'travel'], // car rental companies
  [3501, 3999, 'travel'], // hotels and resorts by chain
  [4011, 4131, 'travel'], // railways, commuter transport, taxis and rideshare, buses
  [4411, 4411, 'travel'],
  [4511, 4511, 'travel'],
  [4582, 4582, 'travel'],
  [4722, 4722, 'travel'],
  [4784, 4784, 'travel'],
  [4789, 4789, 'travel'],
  [7011, 7012, 'travel'],
  [7512, 7519, 'travel'],
  [7523, 7523, 'travel'],
  [4812, 4816, 'utilities'],
  [4900, 4900, 'utilities'], // telecom, utilities
  [4899, 4899, 'entertainment'], // cable, satellite and streaming television
  [5815, 5818, 'entertainment'], // digital media, games, apps
  [7829, 7999, 'entertainment'], // films, theatres, sports, recreation
  [4829, 4829, 'transfers'],
  [6051, 6051, 'transfers'],
  [6540, 6540, 'transfers'], // money transfer, stored value
  [6513, 6513, 'housing'], // real estate agents and managers, rentals
  [5200, 5399, 'shopping'],
  [5600, 5799, 'shopping'],
  [5900, 5999, 'shopping'],
];

/**
 * The spoken category of a merchant category code (e.g. 5411 → groceries, 5541 → fuel), for banks
 * that send one. Undefined for codes outside the table and for anything that is not 0–9999.
 */
export function categoryForMcc(code: number): SpokenCategory | undefined {
  if (!Number.isInteger(code) || code < 0 || code > 9999) return undefined;
  return MCC_RANGES.find(([low, high]) => code >= low && code <= high)?.[2];
}
