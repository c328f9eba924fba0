import type { LocaleIntentText } from '../../locale';

/** en-US: spending, transactions in a period, pending items, card details, the last payment, the PIN. */
export const money = {
  spending: {
    samples: [
      'how much did I spend', 'how much did I spend {date}', 'how much did I spend in {date}', 'how much did I spend at {merchant}', 'how much I spent at {merchant} {date}',
      'how much did I spend at {merchant} {date}', 'how much did I spend at {merchant} in {date}',
      'how much did I spend at {merchant} in the last {duration}', 'how much did I spend in the last {duration}',
      'how much did I spend on {category}', 'how much did I spend on {category} {date}',
      'how much did I spend on {category} in the last {duration}', 'what did I spend at {merchant} {date}',
      'what did I spend on {category} {date}', 'what did I spend on my {account} {date}',
      'how much did I spend on my {account} {date}', 'how much have I spent {date}', 'how much I spent {date}',
      'how much have I spent on {category} {date}',
      "what's my spending {date}", 'how much went to {merchant} {date}',
      'how much did I pay {merchant} {date}', 'how much did I spend on the card ending in {lastFour} {date}',
    ],
  },
  transactionsInPeriod: {
    samples: [
      'list my transactions from {date}',
      'list my transactions for {date}', 'show transactions on my {account} {date}', 'show my transactions from {date}',
      'what transactions did I make {date}', 'what were my transactions {date}', 'what went through my {account} {date}',
      'list my transactions from the last {duration}',
      'what came out of my {account} {date}', 'what went through the account ending in {lastFour} {date}',
    ],
  },
  pendingTransactions: {
    samples: [
      'do I have anything pending', "what's pending on my {account}", 'any pending transactions', "what's pending",
      'are there any pending transactions', 'do I have any pending charges', 'what transactions are pending',
      'pending transactions on my {account}', 'what are my pending transactions', "what hasn't posted yet",
      'is anything pending on the account ending in {lastFour}', 'what charges are still pending', 'is anything still pending',
      'show me pending transactions on the {account}',
    ],
  },
  cardDetails: {
    samples: [
      'when is my card payment due', 'when is my {account|credit card} payment due', 'when is my payment due', 'when is my bill due',
      "when's my {account|rewards card} bill due", "what's my minimum payment", "what's the minimum payment on my {account|card}",
      "what's my minimum payment due", "what's my statement balance", "what's the statement balance on my {account|visa}",
      'how much credit do I have available', 'how much credit do I have left', 'how much available credit do I have on my {account|line of credit}',
      "what's my credit limit", "what's my credit limit on {account|rewards card}", "what's my available credit",
      'when do I have to pay my {account|mastercard}', "what's the due date on my {account|credit card}", 'how much do I need to pay on my {account|rewards card}',
      'when is the payment due on the card ending in {lastFour}',
    ],
  },
  lastTransaction: {
    samples: [
      'when did I last pay {merchant}', 'did my paycheck arrive', 'did my {merchant|salary} arrive', 'did my {merchant|paycheck} come through',
      'has my {merchant|direct deposit} come in', 'when was my last payment to {merchant}',
      'did {merchant|ADP} pay me', 'when did I last get paid', 'did I get paid', 'when did my last paycheck come in',
      'when did I last pay my {merchant|AT&T} bill', 'when was the last time I paid {merchant}', 'when did I last buy something at {merchant}',
      'when was I last at {merchant}', 'has {merchant|Venmo} paid me', 'when did {merchant|Netflix} last charge me', 'when did I last shop at {merchant}',
      'what was my last payment to {merchant}',
    ],
  },
  interestEarned: {
    samples: [
      'how much interest did I earn', 'how much interest did I earn {date}', 'how much interest did I earn in {date}',
      'how much interest have I earned', 'how much interest have I earned {date}', 'how much interest have I made {date}',
      'how much interest did I get {date}', 'how much interest did I make', 'what interest did I earn {date}',
      'how much interest did my savings earn', 'how much interest did my savings earn {date}',
      'how much interest did I earn in the last {duration}', 'what did I earn in interest {date}', 'interest earned {date}',
    ],
  },
  pin: {
    samples: [
      'my pin is {pin}', 'pin {pin}', 'the pin is {pin}', 'my code is {pin}', 'my pin number is {pin}', 'the code is {pin}',
      'my passcode is {pin}', 'use pin {pin}',
    ],
  },
} as const satisfies Record<string, LocaleIntentText>;
