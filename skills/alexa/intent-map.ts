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
  // "more" and "next" continue a list exactly as "yes" does.
  'AMAZON.MoreIntent': 'yes',
  'AMAZON.NextIntent': 'yes',
  ListAccountsIntent: 'listAccounts',
  GetBalanceIntent: 'getBalance',
  RecentTransactionsIntent: 'recentTransactions',
  SelectAccountIntent: 'selectAccount',
  SpendingIntent: 'spending',
  TransactionsInPeriodIntent: 'transactionsInPeriod',
  PendingTransactionsIntent: 'pendingTransactions',
  CardDetailsIntent: 'cardDetails',
  LastTransactionIntent: 'lastTransactionWith',
  InterestEarnedIntent: 'interestEarned',
  PinIntent: 'pin',
  TransferIntent: 'transfer',
  PayCardIntent: 'payCard',
  PayLoanIntent: 'payLoan',
  PaymentAmountIntent: 'paymentAmount',
  TransferStatusIntent: 'transferStatus',
  FollowUpIntent: 'followUp',
  NarrowSpendingIntent: 'narrowSpending',
  CardControlIntent: 'cardControl',
  LostCardIntent: 'lostCard',
  DisputeIntent: 'dispute',
  SendMoneyIntent: 'sendMoney',
  ChangeDetailsIntent: 'changeDetails',
  TalkToPersonIntent: 'talkToPerson',
  NetWorthIntent: 'netWorth',
  OverdrawnIntent: 'overdrawn',
  CashAvailableIntent: 'cashAvailable',
  PurchasesInPeriodIntent: 'purchasesInPeriod',
  BiggestPurchasesIntent: 'biggestPurchases',
} as const satisfies Record<string, BankingIntent>;

/** Slot names used in the Alexa model. */
export const ALEXA_SLOTS = {
  account: 'account', lastFour: 'lastFour', count: 'count', merchant: 'merchant', category: 'category',
  date: 'date', duration: 'duration', pin: 'pin',
  fromAccount: 'fromAccount', toAccount: 'toAccount', fromLastFour: 'fromLastFour', toLastFour: 'toLastFour',
  dollars: 'dollars', cents: 'cents', paymentOption: 'paymentOption',
} as const;
