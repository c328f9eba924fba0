import type { AccountSummary } from '../bank/types';
import { escapeSsml, plainBankText, sayDigits } from './ssml';
import { ownValue } from '../own-lookup';

/** Spoken words for FDX account types; unknown types fall back to "account". */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  CHECKING: 'checking',
  SAVINGS: 'savings',
  MONEYMARKET: 'money market',
  CD: 'certificate of deposit',
  CREDITCARD: 'credit card',
  LINEOFCREDIT: 'line of credit',
  HOMEEQUITYLINEOFCREDIT: 'home equity line',
  MORTGAGE: 'mortgage',
  AUTOLOAN: 'car loan',
  STUDENTLOAN: 'student loan',
  PERSONALLOAN: 'loan',
  LOAN: 'loan',
  HOMEEQUITYLOAN: 'home equity loan',
  INSTALLMENT: 'installment loan',
  BUYNOWPAYLATER: 'pay later plan',
  BNPL: 'pay later plan',
  COMMERCIALDEPOSIT: 'business account',
  COMMERCIALLOAN: 'business loan',
  COMMERCIALLINEOFCREDIT: 'business line of credit',
  COMMERCIALINVESTMENT: 'business investment account',
  ANNUITY: 'annuity',
  FIXEDANNUITY: 'annuity',
  VARIABLEANNUITY: 'annuity',
  WHOLELIFE: 'life insurance',
  UNIVERSALLIFE: 'life insurance',
  TERMLIFE: 'life insurance',
  LONGTERMDISABILITY: 'disability insurance',
  SHORTTERMDISABILITY: 'disability insurance',
};

export function typeWord(account: AccountSummary): string {
  return ownValue(TYPE_WORDS, account.type) ?? 'account';
}

/** The account's name in plain words, no number: "Everyday checking", "Rewards Card". */
/** Words that already say what a nickname names: "Travel Card" needs no "credit card" after it. */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  creditCard: ['card'],
  lineOfCredit: ['line', 'credit'],
  loan: ['loan', 'mortgage'],
  deposit: [],
  investment: [],
  insurance: ['insurance', 'life', 'policy'],
  annuity: ['annuity'],
  other: [],
};

export function plainName(account: AccountSummary): string {
  const word = typeWord(account);
  if (account.nickname) {
    const nickname = plainBankText(account.nickname);
    const lower = nickname.toLowerCase();
    const named =
      lower.includes(word) || (ownValue(KIND_WORDS, account.kind) ?? []).some((kind) => lower.includes(kind));
    return named ? nickname : `${nickname} ${word}`;
  }
  return account.productName ? plainBankText(account.productName) : word;
}

/** SSML: "Everyday checking ending in 4 8 2 1" — only ever the last four digits. */
export function spokenName(account: AccountSummary): string {
  const name = escapeSsml(plainName(account));
  return account.last4 ? `${name} ending in ${sayDigits(account.last4)}` : name;
}

/** Plain text for cards: "Everyday checking ••4821". */
export function cardName(account: AccountSummary): string {
  return account.last4 ? `${plainName(account)} ••${account.last4}` : plainName(account);
}
