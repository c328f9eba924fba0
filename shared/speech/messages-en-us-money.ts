import type { DateTime } from 'luxon';
import type { CreditDetails, Transaction } from '../bank/types';
import type { Money } from '../money/money';
import { spokenName } from './account-names';
import { formatDate, formatMoney, formatPastDay } from './format';
import { periodPhrase, relativeDays } from './periods';
import { bankText, escapeSsml } from './ssml';
import type { SpendingMessages, SpendingSummary } from './messages';

const L = 'en-US';
const money = (amount: Money): string => escapeSsml(formatMoney(amount, L, { absolute: true }));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const listAnd = (items: readonly string[]): string =>
  items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;

/** "$23.10 at Trader Joe's" / "a $2,250.00 credit from ACME Payroll", with the day when asked. */
export function itemPhrase(item: Transaction, today: DateTime, options: { withDay: boolean; markPending: boolean }): string {
  const who = bankText(item.payee ?? item.description);
  const what = item.memo ? `a ${money(item.amount)} memo about ${who}, not money in or out`
    : item.amount.minor >= 0 ? `a ${money(item.amount)} credit from ${who}` : `${money(item.amount)} at ${who}`;
  const when = options.withDay ? `${formatPastDay(item.date, today, L)}, ` : '';
  return `${item.pending && options.markPending ? 'pending, ' : ''}${when}${what}`;
}

/** Categories people eat or drink "at"; the rest they spend "on". */
const AT_CATEGORIES = new Set(['restaurants', 'coffee']);

function where(summary: SpendingSummary): string {
  const { merchant, category, account } = summary;
  const at = merchant ? ` at ${bankText(merchant)}`
    : category ? ` ${AT_CATEGORIES.has(category) ? 'at' : 'on'} ${bankText(category)}` : '';
  return `${at}${account ? ` on your ${spokenName(account)}` : ''}`;
}

/** "yesterday", "on Tuesday", "on November 3". */
function onDay(date: DateTime, today: DateTime): string {
  const day = formatPastDay(date, today, L);
  return day === 'today' || day === 'yesterday' ? day : `on ${day}`;
}

function dueSentence(card: CreditDetails, today: DateTime, due: DateTime): string {
  const rel = relativeDays(due, today);
  const day = `${due.setLocale(L).toFormat('cccc')}, ${formatDate(due, today, L)}`;
  if (rel.days === 0) return `Your ${spokenName(card.account)} has a payment due today.`;
  if (rel.days > 0) return `Your ${spokenName(card.account)} has a payment due ${rel.words}, on ${day}.`;
  return `The last payment due date on your ${spokenName(card.account)} was ${day}.`;
}

/** Statement balance and minimum payment: what the bank sent, and plainly what it did not. */
function statementSentence(card: CreditDetails): string {
  const known = [
    card.statementBalance ? `the statement balance is ${money(card.statementBalance)}` : '',
    card.minimumDue ? `the minimum payment is ${money(card.minimumDue)}` : '',
  ].filter(Boolean);
  const unknown = [card.statementBalance ? '' : 'the statement balance', card.minimumDue ? '' : 'the minimum payment'].filter(Boolean);
  const said = known.length > 0 ? `${capitalise(known.join(' and '))}.` : '';
  const missing = unknown.length > 0 ? `I don't have ${unknown.join(' or ')} for that card.` : '';
  return [said, missing].filter(Boolean).join(' ');
}

function creditSentence(card: CreditDetails): string {
  if (card.availableCredit && card.creditLine) return `You have ${money(card.availableCredit)} of credit available, of your ${money(card.creditLine)} limit.`;
  if (card.availableCredit) return `You have ${money(card.availableCredit)} of credit available.`;
  if (card.creditLine) return `Your credit limit is ${money(card.creditLine)}.`;
  return '';
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const spendingEnUS: SpendingMessages = {
  spent: (s, today) => {
    if (s.net.minor < 0) {
      return `${periodPhrase(s.range, today, L)}, your refunds${where(s)} came to ${money(s.net)} more than your ${plural(s.purchases, 'purchase', 'purchases')}.`;
    }
    const refunds = s.refunds.minor > 0 ? `, after ${money(s.refunds)} in refunds` : '';
    const pending = s.pending > 0 ? `, ${s.pending} of them pending` : '';
    return `${periodPhrase(s.range, today, L)}, you spent ${money(s.net)}${where(s)}, across ${plural(s.purchases, 'purchase', 'purchases')}${pending}${refunds}.`;
  },
  nothingSpent: (s, today) => `I didn't find any purchases${where(s)} ${periodPhrase(s.range, today, L).replace(/^On/, 'on').replace(/^Between/, 'between')}.`,
  seasonNote: () => 'Seasons are counted as in the northern hemisphere.',
  whichMerchant: (names) => `Did you mean ${names.map(bankText).join(', or ')}?`,
  whichMerchantReprompt: () => 'Which one? You can say its name.',
  periodFuture: () => 'I can only tell you about money that has already moved. Would you like to ask about last month, or this week?',
  periodBeforeHistory: (days) => `Your bank shares the last ${days} days with me, so I can't look that far back. Would you like to ask about last month, or this week?`,
  periodMalformed: () => 'Sorry, I didn\'t catch the time period. You can say things like last month, this week, or last weekend.',
  itemsIntro: (count, range, today, account) => `${periodPhrase(range, today, L)}, there ${count === 1 ? 'is 1 transaction' : `are ${count} transactions`} on your ${spokenName(account)}.`,
  items: (items, today, markPending) => `${listAnd(items.map((item) => itemPhrase(item, today, { withDay: true, markPending })))}.`,
  noItems: (range, today, account) => `I don't see any transactions on your ${spokenName(account)} ${periodPhrase(range, today, L).replace(/^On/, 'on').replace(/^Between/, 'between')}.`,
  offerMoreItems: () => 'Would you like to hear more?',
  pendingSummary: (count, total, accountNames) =>
    `You have ${plural(count, 'pending transaction', 'pending transactions')} on ${listAnd(accountNames.map(spokenName))}, ${money(total)} in total:`,
  noPending: () => 'You don\'t have any pending transactions.',
  cardDetails: (card, today) => [
    card.dueDate ? dueSentence(card, today, today.set(isoDay(card.dueDate))) : `I don't have a payment due date for your ${spokenName(card.account)}.`,
    statementSentence(card),
    creditSentence(card),
  ].filter(Boolean).join(' '),
  noCards: () => 'I don\'t see a credit card or line of credit among the accounts you\'ve shared.',
  lastTransaction: (item, today) => {
    const who = bankText(item.payee ?? item.description);
    const what = item.memo ? `Your last memo about ${who}` : item.amount.minor >= 0 ? `Your last credit from ${who}` : `Your last payment to ${who}`;
    return `${what} was ${money(item.amount)}, ${onDay(item.date, today)}${item.pending ? ', and it is still pending' : ''}.`;
  },
  noLastTransaction: (heard, days) => heard
    ? `I didn't find anything with ${bankText(heard)} in the last ${days} days.`
    : `I didn't find a paycheck in the last ${days} days.`,
  interestEarned: (s, today) => {
    const period = periodPhrase(s.range, today, L);
    const covered = s.historyDays ? `Your bank shares the last ${s.historyDays} days with me. ` : '';
    if (s.credits === 0) return `${covered}I didn't find any interest paid to you ${period.replace(/^On/, 'on').replace(/^Between/, 'between')}.`;
    return `${covered}${period}, you earned ${money(s.total)} in interest, from ${plural(s.credits, 'interest payment', 'interest payments')}.`;
  },
  loanPayment: (loan, today) => {
    const amount = loan.nextPaymentAmount ? ` of ${money(loan.nextPaymentAmount)}` : '';
    const left = loan.principal ? `${money(loan.principal)} is left to pay.` : 'I don\'t have the balance left to pay.';
    if (!loan.nextPaymentDate) return `I don't have the next payment date for your ${spokenName(loan.account)}. ${left}`;
    const due = today.set(isoDay(loan.nextPaymentDate));
    const rel = relativeDays(due, today);
    const when = rel.days >= 0 ? `is due ${rel.words}, on ${due.setLocale(L).toFormat('cccc')}, ${formatDate(due, today, L)}` : `was due on ${formatDate(due, today, L)}`;
    return `The next payment${amount} on your ${spokenName(loan.account)} ${when}. ${left}`;
  },
  pinNotNeeded: () => 'You don\'t need a PIN right now. What would you like to know?',
};

/** A calendar date `YYYY-MM-DD` as luxon set-values, so it lands in the user's zone unchanged. */
function isoDay(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}
