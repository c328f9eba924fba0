/**
 * The demo customers' account nicknames, as a constant: the simulator needs them on every
 * conversation, and generating the customers (90 days of transactions each) only to read them
 * costs more than half a second. A sandbox test keeps this list equal to the customers' own.
 */
export const DEMO_NICKNAMES: readonly string[] = [
  'Everyday',
  'Rainy Day',
  'Household',
  'Personal',
  'Emergency Fund',
  'Travel Card',
  'Home Loan',
  'Euro',
  'Old savings',
  'Car loan',
];
