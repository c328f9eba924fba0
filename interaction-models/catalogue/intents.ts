import { SLOTS } from './slots';
import type { CatalogueIntent } from './types';

const {
  account,
  lastFour,
  count,
  merchant,
  category,
  date,
  duration,
  pin,
  fromAccount,
  toAccount,
  fromLastFour,
  toLastFour,
  dollars,
  cents,
  paymentOption,
} = SLOTS;
const builtIn = <N extends string>(name: N) => ({ kind: 'intent', name, builtIn: true }) as const;
const custom = <N extends string>(name: N) => ({ kind: 'intent', name, builtIn: false }) as const;

/**
 * Every intent of both platforms: the one source the Alexa model and the Dialogflow agent are
 * generated from (`npm run models`), and what the offline simulator understands. Samples live
 * in the locale files, keyed by `id`.
 */
export const CATALOGUE = [
  {
    id: 'welcome',
    core: 'launch',
    alexa: { kind: 'launch' },
    slots: [],
    dialogflow: {
      name: 'Default Welcome Intent',
      action: 'input.welcome',
      events: ['WELCOME', 'GOOGLE_ASSISTANT_WELCOME'],
    },
  },
  {
    id: 'fallback',
    core: 'fallback',
    alexa: builtIn('AMAZON.FallbackIntent'),
    slots: [],
    dialogflow: { name: 'Default Fallback Intent', action: 'input.unknown', fallback: true },
  },
  { id: 'help', core: 'help', alexa: builtIn('AMAZON.HelpIntent'), dialogflow: { name: 'Help' }, slots: [] },
  {
    id: 'stop',
    core: 'stop',
    alexa: builtIn('AMAZON.StopIntent'),
    dialogflow: { name: 'Stop', endInteraction: true },
    slots: [],
  },
  {
    id: 'cancel',
    core: 'stop',
    alexa: builtIn('AMAZON.CancelIntent'),
    slots: [],
    dialogflow: { name: 'Cancel', endInteraction: true, events: ['actions_intent_CANCEL'] },
  },
  { id: 'navigateHome', core: 'stop', alexa: builtIn('AMAZON.NavigateHomeIntent'), slots: [] },
  { id: 'yes', core: 'yes', alexa: builtIn('AMAZON.YesIntent'), dialogflow: { name: 'Yes' }, slots: [] },
  // "more" and "next" continue a list exactly as "yes" does; Dialogflow has one intent for all three.
  { id: 'more', core: 'yes', alexa: builtIn('AMAZON.MoreIntent'), dialogflow: { name: 'Yes' }, slots: [] },
  { id: 'next', core: 'yes', alexa: builtIn('AMAZON.NextIntent'), dialogflow: { name: 'Yes' }, slots: [] },
  { id: 'no', core: 'no', alexa: builtIn('AMAZON.NoIntent'), dialogflow: { name: 'No' }, slots: [] },
  {
    id: 'getBalance',
    core: 'getBalance',
    alexa: custom('GetBalanceIntent'),
    dialogflow: { name: 'Get Balance' },
    slots: [account, lastFour],
  },
  {
    id: 'listAccounts',
    core: 'listAccounts',
    alexa: custom('ListAccountsIntent'),
    dialogflow: { name: 'List Accounts' },
    slots: [],
  },
  {
    id: 'recentTransactions',
    core: 'recentTransactions',
    alexa: custom('RecentTransactionsIntent'),
    dialogflow: { name: 'Recent Transactions' },
    slots: [account, lastFour, count],
  },
  {
    id: 'selectAccount',
    core: 'selectAccount',
    alexa: custom('SelectAccountIntent'),
    dialogflow: { name: 'Select Account' },
    slots: [account, lastFour],
  },
  {
    id: 'spending',
    core: 'spending',
    alexa: custom('SpendingIntent'),
    dialogflow: { name: 'Spending' },
    slots: [merchant, category, date, duration, account, lastFour],
  },
  {
    id: 'transactionsInPeriod',
    core: 'transactionsInPeriod',
    alexa: custom('TransactionsInPeriodIntent'),
    dialogflow: { name: 'Transactions In Period' },
    slots: [date, duration, account, lastFour],
  },
  {
    id: 'pendingTransactions',
    core: 'pendingTransactions',
    alexa: custom('PendingTransactionsIntent'),
    dialogflow: { name: 'Pending Transactions' },
    slots: [account, lastFour],
  },
  {
    id: 'cardDetails',
    core: 'cardDetails',
    alexa: custom('CardDetailsIntent'),
    dialogflow: { name: 'Card Details' },
    slots: [account, lastFour],
  },
  {
    id: 'lastTransaction',
    core: 'lastTransactionWith',
    alexa: custom('LastTransactionIntent'),
    dialogflow: { name: 'Last Transaction' },
    slots: [merchant],
  },
  {
    id: 'interestEarned',
    core: 'interestEarned',
    alexa: custom('InterestEarnedIntent'),
    dialogflow: { name: 'Interest Earned' },
    slots: [date, duration],
  },
  { id: 'pin', core: 'pin', alexa: custom('PinIntent'), dialogflow: { name: 'Pin' }, slots: [pin] },
  {
    id: 'transfer',
    core: 'transfer',
    alexa: custom('TransferIntent'),
    dialogflow: { name: 'Transfer Money' },
    slots: [dollars, cents, fromAccount, toAccount, fromLastFour, toLastFour],
  },
  {
    id: 'payCard',
    core: 'payCard',
    alexa: custom('PayCardIntent'),
    dialogflow: { name: 'Pay Card' },
    slots: [dollars, cents, paymentOption, toAccount, fromAccount],
  },
  {
    id: 'payLoan',
    core: 'payLoan',
    alexa: custom('PayLoanIntent'),
    dialogflow: { name: 'Pay Loan' },
    slots: [dollars, cents, toAccount, fromAccount],
  },
  {
    id: 'paymentAmount',
    core: 'paymentAmount',
    alexa: custom('PaymentAmountIntent'),
    dialogflow: { name: 'Payment Amount' },
    slots: [dollars, cents, paymentOption],
  },
  {
    id: 'transferStatus',
    core: 'transferStatus',
    alexa: custom('TransferStatusIntent'),
    dialogflow: { name: 'Transfer Status' },
    slots: [],
  },
  // Issue 14: follow-ups that re-ask the last question with one thing changed, or narrow its total.
  {
    id: 'followUp',
    core: 'followUp',
    alexa: custom('FollowUpIntent'),
    dialogflow: { name: 'Follow Up' },
    slots: [date, duration, account, lastFour, merchant, category],
  },
  {
    id: 'narrowSpending',
    core: 'narrowSpending',
    alexa: custom('NarrowSpendingIntent'),
    dialogflow: { name: 'Narrow Spending' },
    slots: [merchant, category],
  },
  // Issue 14: what is refused (never a bank call), and the questions added with it.
  {
    id: 'cardControl',
    core: 'cardControl',
    alexa: custom('CardControlIntent'),
    dialogflow: { name: 'Card Control' },
    slots: [account, lastFour],
  },
  {
    id: 'lostCard',
    core: 'lostCard',
    alexa: custom('LostCardIntent'),
    dialogflow: { name: 'Lost Card' },
    slots: [account],
  },
  {
    id: 'dispute',
    core: 'dispute',
    alexa: custom('DisputeIntent'),
    dialogflow: { name: 'Dispute Charge' },
    slots: [merchant],
  },
  {
    id: 'sendMoney',
    core: 'sendMoney',
    alexa: custom('SendMoneyIntent'),
    dialogflow: { name: 'Send Money' },
    slots: [dollars, merchant, category],
  },
  {
    id: 'changeDetails',
    core: 'changeDetails',
    alexa: custom('ChangeDetailsIntent'),
    dialogflow: { name: 'Change Details' },
    slots: [account],
  },
  {
    id: 'talkToPerson',
    core: 'talkToPerson',
    alexa: custom('TalkToPersonIntent'),
    dialogflow: { name: 'Talk To Person' },
    slots: [],
  },
  { id: 'netWorth', core: 'netWorth', alexa: custom('NetWorthIntent'), dialogflow: { name: 'Net Worth' }, slots: [] },
  {
    id: 'overdrawn',
    core: 'overdrawn',
    alexa: custom('OverdrawnIntent'),
    dialogflow: { name: 'Overdrawn' },
    slots: [account],
  },
  {
    id: 'cashAvailable',
    core: 'cashAvailable',
    alexa: custom('CashAvailableIntent'),
    dialogflow: { name: 'Cash Available' },
    slots: [],
  },
  {
    id: 'purchasesInPeriod',
    core: 'purchasesInPeriod',
    alexa: custom('PurchasesInPeriodIntent'),
    dialogflow: { name: 'Purchases In Period' },
    slots: [date, duration, account, lastFour],
  },
  {
    id: 'biggestPurchases',
    core: 'biggestPurchases',
    alexa: custom('BiggestPurchasesIntent'),
    dialogflow: { name: 'Biggest Purchases' },
    slots: [date, duration, account, lastFour],
  },
] as const satisfies readonly CatalogueIntent[];

/** A catalogue key; each locale has samples for every one. */
export type IntentId = (typeof CATALOGUE)[number]['id'];

/** The catalogue entry with this id. */
export function intentById(id: IntentId): CatalogueIntent {
  const found = CATALOGUE.find((intent) => intent.id === id);
  if (!found) throw new Error(`no catalogue intent ${id}`);
  return found;
}

/** The catalogue as plain entries, for code that walks every intent alike. */
export const INTENTS: readonly CatalogueIntent[] = CATALOGUE;
