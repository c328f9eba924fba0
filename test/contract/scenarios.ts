import type { Ask } from './platforms';
import { dollars, fact, type Facts } from './facts';
import { testClock } from '../support/clock';

/** What a reply must mean, on every platform. */
export interface Expect {
  /** Substrings (or patterns) of the plain spoken text. */
  readonly says?: (facts: Facts) => ReadonlyArray<string | RegExp>;
  readonly saysNot?: ReadonlyArray<string | RegExp>;
  readonly endSession?: boolean;
  readonly reprompt?: boolean;
  readonly linkAccount?: boolean;
  /** Nothing at all is said (session ended by the platform). */
  readonly silent?: boolean;
}

export interface Scenario {
  readonly name: string;
  /** The linking token; absent = not linked. Fault tokens make the sandbox misbehave. */
  readonly token?: string;
  readonly turns: ReadonlyArray<{
    readonly ask: Ask;
    readonly expect: Expect;
    /** Start a new platform session before this turn (the user comes back later). */
    readonly newSession?: boolean;
    /** Wait this long before the turn (inactivity), in milliseconds. */
    readonly waitMs?: number;
  }>;
  /** Only where the platform has the event (Dialogflow has no session-ended request). */
  readonly only?: 'alexa' | 'google';
}

const open = { endSession: false, reprompt: true } as const;
/** Last calendar month as an AMAZON.DATE value, in the test service's zone. */
const lastMonth = (): string => testClock().now().setZone('America/New_York').minus({ months: 1 }).toFormat('yyyy-LL');
/** "Last month, in November": last month as the answers say it (no year: "last month" pins it). */
const lastMonthPhrase = (): string =>
  `Last month, in ${testClock().now().setZone('America/New_York').minus({ months: 1 }).toFormat('LLLL')}`;
const startsWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
// Linking replies assert no endSession: Alexa ends with a LinkAccount card, while the Assistant's
// sign-in helper needs the conversation open (expectUserResponse) to run.
const apology = { says: () => [/sorry/i], endSession: true } as const;

/** One list, run through both adapters over HTTP against the sandbox. Adding a scenario is one entry. */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'launch welcomes and keeps the session open',
    token: 'demo-alex',
    turns: [{ ask: { intent: 'launch' }, expect: { ...open, says: () => ['Welcome', /\?$/] } }],
  },
  {
    name: 'help lists what to ask and ends with a question',
    token: 'demo-alex',
    turns: [{ ask: { intent: 'help' }, expect: { ...open, says: () => ['balance', /\?$/] } }],
  },
  {
    name: 'stop says goodbye and ends',
    token: 'demo-alex',
    turns: [{ ask: { intent: 'stop' }, expect: { endSession: true, reprompt: false, says: () => ['Goodbye'] } }],
  },
  {
    name: 'fallback offers examples and never dead-ends',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'fallback' }, expect: { ...open, says: () => ["can't help with that", 'balance', /\?$/] } },
    ],
  },
  {
    name: 'session end gets no speech',
    only: 'alexa',
    token: 'demo-alex',
    turns: [{ ask: { intent: 'sessionEnded' }, expect: { silent: true } }],
  },
  {
    name: 'checking balance says the available amount',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'checking' },
        expect: {
          ...open,
          says: (f) => [
            'Everyday checking ending in 4821',
            `has ${fact(f, 'acc-alex-chk').available ?? '?'} available`,
          ],
        },
      },
    ],
  },
  {
    name: 'savings balance by nickname',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'rainy day' },
        expect: { ...open, says: (f) => ['Rainy Day savings', fact(f, 'acc-alex-sav').available ?? '?'] },
      },
    ],
  },
  {
    name: 'credit card balance says owed and available credit',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'credit card' },
        expect: {
          ...open,
          says: (f) => [
            `you owe ${fact(f, 'acc-alex-card').owed ?? '?'}`,
            `${fact(f, 'acc-alex-card').availableCredit ?? '?'} of credit available`,
          ],
        },
      },
    ],
  },
  {
    name: 'balance by last four digits',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance', lastFour: '7710' },
        expect: { ...open, says: () => ['Rainy Day savings ending in 7710'] },
      },
    ],
  },
  {
    name: 'mortgage balance says principal left to pay',
    token: 'demo-kim',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'mortgage' },
        expect: { ...open, says: (f) => [`${fact(f, 'acc-kim-mortgage').principal ?? '?'} left to pay`] },
      },
    ],
  },
  {
    name: 'line of credit balance says owed',
    token: 'demo-kim',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'line of credit' },
        expect: { ...open, says: (f) => [`you owe ${fact(f, 'acc-kim-heloc').owed ?? '?'}`] },
      },
    ],
  },
  {
    name: 'an overdrawn account says overdrawn by',
    token: 'demo-sam',
    turns: [
      {
        ask: { intent: 'getBalance' },
        expect: { ...open, says: (f) => [`overdrawn by ${fact(f, 'acc-sam-chk').available ?? '?'}`] },
      },
    ],
  },
  {
    name: 'all balances: three accounts then an offer of the rest, and yes reads them',
    token: 'demo-kim',
    turns: [
      {
        ask: { intent: 'getBalance' },
        expect: { ...open, says: () => ['You have 7 accounts', 'Would you like to hear the other 4 accounts?'] },
      },
      {
        ask: { intent: 'yes' },
        expect: { ...open, says: () => ['Cash Back Card', 'Would you like to hear the other account?'] },
      },
      { ask: { intent: 'yes' }, expect: { ...open, says: () => ['Home Equity Line of Credit', 'Anything else?'] } },
    ],
  },
  {
    name: 'two checking accounts: asks which, then answers over two turns',
    token: 'demo-kim',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'checking' },
        expect: {
          ...open,
          says: () => ['Which one', 'Household checking ending in 2231', 'Personal checking ending in 5567'],
        },
      },
      {
        ask: { intent: 'selectAccount', account: 'personal' },
        expect: {
          ...open,
          says: (f) => ['Personal checking ending in 5567', fact(f, 'acc-kim-chk-personal').available ?? '?'],
        },
      },
    ],
  },
  {
    name: 'disambiguation answered with the last four digits',
    token: 'demo-kim',
    turns: [
      { ask: { intent: 'getBalance', account: 'checking' }, expect: { ...open, says: () => ['Which one'] } },
      {
        ask: { intent: 'selectAccount', lastFour: '2231' },
        expect: { ...open, says: () => ['Household checking ending in 2231'] },
      },
    ],
  },
  {
    name: 'an unknown account name gets a question, not a dead end',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'yacht' },
        expect: { ...open, says: () => ["couldn't find an account called yacht"] },
      },
    ],
  },
  {
    name: 'recent transactions reads the newest three from checking',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'recentTransactions' },
        expect: { ...open, says: () => ['Your 3 most recent transactions on Everyday checking'] },
      },
    ],
  },
  {
    name: 'recent transactions marks pending items',
    token: 'demo-sam',
    turns: [{ ask: { intent: 'recentTransactions', count: 5 }, expect: { ...open, says: () => ['pending'] } }],
  },
  {
    name: 'list accounts names them with last four only',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'listAccounts' },
        expect: { ...open, says: () => ['You have 3 accounts', 'Rewards Card ending in 9034'] },
      },
    ],
  },
  {
    name: 'not linked: launch asks to link',
    turns: [{ ask: { intent: 'launch' }, expect: { linkAccount: true, says: () => ['link your bank account'] } }],
  },
  {
    name: 'not linked: balance asks to link',
    turns: [{ ask: { intent: 'getBalance' }, expect: { linkAccount: true } }],
  },
  {
    name: 'not linked: help still helps',
    turns: [{ ask: { intent: 'help' }, expect: { ...open, linkAccount: false } }],
  },
  {
    name: 'bank says 401: asks to link again',
    token: 'fault-expired',
    turns: [{ ask: { intent: 'getBalance' }, expect: { linkAccount: true } }],
  },
  {
    name: 'bank down: a polite apology',
    token: 'fault-500',
    turns: [{ ask: { intent: 'getBalance' }, expect: { ...apology, says: () => ["can't reach your bank"] } }],
  },
  {
    name: 'bank refusing the connection: a polite apology',
    token: 'fault-reset',
    turns: [{ ask: { intent: 'getBalance' }, expect: apology }],
  },
  {
    name: 'bank slow: a polite apology within the deadline',
    token: 'fault-slow-6000',
    turns: [{ ask: { intent: 'getBalance' }, expect: { ...apology, says: () => ["can't reach your bank"] } }],
  },
  {
    name: 'bank sends broken JSON: a polite apology, no crash',
    token: 'fault-malformed',
    turns: [
      { ask: { intent: 'getBalance' }, expect: { ...apology, says: () => ["couldn't read what your bank sent"] } },
    ],
  },
  {
    name: 'spending at a merchant last month echoes the period',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', merchant: 'starbucks', date: lastMonth() },
        expect: {
          ...open,
          says: () => [startsWith(`${lastMonthPhrase()}, you spent $`), /at Starbucks, across \d+ purchases/],
        },
      },
    ],
  },
  {
    name: 'a follow-up keeps the period: how much of that was at restaurants',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', date: lastMonth() },
        expect: { ...open, says: () => [startsWith(`${lastMonthPhrase()}, you spent`)] },
      },
      {
        ask: { intent: 'spending', category: 'restaurants' },
        expect: {
          ...open,
          says: () => [startsWith(lastMonthPhrase()), /(you spent \$[\d,.]+ at restaurants|I didn't find)/],
        },
      },
    ],
  },
  {
    name: 'spending at a merchant with & in its name stays readable',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', merchant: 'ben and jerrys', date: lastMonth() },
        expect: { ...open, says: () => [/Ben & Jerry's|I didn't find any purchases at ben and jerrys/] },
      },
    ],
  },
  {
    name: 'a merchant the customer never paid: nothing found, said plainly',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', merchant: 'lamborghini', date: lastMonth() },
        expect: {
          ...open,
          says: () => [`I didn't find any purchases at lamborghini ${lastMonthPhrase().replace(/^L/, 'l')}`],
        },
      },
    ],
  },
  {
    name: 'a period in the future gets a clear answer',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', date: String(testClock().now().setZone('America/New_York').year + 1) },
        expect: { ...open, says: () => ['already moved'] },
      },
    ],
  },
  {
    name: 'a period older than the bank keeps gets a clear answer',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'spending', date: '2019-03' }, expect: { ...open, says: () => ["can't look that far back"] } },
    ],
  },
  {
    name: 'transactions in a period read three at a time, yes reads more',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'transactionsInPeriod', date: lastMonth() },
        expect: {
          ...open,
          says: () => [/there are \d+ transactions on your Everyday checking/, 'Would you like to hear more?'],
        },
      },
      { ask: { intent: 'yes' }, expect: { ...open, says: () => [/\$[\d,]+\.\d\d/] } },
    ],
  },
  {
    name: 'pending items: count, total and the first few',
    token: 'demo-sam',
    turns: [
      {
        ask: { intent: 'pendingTransactions' },
        expect: {
          ...open,
          says: () => [/You have \d+ pending transactions? on Basic Checking ending in 3307, \$[\d,.]+ in total/],
        },
      },
    ],
  },
  {
    name: 'card details: due date relative, statement, minimum, credit',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'cardDetails' },
        expect: {
          ...open,
          says: () => [
            'Rewards Card ending in 9034 has a payment due in 5 days, on',
            /The statement balance is \$[\d,.]+ and the minimum payment is \$[\d,.]+\./,
            'of credit available',
          ],
        },
      },
    ],
  },
  {
    name: 'card details with several cards asks which, then answers',
    token: 'demo-kim',
    turns: [
      { ask: { intent: 'cardDetails' }, expect: { ...open, says: () => ['Which one', 'Travel Card ending in 1456'] } },
      {
        ask: { intent: 'selectAccount', account: 'cash back' },
        expect: { ...open, says: () => ['Cash Back Card ending in 3390 has a payment due'] },
      },
    ],
  },
  {
    name: 'when did I last pay Netflix',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'lastTransactionWith', merchant: 'netflix' },
        expect: { ...open, says: () => [/Your last payment to Netflix was \$[\d.]+, (yesterday|today|on \w+)/] },
      },
    ],
  },
  {
    name: 'did my paycheck arrive',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'lastTransactionWith', merchant: 'paycheck' },
        expect: { ...open, says: () => [/Your last credit from ACME Payroll was \$[\d,.]+/] },
      },
    ],
  },
  {
    name: 'no thanks ends the conversation',
    token: 'demo-alex',
    turns: [{ ask: { intent: 'no' }, expect: { endSession: true, says: () => ['Goodbye'] } }],
  },
  // Issue 14 (follow-ups, words, linking): the cross-turn checks are in follow-ups.test.ts.
  {
    name: 'recent transactions, then more, reads on',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'recentTransactions' }, expect: { ...open, says: () => ['Would you like to hear more?'] } },
      { ask: { intent: 'yes' }, expect: { ...open, says: () => [/\$[\d,]+\.\d\d/], saysNot: ['nothing more'] } },
    ],
  },
  {
    name: 'Starbucks last month, then how much of that was at restaurants: the part of it',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', merchant: 'starbucks', date: lastMonth() },
        expect: { ...open, says: () => [startsWith(lastMonthPhrase())] },
      },
      {
        ask: { intent: 'narrowSpending', category: 'restaurants' },
        expect: { ...open, says: () => [/^(All of it, \$[\d,.]+, was at restaurants|None of it)/] },
      },
      {
        ask: { intent: 'followUp', account: 'savings' },
        expect: { ...open, says: () => ['Rainy Day savings ending in 7710'] },
      },
    ],
  },
  {
    name: 'read me my last 20 transactions: the cap said, five at a time',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'recentTransactions', count: 20 },
        expect: {
          ...open,
          says: () => ['I can read up to 10 recent transactions.', 'Would you like the next 5?'],
          saysNot: [/\$[\d,.]+ at Rewards Card/],
        },
      },
    ],
  },
  {
    name: 'spending on coffee is said as a category',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'spending', category: 'coffee', date: lastMonth() },
        expect: { ...open, says: () => [/on coffee/], saysNot: ['at coffee'] },
      },
    ],
  },
  {
    name: 'an expired link says so and asks to link again',
    token: 'fault-expired',
    turns: [
      { ask: { intent: 'getBalance' }, expect: { linkAccount: true, says: () => ['expired or was turned off'] } },
    ],
  },
  // Issue 14: what is refused (plainly, saying where, reading nothing) and the questions added with it.
  {
    name: 'lock my card is refused, saying where',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'cardControl', account: 'credit card' },
        expect: {
          ...open,
          says: () => ["I can't lock, unlock or freeze a card by voice", "your bank's app"],
          saysNot: ['$'],
        },
      },
    ],
  },
  {
    name: 'a lost card is refused, saying to contact the bank now',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'lostCard' },
        expect: { ...open, says: () => ["can't report a lost or stolen card by voice", 'contact your bank now'] },
      },
    ],
  },
  {
    name: 'a dispute is refused, saying where',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'dispute', merchant: 'starbucks' },
        expect: { ...open, says: () => ["I can't dispute a charge by voice"], saysNot: ['$'] },
      },
    ],
  },
  {
    name: 'paying other people is refused, whatever MONEY_MOVEMENT says',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'sendMoney', dollars: '20' },
        expect: { ...open, says: () => ["I can't send money to other people or pay bills by voice"] },
      },
    ],
  },
  {
    name: 'a change of details is refused, saying where',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'changeDetails' },
        expect: { ...open, says: () => ["I can't change your details, PINs, limits or accounts by voice"] },
      },
    ],
  },
  {
    name: 'asking for a person is refused, saying how to reach one',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'talkToPerson' },
        expect: { ...open, says: () => ["I can't put you through to a person by voice"] },
      },
    ],
  },
  {
    name: 'net worth is refused politely, with what can be said instead',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'netWorth' },
        expect: { ...open, says: () => ["I can't work out a net worth", 'how much cash you have'] },
      },
    ],
  },
  {
    name: 'action words heard as an account choice are refused, never read as a balance',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'selectAccount', account: 'lock my card' },
        expect: { ...open, says: () => ["I can't lock, unlock or freeze a card by voice"], saysNot: ['owe', '$'] },
      },
    ],
  },
  {
    name: 'action words in a balance question are refused too',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance', account: 'my stolen card' },
        expect: { ...open, says: () => ["can't report a lost or stolen card by voice"], saysNot: ['$'] },
      },
    ],
  },
  {
    name: 'not linked: a refusal still says where, with no linking prompt',
    turns: [
      {
        ask: { intent: 'cardControl' },
        expect: { ...open, linkAccount: false, says: () => ["I can't lock, unlock or freeze a card by voice"] },
      },
    ],
  },
  {
    name: 'an account named with no question waiting asks what to tell, reading nothing',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'selectAccount', account: 'savings' },
        expect: { ...open, says: () => ['What would you like to know about your savings?'], saysNot: ['$'] },
      },
    ],
  },
  {
    name: 'am I overdrawn, for an overdrawn customer: yes, by how much',
    token: 'demo-sam',
    turns: [
      {
        ask: { intent: 'overdrawn' },
        expect: {
          ...open,
          says: (f) => [`Yes. Basic Checking ending in 3307 is overdrawn by ${fact(f, 'acc-sam-chk').current ?? '?'}.`],
        },
      },
    ],
  },
  {
    name: 'am I overdrawn, for a customer in credit: no, per deposit account',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'overdrawn' },
        expect: {
          ...open,
          says: () => ["No. Everyday checking ending in 4821 and Rainy Day savings ending in 7710 aren't overdrawn."],
        },
      },
    ],
  },
  {
    name: 'cash to spend adds the deposit accounts up and says what is counted',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'cashAvailable' },
        expect: {
          ...open,
          says: (f) => [
            `You have ${sum(f, ['acc-alex-chk', 'acc-alex-sav'])} to spend.`,
            "credit cards, lines of credit and loans aren't counted",
          ],
        },
      },
    ],
  },
  {
    name: 'cash in two currencies is said per currency, never added together',
    token: 'demo-eva',
    turns: [
      {
        ask: { intent: 'cashAvailable' },
        expect: {
          ...open,
          says: () => [/^You have €[\d,]+\.\d\d and \$[\d,]+\.\d\d to spend\./, 'added up per currency'],
        },
      },
    ],
  },
  {
    name: 'am I overdrawn with several deposit accounts names each one',
    token: 'demo-kim',
    turns: [
      {
        ask: { intent: 'overdrawn' },
        expect: {
          ...open,
          says: () => [
            /^No\. Household checking ending in 2231, Personal checking ending in 5567, and .+ aren't overdrawn\./,
          ],
        },
      },
    ],
  },
  {
    name: 'purchases in a period are read across the accounts spending counts',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'purchasesInPeriod', date: lastMonth() },
        expect: {
          ...open,
          says: () => [startsWith(lastMonthPhrase()), /you made \d+ purchases? across your accounts/],
        },
      },
    ],
  },
  {
    name: 'the biggest purchases of a period come largest first',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'biggestPurchases', date: lastMonth() },
        expect: { ...open, says: () => [startsWith(lastMonthPhrase()), 'largest first, across your accounts'] },
      },
    ],
  },
];

/** The sum of the accounts' available balances, formatted as the facts are ("$1,234.56"). */
function sum(facts: Facts, ids: readonly string[]): string {
  const cents = ids.reduce(
    (total, id) => total + Math.round(Number((fact(facts, id).available ?? '').replace(/[$,]/g, '')) * 100),
    0,
  );
  return dollars(cents / 100);
}
