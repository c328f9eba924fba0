import type { BankContact } from '../banking/contract';
import type { Money } from '../money/money';
import type { ActionMessages, OverdrawnStanding, RefusedAction } from './messages-actions';
import { spokenName } from './account-names';
import { formatMoney } from './format';
import { lowerFirst, periodPhrase } from './periods';
import { bankText, escapeSsml } from './ssml';

const L = 'en-US';
const money = (amount: Money): string => escapeSsml(formatMoney(amount, L, { absolute: true }));
const listOf = (items: readonly string[], conjunction: 'and' | 'or'): string =>
  items.length <= 2
    ? items.join(` ${conjunction} `)
    : `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1) ?? ''}`;
const phone = (contact: BankContact): string | undefined =>
  contact.phone ? `<say-as interpret-as="telephone">${escapeSsml(contact.phone)}</say-as>` : undefined;
const app = (contact: BankContact): string => escapeSsml(contact.appName);
/** "in the Harbor Bank app, or call 1-800-555-0134" — the app first; the phone when there is one. */
const where = (contact: BankContact): string => {
  const call = phone(contact);
  return call ? `in ${app(contact)}, or call your bank at ${call}` : `in ${app(contact)}`;
};
const anythingElse = 'Is there anything else?';

const REFUSALS: Readonly<Record<RefusedAction, (contact: BankContact) => string>> = {
  card: (c) => `I can't lock, unlock or freeze a card by voice. You can do that ${where(c)}.`,
  lost: (c) => {
    const call = phone(c);
    const now = call
      ? `Please call your bank now at ${call}, and lock the card in ${app(c)}.`
      : `Please contact your bank now, and lock the card in ${app(c)}.`;
    return `I can't report a lost or stolen card by voice. ${now}`;
  },
  dispute: (c) => `I can't dispute a charge by voice. To question a charge, go ${where(c)}.`,
  send: (c) => `I can't send money to other people or pay bills by voice. You can do that ${where(c)}.`,
  move: (c) => `I can't move money by voice. You can make transfers and payments ${where(c)}.`,
  change: (c) => `I can't change your details, PINs, limits or accounts by voice. You can do that ${where(c)}.`,
  person: (c) => {
    const call = phone(c);
    return call
      ? `I can't put you through to a person by voice. To talk to someone at your bank, call ${call}.`
      : `I can't put you through to a person by voice. To talk to someone at your bank, use the contact details ${where(c)}.`;
  },
};

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Overdrawn or not by the current (ledger) balance; where the bank sent only the available
 * balance, that is judged and the answer says so; a hold that puts the available balance below
 * zero on an account that is not overdrawn is said too.
 */
function overdrawnSentence(standings: readonly OverdrawnStanding[]): string {
  const over = standings.filter((s) => s.balance && s.balance.minor < 0);
  const fine = standings.filter((s) => s.balance && s.balance.minor >= 0);
  const unknown = standings.filter((s) => !s.balance);
  const overSaid = over.map((s) => `${spokenName(s.account)} is overdrawn by ${s.balance ? money(s.balance) : ''}`);
  const fineNames = fine.map((s) => spokenName(s.account));
  const fineSaid =
    fineNames.length === 0
      ? ''
      : fineNames.length === 1
        ? `${fineNames[0] ?? ''} isn't overdrawn`
        : `${listOf(fineNames, 'and')} aren't overdrawn`;
  const held = fine
    .filter((s) => s.basis === 'current' && s.available && s.available.minor < 0)
    .map(
      (s) =>
        ` Pending items put the available balance of ${spokenName(s.account)} ${s.available ? money(s.available) : ''} below zero.`,
    )
    .join('');
  const byAvailable = standings.filter((s) => s.basis === 'available').map((s) => spokenName(s.account));
  const basisSaid =
    byAvailable.length > 0
      ? ` Your bank didn't send the current balance of ${listOf(byAvailable, 'and')}, so I went by the available balance.`
      : '';
  const unknownSaid =
    unknown.length > 0
      ? ` Your bank didn't send a balance for ${listOf(
          unknown.map((s) => spokenName(s.account)),
          'and',
        )}.`
      : '';
  const rest = `${held}${basisSaid}${unknownSaid}`;
  if (over.length > 0) return `Yes. ${listOf(overSaid, 'and')}.${fineSaid ? ` ${capitalized(fineSaid)}.` : ''}${rest}`;
  return `${fineSaid ? `No. ${capitalized(fineSaid)}.` : ''}${rest}`.trim();
}

export const actionsEnUS: ActionMessages = {
  refused: (action, contact) => `${REFUSALS[action](contact)} ${anythingElse}`,
  netWorthRefused: () =>
    "I can't work out a net worth: I only see the accounts you've shared, not what else you own or owe. " +
    'I can tell you your balances, or how much cash you have in checking and savings. What would you like?',
  accountWithoutQuestion: (heard) =>
    `What would you like to know about ${heard ? `your ${bankText(heard)}` : 'that account'}? ` +
    "You can ask for its balance, its recent transactions, or what's pending on it.",
  overdrawn: (standings) => `${overdrawnSentence(standings)} Anything else?`,
  noDepositAccounts: () =>
    "I don't see a checking or savings account among the accounts you've shared. Is there anything else?",
  cash: ({ totals, included, fromCurrent, unknown, othersLeftOut }) => {
    const plus = totals.filter((t) => t.minor >= 0);
    const minus = totals.filter((t) => t.minor < 0);
    // An overdrawn total is never said as money to spend.
    const amounts =
      plus.length > 0
        ? `${listOf(plus.map(money), 'and')} to spend${minus.length > 0 ? `, and you're overdrawn by ${listOf(minus.map(money), 'and')}` : ''}`
        : `nothing to spend: you're overdrawn by ${listOf(minus.map(money), 'and')}`;
    const byAvailable = included.filter((account) => !fromCurrent.includes(account));
    const balances = [
      ...(byAvailable.length > 0 ? [`the available balance of ${listOf(byAvailable.map(spokenName), 'and')}`] : []),
      ...(fromCurrent.length > 0 ? [`the current balance of ${listOf(fromCurrent.map(spokenName), 'and')}`] : []),
    ];
    const what = `That's ${listOf(balances, 'and')}${included.length === 1 ? '' : `, added up${totals.length > 1 ? ' per currency' : ''}`}`;
    const noAvailable =
      fromCurrent.length > 0
        ? ` Your bank didn't send an available balance for ${listOf(fromCurrent.map(spokenName), 'and')}, so pending items may not be taken off.`
        : '';
    const left = othersLeftOut ? "; credit cards, lines of credit and loans aren't counted" : '';
    const missing =
      unknown.length > 0 ? ` Your bank didn't send a balance for ${listOf(unknown.map(spokenName), 'and')}.` : '';
    return `You have ${amounts}. ${what}${left}.${noAvailable}${missing} Anything else?`;
  },
  purchasesIntro: (count, range, today, account) =>
    `${periodPhrase(range, today, L)}, you made ${count === 1 ? '1 purchase' : `${count} purchases`} ${account ? `on your ${spokenName(account)}` : 'across your accounts'}.`,
  biggestIntro: (count, range, today, account, currencies = 1) =>
    `${periodPhrase(range, today, L)}, ${count === 1 ? 'your only purchase' : currencies > 1 ? 'your biggest purchases, largest first in each currency' : 'your biggest purchases, largest first'}, ${account ? `on your ${spokenName(account)}` : 'across your accounts'}:`,
  noPurchases: (range, today, account) =>
    `I don't see any purchases ${account ? `on your ${spokenName(account)} ` : ''}${lowerFirst(periodPhrase(range, today, L))}.`,
};
