import type { BankingIntent } from '../../shared';

/**
 * Dialogflow intent display names → core intents. Must agree with the agent in
 * interaction-models/dialogflow/intents (a test checks both directions). Unknown names → fallback.
 */
export const GOOGLE_INTENT_MAP = {
  'Default Welcome Intent': 'launch',
  'Default Fallback Intent': 'fallback',
  Help: 'help',
  Stop: 'stop',
  Cancel: 'stop',
  Yes: 'yes',
  No: 'no',
  'List Accounts': 'listAccounts',
  'Get Balance': 'getBalance',
  'Recent Transactions': 'recentTransactions',
  'Select Account': 'selectAccount',
  Spending: 'spending',
  'Transactions In Period': 'transactionsInPeriod',
  'Pending Transactions': 'pendingTransactions',
  'Card Details': 'cardDetails',
  'Last Transaction': 'lastTransactionWith',
  'Interest Earned': 'interestEarned',
  Pin: 'pin',
  'Transfer Money': 'transfer',
  'Pay Card': 'payCard',
  'Pay Loan': 'payLoan',
  'Payment Amount': 'paymentAmount',
  'Transfer Status': 'transferStatus',
  'Follow Up': 'followUp',
  'Narrow Spending': 'narrowSpending',
  'Card Control': 'cardControl',
  'Lost Card': 'lostCard',
  'Dispute Charge': 'dispute',
  'Send Money': 'sendMoney',
  'Change Details': 'changeDetails',
  'Talk To Person': 'talkToPerson',
  'Net Worth': 'netWorth',
  Overdrawn: 'overdrawn',
  'Cash Available': 'cashAvailable',
  'Purchases In Period': 'purchasesInPeriod',
  'Biggest Purchases': 'biggestPurchases',
} as const satisfies Record<string, BankingIntent>;

/**
 * What started the turn when no mapped intent name came with it: Dialogflow event names (sent as
 * `queryText` when an event triggers an intent) and Assistant input intents. The Assistant's
 * cancel (`actions_intent_CANCEL`, "exit", "that's all") allows one last answer, so it is a stop.
 */
export const GOOGLE_EVENT_MAP = {
  WELCOME: 'launch',
  GOOGLE_ASSISTANT_WELCOME: 'launch',
  actions_intent_CANCEL: 'stop',
  'actions.intent.MAIN': 'launch',
  'actions.intent.CANCEL': 'stop',
} as const satisfies Record<string, BankingIntent>;

/** Parameter names used in the agent's intents. */
export const GOOGLE_PARAMETERS = {
  account: 'account',
  lastFour: 'lastFour',
  count: 'count',
  merchant: 'merchant',
  category: 'category',
  date: 'date',
  datePeriod: 'datePeriod',
  dateTime: 'dateTime',
  pin: 'pin',
  fromAccount: 'fromAccount',
  toAccount: 'toAccount',
  fromLastFour: 'fromLastFour',
  toLastFour: 'toLastFour',
  dollars: 'dollars',
  cents: 'cents',
  paymentOption: 'paymentOption',
} as const;

/** Output context that carries the core's session state, as `{ state: {...} }` in its parameters. */
export const SESSION_CONTEXT = 'voicebank-session';

/** Turns the session context survives without a webhook answer refreshing it. */
export const SESSION_LIFESPAN = 5;

/** Looks a name up in one of the maps above without trusting prototype keys. */
export function lookup(
  map: Readonly<Record<string, BankingIntent>>,
  name: string | undefined,
): BankingIntent | undefined {
  return name !== undefined && Object.hasOwn(map, name) ? map[name] : undefined;
}
