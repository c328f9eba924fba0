import type { RefusedAction } from '../speech/messages';
import type { BankingIntent, BankingRequest } from './contract';
import { MOVES } from './movement/route';

/**
 * Words that ask for an action, whatever intent the platform picked. A platform that hears "lock my
 * card" as an account choice still sends the words in the account slot ("lock my card" as heard);
 * they must never reach a handler that reads account data.
 */
const ACTION_WORDS: ReadonlyArray<readonly [RefusedAction, RegExp]> = [
  ['lost', /\b(lost|stolen|stole|steal|missing|misplaced|replace(ment)?)\b/],
  [
    'card',
    /\b(un)?(lock|freeze|block)(ed|ing)?\b|\bfrozen\b|\b(turn|switch) (it |my card |the card )?(off|on)\b|\bdisable\b/,
  ],
  ['dispute', /\b(dispute|disputing|fraud|fraudulent|unauthori[sz]ed|chargeback)\b/],
  ['person', /\b(human|agent|representative|operator|real person|customer service)\b/],
  ['change', /\b(change|reset|update|close|cancel|increase|raise|lower|order)\b/],
  ['send', /\b(zelle|venmo|wire)\b/],
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
]);

/** The words the user said into an account slot (as heard); merchants are names and are not read for verbs. */
function accountWords(req: BankingRequest): string {
  const { account, from, to } = req.slots;
  return [account?.name, from?.name, to?.name]
    .filter((text): text is string => Boolean(text))
    .join(' ')
    .toLowerCase();
}

/**
 * The action a request really asks for, when it must be refused rather than answered: a money
 * movement while movement is off, or a data question whose account words ask for an action.
 */
export function refusedAction(req: BankingRequest, movementOn: boolean): RefusedAction | undefined {
  if (!movementOn && MOVES.has(req.intent)) return 'move';
  if (!READS.has(req.intent)) return undefined;
  const words = accountWords(req);
  if (!words) return undefined;
  return ACTION_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}
