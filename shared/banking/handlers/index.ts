import type { BankingIntent, Handler } from '../contract';
import { fallback, help, launch, no, sessionEnded, stop } from './conversation';
import { getBalance } from './balance';
import { recentTransactions } from './transactions';
import { listAccounts } from './list-accounts';
import { selectAccount, yes } from './follow-up';
import { spending } from './spending';
import { pendingTransactions, transactionsInPeriod } from './items';
import { cardDetails } from './card';
import { lastTransactionWith } from './last-transaction';
import { interestEarned } from './interest';
import { pin } from './pin';
import { payCard, payLoan, paymentAmount, transfer, transferStatus } from '../movement/handlers';
import { followUp, narrowSpending } from './follow-ups';
import { cardControl, changeDetails, dispute, lostCard, netWorth, sendMoney, talkToPerson } from './refusals';
import { cashAvailable, overdrawn } from './standing';
import { biggestPurchases, purchasesInPeriod } from './purchases';

/** One handler per intent; the compiler refuses a missing one. */
export const HANDLERS = {
  launch,
  help,
  stop,
  fallback,
  sessionEnded,
  yes,
  no,
  listAccounts,
  getBalance,
  recentTransactions,
  selectAccount,
  spending,
  transactionsInPeriod,
  pendingTransactions,
  cardDetails,
  lastTransactionWith,
  interestEarned,
  pin,
  transfer,
  payCard,
  payLoan,
  paymentAmount,
  transferStatus,
  followUp,
  narrowSpending,
  cardControl,
  lostCard,
  dispute,
  sendMoney,
  changeDetails,
  talkToPerson,
  netWorth,
  overdrawn,
  cashAvailable,
  purchasesInPeriod,
  biggestPurchases,
} as const satisfies Record<BankingIntent, Handler>;

/** Intents that need a linked bank account before they can answer. */
export const NEEDS_LINK: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'launch',
  'listAccounts',
  'getBalance',
  'recentTransactions',
  'selectAccount',
  'yes',
  'spending',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'lastTransactionWith',
  'interestEarned',
  'pin',
  'transfer',
  'payCard',
  'payLoan',
  'paymentAmount',
  'transferStatus',
  'followUp',
  'narrowSpending',
  // The refusals (cardControl, lostCard, …, netWorth) need no link: they never read account data.
  'overdrawn',
  'cashAvailable',
  'purchasesInPeriod',
  'biggestPurchases',
]);
