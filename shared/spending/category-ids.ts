/** Every category a user can ask about, as an id; wording for each lives in the message catalogues. */
export const SPOKEN_CATEGORY_IDS = [
  'food',
  'groceries',
  'restaurants',
  'coffee',
  'fuel',
  'travel',
  'utilities',
  'entertainment',
  'shopping',
  'health',
  'housing',
  'fees',
  'income',
  'transfers',
] as const;
export type SpokenCategory = (typeof SPOKEN_CATEGORY_IDS)[number];
