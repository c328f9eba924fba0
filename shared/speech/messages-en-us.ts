import type { Messages } from './messages';
import { cardName, spokenName } from './account-names';
import { formatMoney, formatPastDay } from './format';
import { bankText, escapeSsml, plainBankText } from './ssml';
import { itemSentences, placePhrase, spendingEnUS } from './messages-en-us-money';
import { balanceBrief, balanceCardLine, balanceSentence } from './messages-en-us-balance';
import { pinEnUS } from './messages-en-us-pin';
import { limitsEnUS } from './messages-en-us-limits';
import { movementEnUS } from './messages-en-us-movement';
import { actionsEnUS } from './messages-en-us-actions';

const L = 'en-US';
const money = (amount: { minor: number; currency: string }): string =>
  escapeSsml(formatMoney(amount, L, { absolute: true }));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const listOf = (items: readonly string[], conjunction: 'and' | 'or'): string =>
  items.length <= 2
    ? items.join(` ${conjunction} `)
    : `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1) ?? ''}`;

export const enUS: Messages = {
  ...spendingEnUS,
  ...pinEnUS,
  ...limitsEnUS,
  ...movementEnUS,
  ...actionsEnUS,
  locale: L,
  welcome: () =>
    'Welcome back. You can ask for your balance, your recent transactions, how much you spent last month, or when your card payment is due. What would you like?',
  welcomeFirst: () =>
    "Welcome to your bank. You can ask things like: what's my balance, what are my recent transactions, or how much did I spend last month. What would you like?",
  welcomeHello: () =>
    'Hello. You can ask for your balance, your recent transactions, how much you spent last month, or when your card payment is due. What would you like?',
  followUpWithoutQuestion: () =>
    'What would you like to know about that? You can say "what\'s my balance" or "how much did I spend last month".',
  onlyAsOfNow: () =>
    'I can only tell you that as it is now, not for a past period. You can ask what you spent then, or what you bought. What would you like?',
  help: () =>
    'You can ask things like: what is my balance, what are my recent transactions, how much did I spend at Starbucks last month, ' +
    'do I have anything pending, or when is my card payment due. What would you like to know?',
  goodbye: () => 'Goodbye.',
  fallback: () =>
    'Sorry, I can\'t help with that. You can say "what\'s my balance" or "what are my recent transactions". What would you like?',
  whatElse: () => 'What would you like to know?',
  anythingElse: () => 'Anything else?',
  partialHistory: () => 'I could only read part of your history in time, so this may not be complete.',
  linkAccount: (via) =>
    ({
      platformApp:
        "To hear about your accounts, please link your bank account. I've sent a card to your app to do that.",
      signIn: 'To hear about your accounts, please link your bank account first.',
      bankApp:
        "To hear about your accounts, link this assistant in your bank's app or online banking, then ask me again.",
    })[via],
  relinkAccount: (via) =>
    ({
      platformApp:
        "Your link to your bank has expired or was turned off. Please link it again: I've sent a card to your app.",
      signIn: 'Your link to your bank has expired or was turned off. Please link it again.',
      bankApp:
        "Your link to your bank has expired or was turned off. Please link this assistant again in your bank's app or online banking.",
    })[via],
  nothingToContinue: () => "There's nothing more to read. What would you like to know?",
  accountCount: (count) => `You have ${plural(count, 'account', 'accounts')}.`,
  balance: balanceSentence,
  balanceBrief,
  offerMoreAccounts: (remaining) =>
    remaining === 1
      ? 'Would you like to hear the other account?'
      : `Would you like to hear the other ${remaining} accounts?`,
  accountList: (accounts) => `Your accounts are: ${listOf(accounts.map(spokenName), 'and')}.`,
  whichAccount: (candidates) => `Which one: ${listOf(candidates.map(spokenName), 'or')}?`,
  whichAccountReprompt: () => 'Which account? You can say its name or its last four digits.',
  accountNotFound: (heard) =>
    heard
      ? `I couldn't find an account called ${bankText(heard)}. Which account would you like? You can say its name or its last four digits.`
      : "I couldn't find that account. Which account would you like? You can say its name or its last four digits.",
  noAccounts: () =>
    "I don't see any accounts you've shared with this skill. You can choose accounts when you link your bank. Is there anything else?",
  transactions: (account, items, today) =>
    `Your ${plural(items.length, 'most recent transaction', 'most recent transactions')} on ${spokenName(account)}: ` +
    itemSentences(items, today, true),
  recentIntro: (account, shown, total, asked, cap) => {
    const capped = asked !== undefined && asked > cap ? `I can read up to ${cap} recent transactions. ` : '';
    const fewer =
      asked !== undefined && total < Math.min(asked, cap)
        ? `I see ${plural(total, 'transaction', 'transactions')} in the last 30 days. `
        : '';
    if (shown >= total)
      return `${capped}${fewer}Your ${plural(total, 'most recent transaction', 'most recent transactions')} on ${spokenName(account)}:`;
    return `${capped}${fewer}Here are your ${total} most recent transactions on ${spokenName(account)}, ${shown} at a time.`;
  },
  offerNext: (count) => (count === 1 ? 'Would you like the next one?' : `Would you like the next ${count}?`),
  narrowed: (s) => {
    const where = placePhrase(s.merchant, s.category);
    if (s.purchases === 0 || s.part.minor <= 0) return `None of it was${where}.`;
    if (s.part.minor === s.whole.minor) return `All of it, ${money(s.part)}, was${where}.`;
    return `${money(s.part)} of it was${where}, across ${plural(s.purchases, 'purchase', 'purchases')}.`;
  },
  noTransactions: (account) => `I don't see any recent transactions on ${spokenName(account)}.`,
  cardTitle: (topic) =>
    ({ balance: 'Your balance', accounts: 'Your accounts', transactions: 'Recent transactions' })[topic],
  balanceCardLine,
  transactionCardLine: (item, today) =>
    `${formatPastDay(item.date, today, L)}: ${formatMoney(item.amount, L)} ${plainBankText(item.payee ?? item.description)}${item.memo ? ' (memo)' : ''}${item.pending ? ' (pending)' : ''}`,
  accountCardLine: (account) => cardName(account),
  bankUnavailable: () => "Sorry, I can't reach your bank right now. Please try again in a few minutes.",
  bankForbidden: () => "Sorry, your bank isn't letting me see that account right now. Please check with your bank.",
  accountGone: () => 'Sorry, that account is closed or no longer shared with this skill.',
  bankUnreadable: () => "Sorry, I couldn't read what your bank sent. Please try again in a few minutes.",
  somethingWentWrong: () => 'Sorry, something went wrong on my side. Please try again.',
};
