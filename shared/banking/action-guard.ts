import type { RefusedAction } from '../speech/messages';
import type { BankingIntent, BankingRequest } from './contract';
import { MOVES } from './movement/route';

type Rule = readonly [RefusedAction, RegExp];

/** Card-control verbs; "lock", "freeze" and "block" also appear in names ("H&R Block"), so names need more. */
const CARD_VERB =
  /\b(un)?(lock|freeze|block)(ed|ing|s)?\b|\bfrozen\b|\b(turn|switch) (it |my card |the card )?(off|on)\b|\b(disable|deactivate|reactivate|suspend|pause)(d|s|ed)?\b/;
/** Verbs that are actions only when they are about a card or account ("stop my card"; "Stop & Shop" is a shop). */
const VERB_ON_CARD =
  /\b(stop|pause|suspend|deactivate|disable|activate|reactivate|lock|unlock|freeze|unfreeze|block|unblock)\b(.*\b(card|cards|account)\b| (my|the|this|it|that)\b)/;
/** Closing or cancelling a card or account is a change we do not make by voice. */
const CLOSE_ON_CARD = /\b(close|cancel)\b.*\b(card|cards|account|accounts)\b/;
const LOST =
  /\b(lost|stolen|stole|steal|missing|misplaced|replace(ment)?)\b|\b(can'?t|cannot|can not|couldn'?t) find\b/;
const DISPUTE =
  /\b(dispute|disputing|disputed|fraud|fraudulent|unauthori[sz]ed|chargeback|charge back)\b|\b(didn'?t|did not|never) (make|made|buy|bought|authori[sz]e)\b|\b(don'?t|do not) recogni[sz]e\b/;
/** Lost-card words in a name: "Lost Lake Cafe" is a cafe, "my lost card" is not. */
const LOST_IN_NAME =
  /\b(stolen|stole|steal|misplaced)\b|\b(can'?t|cannot|can not|couldn'?t) find\b|\b(lost|missing|replace(ment)?)\b.*\b(card|cards|wallet|purse)\b|\b(card|cards|wallet|purse)\b.*\b(lost|missing)\b/;
const PERSON_PHRASE = /\b(talk|speak|chat) (to|with)\b|\breal person\b|\bcustomer (service|support)\b|\blive agent\b/;

/**
 * Words that ask for an action, said into an account slot, whatever intent the platform picked. A
 * platform that hears "lock my card" as an account choice still sends the words in the account slot;
 * they must never reach a handler that reads account data. Account names are ours ("checking",
 * "rewards card"), so single verbs are enough here. First match wins: lost before dispute before
 * card, so "report my stolen card" gets the phone number.
 */
const ACCOUNT_RULES: readonly Rule[] = [
  ['lost', LOST],
  ['dispute', DISPUTE],
  ['card', CARD_VERB],
  ['card', /\b(stop|activate)\b/],
  ['person', /\b(human|agent|representative|operator|banker|person|someone|somebody)\b/],
  ['person', PERSON_PHRASE],
  ['change', /\b(change|reset|update|close|cancel|increase|raise|lower|order|open)\b/],
  ['send', /\b(zelle|venmo|wire)\b/],
  // "Pay" and "transfer" also start account names ("Pay in 4"): only the bare verb, or one aimed at money or someone, counts.
  ['send', /(^|\s)(send|pay|paying)( (money|to|my|the|someone|somebody|bills?|rent|it|back)\b.*)?$/],
  ['move', /(^|\s)(transfer|move)( (money|to|from|my|the|it)\b.*)?$/],
  ['lost', /\breport\b/],
];

/**
 * The same, for merchant and category text and for what the user said as a whole. These carry real
 * names ("Lockwood Savings", "Card Factory", "Transfer Station Diner", "Stop & Shop", "Payless",
 * "Venmo"), so only words no shop is called, or verbs aimed at a card or account, count.
 */
const NAME_RULES: readonly Rule[] = [
  ['lost', LOST_IN_NAME],
  ['dispute', DISPUTE],
  ['lost', /\breport\b.*\b(card|cards|wallet|purse)\b/],
  ['change', CLOSE_ON_CARD],
  ['card', VERB_ON_CARD],
  ['person', PERSON_PHRASE],
];

/** The intents that read account data from what a slot says: their slot text is checked for action words. */
const READS: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'getBalance',
  'selectAccount',
  'recentTransactions',
  'spending',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'lastTransactionWith',
  'overdrawn',
  'cashAvailable',
  'purchasesInPeriod',
  'biggestPurchases',
  'interestEarned',
  'listAccounts',
  'followUp',
  'narrowSpending',
]);

/** The intents whose answer uses a merchant or category; any other intent given one would silently drop it. */
const USES_NAME: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'spending',
  'lastTransactionWith',
  'followUp',
  'narrowSpending',
]);

const lower = (texts: ReadonlyArray<string | undefined>): string =>
  texts
    .filter((text): text is string => Boolean(text))
    .join(' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'");

/** The words the user said into an account slot, resolved and as heard. */
function accountWords(req: BankingRequest): string {
  const { account, from, to, accountHeard } = req.slots;
  return lower([account?.name, from?.name, to?.name, ...(accountHeard ?? [])]);
}

/** Merchant and category text, resolved and as heard, and the whole utterance when the platform sent it. */
function nameWords(req: BankingRequest): string {
  const { merchant, merchantHeard, category, said } = req.slots;
  return lower([merchant, merchantHeard, category, said]);
}

const match = (rules: readonly Rule[], text: string): RefusedAction | undefined =>
  text ? rules.find(([, pattern]) => pattern.test(text))?.[0] : undefined;

/** A name-safe test for any text: does it ask for something we do not do? (The simulator uses it too.) */
export function actionInWords(text: string): RefusedAction | undefined {
  return match(NAME_RULES, lower([text]));
}

/**
 * The action a request really asks for, when it must be refused rather than answered: a money
 * movement while movement is off, or a data question whose words ask for an action.
 */
export function refusedAction(req: BankingRequest, movementOn: boolean): RefusedAction | undefined {
  if (!movementOn && MOVES.has(req.intent)) return 'move';
  if (!READS.has(req.intent)) return undefined;
  const found = match(ACCOUNT_RULES, accountWords(req)) ?? match(NAME_RULES, nameWords(req));
  // "Transfer" said into an account slot while movement is on is not a refusal of movement: it is paying out.
  return found === 'move' && movementOn ? 'send' : found;
}

/**
 * A data question carrying a merchant or category its answer does not use ("my recent transactions"
 * with merchant "chargeback"): answering would drop what was said, so the caller asks again instead.
 */
export function dropsName(req: BankingRequest): boolean {
  return (
    READS.has(req.intent) &&
    !USES_NAME.has(req.intent) &&
    Boolean(req.slots.merchant || req.slots.merchantHeard || req.slots.category)
  );
}
