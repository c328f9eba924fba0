/** Bearer tokens that sign in as a demo customer, with what each shows off. */
export const DEMO_TOKENS: Readonly<Record<string, string>> = {
  'demo-alex':
    'Alex Rivera: Everyday checking ...4821, Rainy Day savings ...7710, Rewards Card ...9034 (statement due in 5 days); 90 days of activity, pending items',
  'demo-sam': 'Sam Carter: one Basic Checking ...3307, overdrawn, with pending items',
  'demo-kim':
    'Kim Nguyen: seven accounts (two checking, savings, two cards, mortgage, home equity line); the account list pages three at a time',
  'demo-eva':
    'Eva Brandt: Euro checking ...6020 in EUR (a memo item, pending items), Money Market ...1178 paying dividends and interest',
  'demo-jo':
    'Jo Marsh: a bank that leaves out optional balances: checking ...2604 (available only), card ...7315 (no balance owed, no statement), auto loan ...5512 (next payment amount only)',
  'demo-lee':
    'Lee Park: Basic Checking ...6120 with $420.50, a closed Old savings ...0455, a Car loan ...3391 with a payment due; for money-movement refusals',
  'demo-max':
    'Max Okafor: Basic Checking ...5307 whose statement text is hostile (full card and account numbers punctuated every way, SSML markup, quotes); for the certification kit',
};

/** Bearer tokens that misbehave on purpose; where they answer at all, they serve demo-alex's data. */
export const FAULT_TOKENS: Readonly<Record<string, string>> = {
  'fault-slow-<ms>': `delays every response by <ms> milliseconds (at most 30000), then answers normally`,
  'fault-500': 'answers 500 with an FDX error body',
  'fault-429': 'answers 429 with Retry-After: 1',
  'fault-malformed': 'answers 200 with a truncated, unparseable JSON body',
  'fault-reset': 'destroys the connection without answering',
  'fault-expired': 'answers 401 with WWW-Authenticate, as for an expired token',
  'fault-transfer-slow-<ms>':
    'POST /transfers is carried out at once but answered only after <ms> milliseconds; everything else answers normally',
  'fault-transfer-500': 'POST /transfers answers 500 and moves nothing; everything else answers normally',
};

/** The longest delay `fault-slow-<ms>` applies, in milliseconds. */
export const MAX_SLOW_MS = 30_000;

/** The demo customer whose data the fault tokens serve when they answer. */
export const FAULT_CUSTOMER_TOKEN = 'demo-alex';

/** A deliberate misbehaviour selected by a fault token. */
export type Fault =
  | { readonly kind: 'slow'; readonly ms: number }
  | { readonly kind: 'status500' }
  | { readonly kind: 'status429' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'expired' }
  /** Only POST /transfers: carried out, then answered late. */
  | { readonly kind: 'transferSlow'; readonly ms: number }
  /** Only POST /transfers: 500, nothing moved. */
  | { readonly kind: 'transferFail' };

const FIXED_FAULTS: Readonly<Record<string, Fault>> = {
  'fault-500': { kind: 'status500' },
  'fault-429': { kind: 'status429' },
  'fault-malformed': { kind: 'malformed' },
  'fault-reset': { kind: 'reset' },
  'fault-expired': { kind: 'expired' },
  'fault-transfer-500': { kind: 'transferFail' },
};

/** The fault a token selects, or undefined when it is not a fault token. Slow delays are capped. */
export function faultFor(token: string): Fault | undefined {
  const slow = /^fault-slow-(\d{1,9})$/.exec(token);
  if (slow?.[1] !== undefined) return { kind: 'slow', ms: Math.min(Number(slow[1]), MAX_SLOW_MS) };
  const slowTransfer = /^fault-transfer-slow-(\d{1,9})$/.exec(token);
  if (slowTransfer?.[1] !== undefined)
    return { kind: 'transferSlow', ms: Math.min(Number(slowTransfer[1]), MAX_SLOW_MS) };
  return Object.hasOwn(FIXED_FAULTS, token) ? FIXED_FAULTS[token] : undefined;
}
