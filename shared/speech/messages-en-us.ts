import type { Messages } from './messages';
import { cardName, spokenName } from './account-names';
import { formatMoney, formatPastDay } from './format';
import { bankText, plainBankText } from './ssml';
import { itemPhrase, spendingEnUS } from './messages-en-us-money';
import { balanceCardLine, balanceSentence } from './messages-en-us-balance';
import { pinEnUS } from './messages-en-us-pin';
import { limitsEnUS } from './messages-en-us-limits';
import { movementEnUS } from './messages-en-us-movement';
import { actionsEnUS } from './messages-en-us-actions';

const L = 'en-US';
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const listOf = (items: readonly string[], conjunction: 'and' | 'or'): string =>
  items.length <= 2 ? items.join(` ${conjunction} `) : `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1) ?? ''}`;

export const enUS: Messages = {
  ...spendingEnUS,
  ...pinEnUS,
  ...limitsEnUS,
  ...movementEnUS,
  ...actionsEnUS,
  locale: L,
  welcome: () => 'Welcome back. You can ask for your balance, your recent transactions, how much you spent last month, or when your card payment is due. What would you like?',
  help: () => 'You can ask things like: what is my balance, what are my recent transactions, how much did I spend at Starbucks last month, '
    + 'do I have anything pending, or when is my card payment due. What would you like to know?',
  goodbye: () => 'Goodbye.',
  fallback: () => 'Sorry, I can\'t help with that. You can say "what\'s my balance" or "what are my recent transactions". What would you like?',
  whatElse: () => 'What would you like to know?',
  anythingElse: () => 'Anything else?',
  partialHistory: () => 'I could only read part of your history in time, so this may not be complete.',
  linkAccount: () => 'To hear about your accounts, please link your bank account first. I\'ve sent the details to your app.',
  nothingToContinue: () => 'There\'s nothing more to read. What would you like to know?',
  accountCount: (count) => `You have ${plural(count, 'account', 'accounts')}.`,
  balance: balanceSentence,
  offerMoreAccounts: (remaining) => remaining === 1
    ? 'Would you like to hear the other account?' : `Would you like to hear the other ${remaining} accounts?`,
  accountList: (accounts) => `Your accounts are: ${listOf(accounts.map(spokenName), 'and')}.`,
  whichAccount: (candidates) => `Which one: ${listOf(candidates.map(spokenName), 'or')}?`,
  whichAccountReprompt: () => 'Which account? You can say its name or its last four digits.',
  accountNotFound: (heard) => heard
    ? `I couldn't find an account called ${bankText(heard)}. Which account would you like? You can say its name or its last four digits.`
    : 'I couldn\'t find that account. Which account would you like? You can say its name or its last four digits.',
  noAccounts: () => 'I don\'t see any accounts you\'ve shared with this skill. You can choose accounts when you link your bank. Is there anything else?',
  transactions: (account, items, today) =>
    `Your ${plural(items.length, 'most recent transaction', 'most recent transactions')} on ${spokenName(account)}: `
    + `${items.map((item) => itemPhrase(item, today, { withDay: true, markPending: true })).join('; ')}.`,
  noTransactions: (account) => `I don't see any recent transactions on ${spokenName(account)}.`,
  cardTitle: (topic) => ({ balance: 'Your balance', accounts: 'Your accounts', transactions: 'Recent transactions' })[topic],
  balanceCardLine,
  transactionCardLine: (item, today) =>
    `${formatPastDay(item.date, today, L)}: ${formatMoney(item.amount, L)} ${plainBankText(item.payee ?? item.description)}${item.memo ? ' (memo)' : ''}${item.pending ? ' (pending)' : ''}`,
  accountCardLine: (account) => cardName(account),
  bankUnavailable: () => 'Sorry, I can\'t reach your bank right now. Please try again in a few minutes.',
  bankForbidden: () => 'Sorry, your bank isn\'t letting me see that account right now. Please check with your bank.',
  accountGone: () => 'Sorry, that account is closed or no longer shared with this skill.',
  bankUnreadable: () => 'Sorry, I couldn\'t read what your bank sent. Please try again in a few minutes.',
  somethingWentWrong: () => 'Sorry, something went wrong on my side. Please try again.',
};
