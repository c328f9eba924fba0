import type { SlotValue } from '../../locale';

/** en-US ways of naming an account; the core matches the canonical value against the bank's names. */
export const ACCOUNT_NAMES: readonly SlotValue[] = [
  { value: 'checking', synonyms: ['checking account', 'chequing', 'current account', 'check'] },
  { value: 'savings', synonyms: ['savings account', 'saving', 'saving account'] },
  { value: 'credit card', synonyms: ['card', 'credit', 'visa', 'mastercard', 'credit card account'] },
  { value: 'line of credit', synonyms: ['credit line', 'LOC'] },
  { value: 'mortgage', synonyms: ['home loan', 'house loan'] },
  // Kinds of loan stay apart: "car loan" must not also offer the mortgage.
  { value: 'loan', synonyms: [] },
  { value: 'car loan', synonyms: ['auto loan', 'vehicle loan'] },
  { value: 'personal loan', synonyms: [] },
  { value: 'student loan', synonyms: [] },
  { value: 'money market', synonyms: ['money market account'] },
  { value: 'rewards card', synonyms: ['rewards', 'rewards credit card'] },
  { value: 'business account', synonyms: ['business checking', 'business'] },
  { value: 'joint account', synonyms: ['joint checking', 'joint'] },
  { value: 'brokerage', synonyms: ['brokerage account', 'investment account', 'investments'] },
  { value: 'retirement', synonyms: ['retirement account', '401k', 'IRA'] },
  { value: 'life insurance', synonyms: ['insurance', 'insurance policy'] },
  { value: 'annuity', synonyms: [] },
  { value: 'pay later plan', synonyms: ['buy now pay later', 'pay in four'] },
  // Customers' own nicknames are not listed: the platform passes an unknown name through as heard,
  // and the core matches it against the bank's nicknames. Demo nicknames live in the simulator.
];

/** en-US ways of saying how much of a card bill to pay; the canonical values are the core's options. */
export const PAYMENT_OPTIONS: readonly SlotValue[] = [
  {
    value: 'statement',
    synonyms: [
      'statement balance',
      'the statement balance',
      'full statement balance',
      'full balance',
      'whole statement',
      'the balance',
      'the full amount',
    ],
  },
  {
    value: 'minimum',
    synonyms: ['minimum payment', 'the minimum', 'minimum due', 'the minimum payment', 'minimum amount'],
  },
];

/**
 * en-US spending categories. Canonical values are the core's category ids; "mortgage" is left
 * out of housing because it names an account.
 */
export const SPENDING_CATEGORIES: readonly SlotValue[] = [
  { value: 'food', synonyms: ['food and drink', 'meals'] },
  { value: 'groceries', synonyms: ['grocery', 'grocery store', 'supermarket', 'grocery shopping'] },
  {
    value: 'restaurants',
    synonyms: ['restaurant', 'dining', 'dining out', 'eating out', 'takeout', 'fast food', 'bars'],
  },
  { value: 'coffee', synonyms: ['coffee shops', 'coffee shop', 'cafes', 'cafe'] },
  { value: 'fuel', synonyms: ['gas', 'gasoline', 'gas stations', 'petrol'] },
  { value: 'travel', synonyms: ['trips', 'flights', 'hotels', 'rides', 'taxis', 'rideshare', 'transportation'] },
  {
    value: 'utilities',
    synonyms: [
      'utility bills',
      'bills',
      'electricity',
      'phone bill',
      'internet',
      'electric',
      'electric bill',
      'water bill',
      'phone',
      'cell phone',
    ],
  },
  { value: 'entertainment', synonyms: ['streaming', 'movies', 'music', 'subscriptions'] },
  { value: 'shopping', synonyms: ['online shopping', 'clothes', 'clothing', 'retail'] },
  { value: 'health', synonyms: ['healthcare', 'medical', 'pharmacy', 'doctor', 'prescriptions'] },
  { value: 'housing', synonyms: ['rent', 'home'] },
  { value: 'fees', synonyms: ['bank fees', 'fee', 'charges', 'overdraft fees'] },
  { value: 'income', synonyms: ['earnings', 'deposits'] },
  { value: 'transfers', synonyms: ['transfer', 'card payments'] },
];
