import type { LocaleIntentText } from '../../locale';

/**
 * en-US (issue 14): what the service does not do, each its own intent so it is refused plainly and
 * never heard as a data question, and the questions about standing: overdrawn, cash, net worth.
 */
export const actions = {
  cardControl: {
    samples: [
      'lock my {account|card}', 'lock my {account} card', 'unlock my {account|card}', 'freeze my {account|card}', 'unfreeze my {account|card}', 'block my {account|card}', 'turn on my {account|card}',
      'turn my {account|card} off', 'turn my {account|card} on', 'switch off my {account|card}', 'switch on my {account|card}', 'disable my {account|card}', 'enable my {account|card}', 'put a lock on my {account|card}',
      'put a hold on my {account|card}', 'lock the {account|card} ending in {lastFour}', 'freeze the {account|card} ending in {lastFour}',
      'freeze my account', 'lock my account', 'reactivate my {account|card}', 'turn my {account|card} back on',
      'pause my {account|card}', 'stop my {account|card}', 'suspend my {account|card}', 'deactivate my {account|card}',
    ],
  },
  lostCard: {
    samples: [
      'my {account|card} is lost', 'I lost my {account}', 'lost my {account|card}', 'lost card', 'my {account|card} got stolen', 'my {account} was stolen', 'someone stole my {account|card}',
      'my wallet was stolen', 'I lost my wallet', 'report a lost card', 'report a stolen card', 'report my {account|card} stolen', "I can't find my {account|card}",
      'I need a new {account|card}', 'replace my {account|card}', 'order a replacement {account|card}', 'my {account|card} is gone', 'someone took my {account|card}', 'my purse was stolen',
      'my bag got stolen with my cards', 'my wallet is missing', 'I think my {account|card} was stolen', 'I misplaced my {account|card}',
      'show transactions on my lost {account|card}', 'how much have I spent on my stolen {account|card}',
    ],
  },
  dispute: {
    samples: [
      'dispute a charge', 'dispute the charge at {merchant}', 'I want to dispute a charge', 'dispute a transaction', 'this charge is wrong',
      'that is not my charge', 'I do not recognize this charge', 'I do not recognize a charge from {merchant}', 'I did not make this purchase',
      'I did not buy that', 'report fraud', 'there is fraud on my card', 'someone used my card', 'I was charged twice', 'I was double charged at {merchant}',
      'I want a refund', 'I need a refund', 'refund this charge', 'get a refund from {merchant}', 'this is a fraudulent charge', 'unauthorized charge on my card', 'wrong charge',
      'there is a charge I did not make', 'I want to report a fraudulent transaction', 'the charge from {merchant} is wrong',
    ],
  },
  sendMoney: {
    samples: [
      'send money', 'send money to {merchant}', 'send {dollars} dollars to {merchant}', 'send {dollars} dollars to my friend', 'pay my {category} now',
      'pay the {category} bill', 'pay rent', 'pay my landlord', 'pay someone', 'pay a friend {dollars} dollars', 'pay my friend back', 'pay my bills',
      'zelle {merchant}', 'zelle {dollars} dollars to {merchant}', 'venmo {dollars} dollars to {merchant}', 'wire {dollars} dollars', 'send a wire transfer',
      'send money to my sister', 'pay the babysitter', 'send {dollars} bucks to my brother', 'give my mom {dollars} dollars', 'pay my brother {dollars} dollars',
      'pay the {category} {dollars} dollars', 'pay for my {category}',
      'venmo {merchant}',
    ],
  },
  changeDetails: {
    samples: [
      'change my mailing address', 'update my home address', 'I moved and need to change my address', 'change my phone number', 'update my email',
      'reset my password', 'reset my card pin', 'change my pin number', 'please close my {account}', 'close an account', 'open an account',
      'open a new {account}', 'increase my {account} limit', 'raise my credit limit', 'lower my credit limit', 'change my daily limit',
      'order new checks', 'order a checkbook', 'cancel my {account}', 'set up a travel notification', 'change my name',
      'change my personal information', 'update my address', 'raise my spending limit',
      'get me a new pin',
    ],
  },
  talkToPerson: {
    samples: [
      'talk to a person', 'speak to a human', 'talk to an agent', 'speak to a representative', 'customer service', 'connect me to an agent',
      'I want to speak to someone', 'get me a human', 'call the bank', 'call customer service', 'real person please', 'live agent', 'agent',
      'representative', 'human', 'operator please', 'talk to someone at my bank', 'can I talk to a real person', 'connect me to a person',
      'I need to speak with someone', 'put me through to customer support',
      'call me', 'have someone call me', 'speak to a banker', 'talk to someone',
    ],
  },
  netWorth: {
    samples: [
      'what is my net worth', 'how much am I worth', 'what are all my accounts worth together', 'what is my total wealth', 'net worth',
      'what is the total of all my accounts', 'add up all my accounts', 'what do I have in total minus what I owe', 'how much am I worth in total', 'what are my total assets', 'tell me my net worth',
    ],
  },
  overdrawn: {
    samples: [
      'am I overdrawn', 'is my account overdrawn', 'is my {account} overdrawn', 'are any of my accounts overdrawn', 'am I in the red', 'am I in the negative',
      'is my {account} negative', 'have I overdrawn', 'did I overdraw my {account}', 'am I below zero', 'is my balance negative', 'am I overdrawn on my {account}',
    ],
  },
  cashAvailable: {
    samples: [
      'how much cash do I have', 'how much money can I spend', 'how much can I spend', 'how much do I have to spend', 'what is my spendable balance',
      'how much cash is available', 'how much money do I have available', 'what is my available cash', 'total cash', 'how much cash do I have in total',
      'how much spending money do I have', 'how much money do I have in checking and savings together', 'what can I spend right now',
    ],
  },
} as const satisfies Record<string, LocaleIntentText>;

/** en-US (issue 14): purchases in a period, newest first or largest first, across the accounts spending counts. */
export const purchases = {
  purchasesInPeriod: {
    samples: [
      'what did I buy {date}', 'what did I buy on {date}', 'what did I buy in {date}', 'what purchases did I make {date}', 'what did I buy in the last {duration}',
      'what did I buy with my {account} {date}', 'show me my purchases from {date}', 'what were my purchases on {date}', 'show me {date} purchases',
      'show me my purchases {date}', 'my purchases {date}', 'list my purchases from {date}', 'what did I buy', 'what have I bought {date}',
      'show me purchases from {date}', 'what did I purchase {date}', 'read me my purchases from {date}', 'list my purchases in the last {duration}',
      'what purchases did I make on my {account} {date}', 'what did I buy with the card ending in {lastFour} {date}',
    ],
  },
  biggestPurchases: {
    samples: [
      'what was my biggest purchase', 'what was my biggest purchase {date}', 'what was my largest purchase {date}', 'what were my biggest purchases {date}',
      'my biggest purchases {date}', 'biggest purchases {date}', 'what is the most I spent {date}', 'what was my most expensive purchase {date}',
      'largest transactions {date}', 'what were my biggest expenses {date}', 'what did I spend the most on {date}', 'biggest purchase on my {account} {date}',
      'what was my biggest purchase in the last {duration}', 'what were my largest purchases', 'what were my biggest purchases', 'my biggest purchases',
      'what was my biggest purchase on my {account} {date}', 'what were my top purchases {date}', 'what was the biggest thing I bought {date}', 'biggest purchase on the card ending in {lastFour} {date}',
    ],
  },
} as const satisfies Record<string, LocaleIntentText>;
