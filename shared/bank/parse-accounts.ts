import type { AccountKind, AccountSummary } from './types';
import type { WireAccount } from './wire';

/** Account types whose kind is clear from the type alone, whatever the category says. */
const KIND_BY_TYPE: Readonly<Record<string, AccountKind>> = {
  CHECKING: 'deposit', SAVINGS: 'deposit', CD: 'deposit', MONEYMARKET: 'deposit', ESCROW: 'deposit',
  CREDITCARD: 'creditCard', CHARGE: 'creditCard',
  LINEOFCREDIT: 'lineOfCredit', HOMELINEOFCREDIT: 'lineOfCredit', HOMEEQUITYLINEOFCREDIT: 'lineOfCredit',
  LOAN: 'loan', MORTGAGE: 'loan', AUTOLOAN: 'loan', HOMEEQUITYLOAN: 'loan', STUDENTLOAN: 'loan',
  PERSONALLOAN: 'loan', INSTALLMENT: 'loan', CONSUMERLOAN: 'loan', COMMERCIALLOAN: 'loan', SMBLOAN: 'loan',
  MILITARYLOAN: 'loan',
};

/** Fallback when the type is unknown or absent. */
const KIND_BY_CATEGORY: Readonly<Record<string, AccountKind>> = {
  DEPOSIT_ACCOUNT: 'deposit',
  LOC_ACCOUNT: 'lineOfCredit',
  LOAN_ACCOUNT: 'loan',
  INVESTMENT_ACCOUNT: 'investment',
};

/** Kind from `accountType` first (most specific), then `accountCategory`, else 'other'. */
export function accountKind(account: Pick<WireAccount, 'accountType' | 'accountCategory'>): AccountKind {
  const byType = account.accountType === undefined ? undefined : KIND_BY_TYPE[account.accountType];
  const byCategory = account.accountCategory === undefined ? undefined : KIND_BY_CATEGORY[account.accountCategory];
  return byType ?? byCategory ?? 'other';
}

/**
 * The last four digits of a masked account number (`...4821`, `xxxx-4821`, `****4821`), or
 * undefined when it shows fewer than four. Nothing longer than four digits is ever kept.
 */
export function lastFourDigits(display: string | undefined): string | undefined {
  if (display === undefined) return undefined;
  const digits = display.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : undefined;
}

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Maps a checked FDX account descriptor to the domain summary. */
export function toAccountSummary(account: WireAccount): AccountSummary {
  const nickname = trimmed(account.nickname);
  const productName = trimmed(account.productName);
  const last4 = lastFourDigits(account.accountNumberDisplay);
  return {
    id: account.accountId,
    kind: accountKind(account),
    type: account.accountType ?? 'UNKNOWN',
    ...(nickname === undefined ? {} : { nickname }),
    ...(productName === undefined ? {} : { productName }),
    ...(last4 === undefined ? {} : { last4 }),
    status: account.status || 'UNKNOWN',
    currency: account.currencyCode ?? 'USD',
  };
}
