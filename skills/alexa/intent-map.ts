import type { BankingIntent } from '../../shared/banking/contract';

/** Alexa intent names → core intents. Must agree with interaction-models/alexa (a test checks). */
export const ALEXA_INTENT_MAP = {
  'AMAZON.HelpIntent': 'help',
  'AMAZON.StopIntent': 'stop',
  'AMAZON.CancelIntent': 'stop',
  'AMAZON.NavigateHomeIntent': 'stop',
  'AMAZON.FallbackIntent': 'fallback',
  'AMAZON.YesIntent': 'yes',
  'AMAZON.NoIntent': 'no',
  ListAccountsIntent: 'listAccounts',
  GetBalanceIntent: 'getBalance',
  RecentTransactionsIntent: 'recentTransactions',
  SelectAccountIntent: 'selectAccount',
} as const satisfies Record<string, BankingIntent>;

/** Slot names used in the Alexa model. */
export const ALEXA_SLOTS = { account: 'account', lastFour: 'lastFour', count: 'count' } as const;
