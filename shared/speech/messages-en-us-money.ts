import type { DateTime } from 'luxon';
import type { CreditDetails, Transaction } from '../bank/types';
import type { Money } from '../money/money';
import { spokenName } from './account-names';
import { formatDate, formatMoney, formatPastDay } from './format';
import { lowerFirst, periodPhrase, relativeDays, sincePhrase } from './periods';
import { bankText, escapeSsml } from './ssml';
import type { SpendingMessages, SpendingSummary } from './messages';

const L = 'en-US';
const money = (amount: Money): string => escapeSsml(formatMoney(amount, L, { absolute: true }));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const listAnd = (items: readonly string[]): string =>
  items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;

/** A debit that moves money rather than buys something: a card or loan payment, or a transfer. */
function movedKind(item: Transaction): 'payment' | 'transfer' | undefined {
  const text = `${item.transactionType ?? ''} ${item.category ?? ''} ${item.description}`;
  if (/\b(BILLPAYMENT|PAYMENT)\b/i.test(text) && !/\bPOS\b/i.test(text)) return 'payment';
  if (/\b(TRANSFER|XFER)\b/i.test(text)) return 'transfer';
  return undefined;
}

/** "a" or "an" before a spoken amount: "an $8.00 refund", "an $11.50 credit", "a $100.00 payment". */
function article(amount: Money): string {
  const dollars = String(Math.floor(Math.abs(amount.minor) / 100));
  const eleven = dollars.length % 3 === 2 && (dollars.startsWith('11') || dollars.startsWith('18'));
  return dollars.startsWith('8') || eleven ? 'an' : 'a';
}

/** "$23.10 at Trader Joe's" / "a $2,250.00 credit from ACME Payroll" / "a $600.00 payment to Rewards Card". */
function whatPhrase(item: Transaction): string {
  const who = bankText(item.payee ?? item.description);
  const a = article(item.amount);
  if (item.memo) return `${a} ${money(item.amount)} memo about ${who}, not money in or out`;
  const moved = movedKind(item);
  if (item.amount.minor >= 0)
    return moved ? `${a} ${money(item.amount)} ${moved} from ${who}` : `${a} ${money(item.amount)} credit from ${who}`;
  return moved ? `${a} ${money(item.amount)} ${moved} to ${who}` : `${money(item.amount)} at ${who}`;
}

/**
 * One item as a sentence of its own, so a list can be followed by ear: "Yesterday, $18.75 at Uber, pending."
 * Without the day: "$18.75 at Uber, pending."
 */
export function itemPhrase(
  item: Transaction,
  today: DateTime,
  options: { withDay: boolean; markPending: boolean },
): string {
  const when = options.withDay ? `${formatPastDay(item.date, today, L)}, ` : '';
  const said = `${when}${whatPhrase(item)}${item.pending && options.markPending ? ', pending' : ''}`;
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
}

/** Items read one sentence each. */
export function itemSentences(items: readonly Transaction[], today: DateTime, markPending: boolean): string {
  return items.map((item) => itemPhrase(item, today, { withDay: true, markPending })).join(' ');
}

/** Categories people eat or drink "at"; the rest, coffee included, they spend "on". */
const AT_CATEGORIES = new Set(['restaurants']);

/** " at Starbucks" / " on coffee" / " at restaurants": where the money went, as people say it. */
export function placePhrase(merchant: string | undefined, category: string | undefined): string {
  return merchant
    ? ` at ${bankText(merchant)}`
    : category
      ? ` ${AT_CATEGORIES.has(category) ? 'at' : 'on'} ${bankText(category)}`
      : '';
}

function where(summary: SpendingSummary): string {
  const { merchant, category, account } = summary;
  return `${placePhrase(merchant, category)}${account ? ` on your ${spokenName(account)}` : ''}`;
}

/** The period opening an answer; when the bank's history began later, says what is covered. */
function leadPhrase(s: { range: SpendingSummary['range']; historyDays?: number }, today: DateTime): string {
  return s.historyDays
    ? `Your bank shares the last ${s.historyDays} days: ${sincePhrase(s.range, today, L)}`
    : periodPhrase(s.range, today, L);
}

/** The period inside a sentence ("I didn't find any purchases last month, in November"). */
function innerPhrase(s: { range: SpendingSummary['range']; historyDays?: number }, today: DateTime): string {
  return s.historyDays
    ? `${sincePhrase(s.range, today, L)}, the part of the period your bank shares`
    : lowerFirst(periodPhrase(s.range, today, L));
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
  const unknown = [
    card.statementBalance ? '' : 'the statement balance',
    card.minimumDue ? '' : 'the minimum payment',
  ].filter(Boolean);
  const said = known.length > 0 ? `${capitalise(known.join(' and '))}.` : '';
  const missing = unknown.length > 0 ? `I don't have ${unknown.join(' or ')} for that card.` : '';
  return [said, missing].filter(Boolean).join(' ');
}

function creditSentence(card: CreditDetails): string {
  if (card.availableCredit && card.creditLine)
    return `You have ${money(card.availableCredit)} of credit available, of your ${money(card.creditLine)} limit.`;
  if (card.availableCredit) return `You have ${money(card.availableCredit)} of credit available.`;
  if (card.creditLine) return `Your credit limit is ${money(card.creditLine)}.`;
  return '';
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const spendingEnUS: SpendingMessages = {
  spent: (s, today) => {
    if (s.net.minor < 0) {
      return `${leadPhrase(s, today)}, your refunds${where(s)} came to ${money(s.net)} more than your ${plural(s.purchases, 'purchase', 'purchases')}.`;
    }
    const refunds = s.refunds.minor > 0 ? `, after ${money(s.refunds)} in refunds` : '';
    const pending = s.pending > 0 ? `, ${s.pending} of them pending` : '';
    return `${leadPhrase(s, today)}, you spent ${money(s.net)}${where(s)}, across ${plural(s.purchases, 'purchase', 'purchases')}${pending}${refunds}.`;
  },
  nothingSpent: (s, today) => `I didn't find any purchases${where(s)} ${innerPhrase(s, today)}.`,
  seasonNote: () => 'Seasons are counted as in the northern hemisphere.',
  whichMerchant: (names) => `Did you mean ${names.map(bankText).join(', or ')}?`,
  whichMerchantReprompt: () => 'Which one? You can say its name.',
  periodFuture: () =>
    'I can only tell you about money that has already moved. Would you like to ask about last month, or this week?',
  periodBeforeHistory: (days) =>
    `Your bank shares the last ${days} days with me, so I can't look that far back. Would you like to ask about last month, or this week?`,
  periodMalformed: () =>
    "Sorry, I didn't catch the time period. You can say things like last month, this week, or last weekend.",
  itemsIntro: (count, range, today, account, historyDays) =>
    `${leadPhrase({ range, ...(historyDays ? { historyDays } : {}) }, today)}, there ${count === 1 ? 'is 1 transaction' : `are ${count} transactions`} on your ${spokenName(account)}.`,
  items: itemSentences,
  noItems: (range, today, account, historyDays) =>
    `I don't see any transactions on your ${spokenName(account)} ${innerPhrase({ range, ...(historyDays ? { historyDays } : {}) }, today)}.`,
  offerMoreItems: () => 'Would you like to hear more?',
  pendingSummary: (count, total, accountNames) =>
    `You have ${plural(count, 'pending transaction', 'pending transactions')} on ${listAnd(accountNames.map(spokenName))}, ${money(total)} in total.`,
  noPending: () => "You don't have any pending transactions.",
  cardDetails: (card, today) =>
    [
      card.dueDate
        ? dueSentence(card, today, today.set(isoDay(card.dueDate)))
        : `I don't have a payment due date for your ${spokenName(card.account)}.`,
      statementSentence(card),
      creditSentence(card),
    ]
      .filter(Boolean)
      .join(' '),
  noCards: () => "I don't see a credit card or line of credit among the accounts you've shared.",
  lastTransaction: (item, today) => {
    const who = bankText(item.payee ?? item.description);
    const what = item.memo
      ? `Your last memo about ${who}`
      : item.amount.minor >= 0
        ? `Your last credit from ${who}`
        : `Your last payment to ${who}`;
    return `${what} was ${money(item.amount)}, ${onDay(item.date, today)}${item.pending ? ', and it is still pending' : ''}.`;
  },
  noLastTransaction: (heard, days) =>
    heard
      ? `I didn't find anything with ${bankText(heard)} in the last ${days} days.`
      : `I didn't find a paycheck in the last ${days} days.`,
  interestEarned: (s, today) => {
    const lead = leadPhrase(s, today);
    if (s.credits === 0) {
      return s.historyDays
        ? `Your bank shares the last ${s.historyDays} days: I didn't find any interest paid to you ${sincePhrase(s.range, today, L)}.`
        : `I didn't find any interest paid to you ${lowerFirst(lead)}.`;
    }
    return `${lead}, you earned ${money(s.total)} in interest, from ${plural(s.credits, 'interest payment', 'interest payments')}.`;
  },
  loanPayment: (loan, today) => {
    const amount = loan.nextPaymentAmount ? ` of ${money(loan.nextPaymentAmount)}` : '';
    const left = loan.principal ? `${money(loan.principal)} is left to pay.` : "I don't have the balance left to pay.";
    if (!loan.nextPaymentDate)
      return `I don't have the next payment date for your ${spokenName(loan.account)}. ${left}`;
    const due = today.set(isoDay(loan.nextPaymentDate));
    const rel = relativeDays(due, today);
    const when =
      rel.days >= 0
        ? `is due ${rel.words}, on ${due.setLocale(L).toFormat('cccc')}, ${formatDate(due, today, L)}`
        : `was due on ${formatDate(due, today, L)}`;
    return `The next payment${amount} on your ${spokenName(loan.account)} ${when}. ${left}`;
  },
  pinNotNeeded: () => "You don't need a PIN right now. What would you like to know?",
};

/** A calendar date `YYYY-MM-DD` as luxon set-values, so it lands in the user's zone unchanged. */
function isoDay(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}
