import type { AccountDetails } from '../bank/types';
import type { Money } from '../money/money';
import { cardName, spokenName } from './account-names';
import { formatMoney } from './format';
import { escapeSsml } from './ssml';

/**
 * en-US balance sentences, one per account kind. Every balance is optional in FDX: an absent one
 * is said to be unknown, never invented, and never fails the answer. Debts are said as owed.
 */

const L = 'en-US';
const money = (amount: Money): string => escapeSsml(formatMoney(amount, L, { absolute: true }));

function depositSentence(name: string, current: Money | undefined, available: Money | undefined): string {
  const shown = available ?? current;
  if (shown === undefined) return `I don't have a balance for ${name} right now.`;
  if (shown.minor < 0) return `${name} is overdrawn by ${money(shown)}.`;
  const label = available ? 'available' : 'in it';
  const extra =
    available && current && available.minor !== current.minor
      ? ` The current balance is ${current.minor < 0 ? 'overdrawn by ' : ''}${money(current)}.`
      : '';
  return `${name} has ${money(shown)} ${label}.${extra}`;
}

function owedPhrase(owed: Money): string {
  if (owed.minor > 0) return `you owe ${money(owed)}`;
  return owed.minor < 0 ? `you have a credit of ${money(owed)}` : 'you owe nothing';
}

function creditSentence(name: string, owed: Money | undefined, availableCredit: Money | undefined): string {
  const credit = availableCredit ? `${money(availableCredit)} of credit available` : '';
  if (owed === undefined) {
    return credit
      ? `On your ${name}, you have ${credit}. I don't have the balance owed.`
      : `I don't have the balance for your ${name} right now.`;
  }
  return `On your ${name}, ${owedPhrase(owed)}${credit ? `, with ${credit}` : ''}.`;
}

/** Investments, insurance and annuities are worth something; a debt listed as "other" is owed. */
function otherSentence(name: string, current: Money | undefined, debt: boolean): string {
  if (current === undefined) return `I can't read a balance for ${name} yet.`;
  return debt ? `On your ${name}, ${owedPhrase(current)}.` : `${name} is worth ${money(current)}.`;
}

/** The spoken balance of one account. */
export function balanceSentence(details: AccountDetails): string {
  const name = spokenName(details.account);
  switch (details.kind) {
    case 'deposit':
      return depositSentence(name, details.current, details.available);
    case 'credit':
      return creditSentence(name, details.owed, details.availableCredit);
    case 'loan':
      return details.principal
        ? `Your ${name} has ${money(details.principal)} left to pay.`
        : `I don't have the balance left to pay on your ${name} right now.`;
    case 'other':
      return otherSentence(name, details.current, details.account.debt === true);
  }
}

/**
 * The balance said briefly, for answers about several accounts (issue 14: at most about 45 words for
 * three): the spendable amount or what is owed, nothing else. The card carries the rest.
 */
export function balanceBrief(details: AccountDetails): string {
  const name = spokenName(details.account);
  if (details.kind === 'deposit') {
    const shown = details.available ?? details.current;
    if (shown === undefined) return `I don't have a balance for ${name}.`;
    return shown.minor < 0
      ? `${name} is overdrawn by ${money(shown)}.`
      : `${name} has ${money(shown)}${details.available ? ' available' : ''}.`;
  }
  if (details.kind === 'credit')
    return details.owed === undefined
      ? creditSentence(name, undefined, details.availableCredit)
      : `On your ${name}, ${owedPhrase(details.owed)}.`;
  return balanceSentence(details);
}

/** One line of the balance card; an unknown balance is left out, not shown as zero. */
export function balanceCardLine(details: AccountDetails): string {
  const name = cardName(details.account);
  const line = (amount: Money | undefined, what: string): string =>
    amount ? `${name}: ${formatMoney(amount, L)} ${what}` : name;
  switch (details.kind) {
    case 'deposit':
      return line(details.available ?? details.current, 'available');
    case 'credit':
      return line(details.owed, 'owed');
    case 'loan':
      return line(details.principal, 'left to pay');
    case 'other':
      return line(details.current, details.account.debt ? 'owed' : 'value');
  }
}
