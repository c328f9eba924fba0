import type { DateTime } from 'luxon';
import type { MovementMessages, MovementView } from './messages-movement';
import { cardName, spokenName } from './account-names';
import { formatDate, formatMoney } from './format';
import { escapeSsml, sayDigits } from './ssml';

const L = 'en-US';
const money = (amount: { minor: number; currency: string }): string =>
  escapeSsml(formatMoney(amount, L, { absolute: true }));
const nothingMoved = 'No money was moved.';
const reference = (last4: string | undefined): string =>
  last4 ? ` Your bank's reference ends in ${sayDigits(last4)}.` : '';
const what = (view: MovementView): string =>
  `${money(view.amount)} from ${spokenName(view.from)} to ${spokenName(view.to)}`;
const onDay = (day: DateTime, today: DateTime): string =>
  `${day.hasSame(today, 'day') ? 'today, ' : ''}${escapeSsml(formatDate(day, today, L))}`;

export const movementEnUS: MovementMessages = {
  movementOff: () =>
    "I can't move money by voice. You can make transfers and payments in your bank's app or on its website. Is there anything else?",
  movementHowTo: () =>
    'Tell me the amount and both accounts, for example: transfer 200 dollars from checking to savings.',
  movementConfirm: (view, today) =>
    `To confirm: move ${what(view)}, ${onDay(view.day, today)}. Should I go ahead? Say yes to move the money.`,
  movementConfirmReprompt: () => 'Say yes to move the money, or no to cancel.',
  movementCancelled: () => `Okay, I've cancelled that. ${nothingMoved}`,
  movementDone: (view, last4) => `Done: ${what(view)}.${reference(last4)}`,
  movementAccepted: (view, last4) => `Your bank has accepted ${what(view)} and is processing it.${reference(last4)}`,
  movementNoFunds: (from) => `Your bank declined it: there isn't enough money in ${spokenName(from)}. ${nothingMoved}`,
  movementClosed: () => `Your bank declined it because one of those accounts is closed. ${nothingMoved}`,
  movementOverMax: (max) =>
    `That's more than the ${money(max)} I can move in one go by voice. ${nothingMoved} You can move larger amounts in your bank's app.`,
  movementOverDaily: (max, left) =>
    `That would go over today's voice limit of ${money(max)}; you can still move ${money(left)} today. ${nothingMoved}`,
  movementBankLimit: () => `Your bank declined it because it's over the bank's transfer limit. ${nothingMoved}`,
  movementBankRefused: () => `Your bank declined that transfer. ${nothingMoved} Please check with your bank.`,
  movementUnavailable: () =>
    `Sorry, I couldn't reach your bank, so no money was moved. Please try again in a few minutes.`,
  movementUnknown: () =>
    'Your bank hasn\'t confirmed the transfer yet, and I won\'t send it twice. Ask me "did my transfer go through" in a minute.',
  movementInProgress: () =>
    'That transfer is already on its way to your bank. Ask me "did my transfer go through" in a moment.',
  movementNoneRecent: () => "I don't see a transfer or payment you've made by voice today. Is there anything else?",
  movementSameAccount: () =>
    `The money has to go to a different account. ${nothingMoved} Tell me the amount and both accounts, for example: transfer 200 dollars from checking to savings.`,
  movementNotFrom: (account) =>
    `I can only move money out of a checking or savings account, not ${spokenName(account)}. ${nothingMoved}`,
  movementAccountClosed: (account) =>
    `${spokenName(account)} is closed, so I can't move money to or from it. ${nothingMoved}`,
  movementNoCard: () => "I don't see a credit card to pay among the accounts you've shared. Is there anything else?",
  movementNoLoan: () => "I don't see a loan to pay among the accounts you've shared. Is there anything else?",
  movementCurrency: () => `I can only move money between accounts in the same currency. ${nothingMoved}`,
  movementPinNeeded: () => `For your security I need your voice PIN first. ${nothingMoved} Please ask again.`,
  movementSayLastFour: () => 'Please ask again and name the account by its last four digits.',
  movementNothingWaiting: () => `There's no transfer waiting for your yes. ${nothingMoved} Is there anything else?`,
  movementExpired: () =>
    `That transfer waited too long for a yes, so I've cancelled it. ${nothingMoved} Please ask again if you still want to make it.`,
  movementNotReceived: () =>
    `Your bank never received that transfer, so ${nothingMoved.toLowerCase()} Please ask again if you still want to make it.`,
  movementStoreDown: () => `Sorry, I can't move money right now. ${nothingMoved} Please try again in a few minutes.`,
  cardPaymentChoice: (card, statement, minimum) => {
    const facts = [
      statement ? `the statement balance is ${money(statement)}` : '',
      minimum ? `the minimum payment is ${money(minimum)}` : '',
    ].filter(Boolean);
    const known = facts.length > 0 ? `On your ${spokenName(card)}, ${facts.join(' and ')}. ` : '';
    const options = [statement ? 'the statement balance' : '', minimum ? 'the minimum' : '', 'another amount'].filter(
      Boolean,
    );
    return `${known}Would you like to pay ${options.length > 2 ? `${options.slice(0, -1).join(', ')}, or ${options.at(-1) ?? ''}` : options.join(' or ')}?`;
  },
  paymentChoiceReprompt: () => 'Say the statement balance, the minimum, or an amount, like 50 dollars.',
  paymentAmountMissing: () => "Your bank didn't report that amount. Please say an amount, like 50 dollars.",
  movementCardTitle: () => 'Money moved',
  movementCardLines: (view, today, last4) => [
    `${formatMoney(view.amount, L)} from ${cardName(view.from)} to ${cardName(view.to)}`,
    `Date: ${formatDate(view.day, today, L)}`,
    ...(last4 ? [`Bank reference: ••${last4}`] : []),
  ],
};
