import type { LocaleIntentText } from '../../locale';

/** en-US: moving money between the customer's own accounts, paying a card or a loan, and checking on it. */
export const movement = {
  transfer: {
    samples: [
      'transfer {dollars} dollars from {fromAccount} to {toAccount}', 'transfer {dollars} dollars from my {fromAccount} to my {toAccount}',
      'transfer {dollars} dollars and {cents} cents from my {fromAccount} to my {toAccount}', 'transfer {dollars} dollars to my {toAccount}', 'transfer {dollars} dollars to {toAccount}',
      'transfer {dollars} dollars {cents} from my {fromAccount} to my {toAccount}',
      'move {dollars} dollars from my {fromAccount} to my {toAccount}', 'move {dollars} to my {toAccount}', 'move {dollars} to my {toAccount} account',
      'move {dollars} dollars to {toAccount}', 'move {dollars} dollars and {cents} cents to my {toAccount}',
      'send {dollars} dollars from my {fromAccount} to my {toAccount}', 'put {dollars} dollars in my {toAccount}',
      'transfer {dollars} dollars from the account ending in {fromLastFour} to the account ending in {toLastFour}',
      'transfer {dollars} dollars to the account ending in {toLastFour}', 'transfer money', 'make a transfer', 'move money',
    ],
  },
  payCard: {
    samples: [
      'pay my credit card bill', 'pay my credit card', 'pay my card', 'pay my {toAccount} bill', 'pay my {toAccount}',
      'make a card payment', 'make a credit card payment', 'pay the {paymentOption} on my credit card bill',
      'pay {dollars} dollars on my credit card', 'pay {dollars} dollars to my {toAccount}', 'pay {dollars} dollars and {cents} cents on my credit card',
      'pay my credit card from my {fromAccount}', 'pay off my credit card',
    ],
  },
  payLoan: {
    samples: [
      'make my loan payment', 'pay my loan', 'make a loan payment', 'make my {toAccount} payment', 'pay my {toAccount} payment',
      'pay {dollars} dollars on my loan', 'pay {dollars} dollars on my {toAccount}', 'make my loan payment from my {fromAccount}',
      'pay {dollars} dollars and {cents} cents on my loan', 'make my monthly loan payment', 'pay this month\'s loan payment', 'pay my car loan',
    ],
  },
  paymentAmount: {
    samples: [
      'pay the {paymentOption}', 'just the {paymentOption}', 'the {paymentOption} amount', 'I will pay the {paymentOption}', 'let\'s do the {paymentOption}',
      'pay {dollars} dollars', '{dollars} dollars', '{dollars} dollars please', '{dollars} dollars and {cents} cents',
      'pay {dollars} dollars and {cents} cents', '{dollars} dollars {cents}', 'make it {dollars} dollars',
    ],
  },
  transferStatus: {
    samples: [
      'did my transfer go through', 'did my payment go through', 'did the transfer go through', 'what happened to my transfer',
      'check my transfer', 'is my transfer done', 'did my money move', 'status of my transfer',
      'did my card payment go through', 'did my loan payment go through', 'has my transfer gone through',
    ],
  },
} as const satisfies Record<string, LocaleIntentText>;
