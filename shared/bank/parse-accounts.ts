import type { AccountKind, AccountSummary } from './types';
import type { WireAccount } from './wire';
import { ownValue } from '../own-lookup';

/** Account types whose kind is clear from the type alone, whatever the category says. */
const KIND_BY_TYPE: Readonly<Record<string, AccountKind>> = {
  CHECKING: 'deposit',
  SAVINGS: 'deposit',
  CD: 'deposit',
  MONEYMARKET: 'deposit',
  ESCROW: 'deposit',
  HIGHINTERESTSAVINGSACCOUNT: 'deposit',
  FIRSTHOMESAVINGSACCOUNT: 'deposit',
  OTHERDEPOSIT: 'deposit',
  COMMERCIALDEPOSIT: 'deposit',
  CREDITCARD: 'creditCard',
  CHARGE: 'creditCard',
  LINEOFCREDIT: 'lineOfCredit',
  HOMELINEOFCREDIT: 'lineOfCredit',
  HOMEEQUITYLINEOFCREDIT: 'lineOfCredit',
  COMMERCIALLINEOFCREDIT: 'lineOfCredit',
  LOAN: 'loan',
  MORTGAGE: 'loan',
  AUTOLOAN: 'loan',
  HOMEEQUITYLOAN: 'loan',
  STUDENTLOAN: 'loan',
  PERSONALLOAN: 'loan',
  INSTALLMENT: 'loan',
  CONSUMERLOAN: 'loan',
  COMMERCIALLOAN: 'loan',
  SMBLOAN: 'loan',
  MILITARYLOAN: 'loan',
  BUYNOWPAYLATER: 'loan',
  BNPL: 'loan',
  COMMERCIALINVESTMENT: 'investment',
  ANNUITY: 'annuity',
  FIXEDANNUITY: 'annuity',
  VARIABLEANNUITY: 'annuity',
  LONGTERMDISABILITY: 'insurance',
  SHORTTERMDISABILITY: 'insurance',
  UNIVERSALLIFE: 'insurance',
  WHOLELIFE: 'insurance',
  TERMLIFE: 'insurance',
};

/** Fallback when the type is unknown or absent. */
const KIND_BY_CATEGORY: Readonly<Record<string, AccountKind>> = {
  DEPOSIT_ACCOUNT: 'deposit',
  LOC_ACCOUNT: 'lineOfCredit',
  LOAN_ACCOUNT: 'loan',
  INVESTMENT_ACCOUNT: 'investment',
  INSURANCE_ACCOUNT: 'insurance',
  ANNUITY_ACCOUNT: 'annuity',
};

const DEBT_KINDS: ReadonlySet<AccountKind> = new Set(['creditCard', 'lineOfCredit', 'loan']);

/** Kind from `accountType` first (most specific), then `accountCategory`, else 'other'. */
export function accountKind(account: Pick<WireAccount, 'accountType' | 'accountCategory'>): AccountKind {
  // "BUY_NOW_PAY_LATER", "BNPL_LOAN": spellings vary, the meaning (a debt) does not.
  if (account.accountType !== undefined && /^(?:BUY_?NOW_?PAY_?LATER|BNPL)/.test(account.accountType)) return 'loan';
  const byType = ownValue(KIND_BY_TYPE, account.accountType);
  const byCategory = ownValue(KIND_BY_CATEGORY, account.accountCategory);
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

/** Bank text longer than this is cut at a word (a 2,000-character nickname is not a name). */
export const MAX_NAME_CHARS = 60;

/** Trimmed, whitespace collapsed, at most {@link MAX_NAME_CHARS} characters (cut at a word). */
export function shortText(value: string | undefined, max = MAX_NAME_CHARS): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (text === undefined || text === '') return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).lastIndexOf(' ');
  return text.slice(0, cut > max / 2 ? cut : max).trim();
}

/** Maps a checked FDX account descriptor to the domain summary. */
export function toAccountSummary(account: WireAccount): AccountSummary {
  const nickname = shortText(account.nickname);
  const productName = shortText(account.productName);
  const last4 = lastFourDigits(account.accountNumberDisplay);
  const kind = accountKind(account);
  const debt = DEBT_KINDS.has(kind) || account.balanceType === 'LIABILITY';
  return {
    id: account.accountId,
    kind,
    type: account.accountType ?? 'UNKNOWN',
    ...(nickname === undefined ? {} : { nickname }),
    ...(productName === undefined ? {} : { productName }),
    ...(last4 === undefined ? {} : { last4 }),
    status: account.status || 'UNKNOWN',
    currency: account.currencyCode ?? 'USD',
    ...(debt ? { debt } : {}),
  };
}
