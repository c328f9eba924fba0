import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { INTENTS } from '../../interaction-models/catalogue/intents';
import { intentText } from '../../interaction-models/catalogue/locale';
import { enUS } from '../../interaction-models/catalogue/locales/en-US';
import { plainSample } from '../../interaction-models/catalogue/sample';
import { alexaSlotValue } from '../../simulator/platforms/alexa-slots';
import { Understander } from '../../simulator/understand/understand';
import { withSandboxNames } from '../../simulator/sandbox-names';
import { toWords } from '../../simulator/understand/words';

// Tuesday, November 24, 2026, in ISO week 48.
const NOW = DateTime.fromISO('2026-11-24T10:00:00', { zone: 'America/New_York' });
const understander = new Understander(withSandboxNames(enUS), () => NOW);

/** Phrasings people use that are not in the samples, with the intent and slot values they must get. */
const CASES: ReadonlyArray<readonly [string, string, Readonly<Record<string, string>>?]> = [
  ['how much money have I got in savings', 'getBalance', { account: 'savings' }],
  ['tell me my balance please', 'getBalance'],
  ["what's the balance on account 4821", 'getBalance', { lastFour: '4821' }],
  ['how much do I owe on the rewards card', 'getBalance', { account: 'rewards card' }],
  ['I want to know my checking balance', 'getBalance', { account: 'checking' }],
  ['Alexa, ask my bank for my savings balance', 'getBalance', { account: 'savings' }],
  ['which accounts have I linked', 'listAccounts'],
  ['read me the last three transactions', 'recentTransactions', { count: '3' }],
  ['show me the recent activity on my savings', 'recentTransactions', { account: 'savings' }],
  ['the savings one please', 'selectAccount', { account: 'savings' }],
  [
    'Alexa, ask my bank to transfer 200 dollars from checking to savings',
    'transfer',
    { dollars: '200', fromAccount: 'checking', toAccount: 'savings' },
  ],
  ['I want to pay my credit card bill', 'payCard', { toAccount: 'credit card' }],
  ['please make my loan payment', 'payLoan', { toAccount: 'loan' }],
  ['did my transfer go through yet', 'transferStatus'],
  ['the one that ends in 5567', 'selectAccount', { lastFour: '5567' }],
  ['four four zero nine', 'selectAccount', { lastFour: '4409' }],
  [
    'Alexa, ask my bank how much I spent at Starbucks last month',
    'spending',
    { merchant: 'Starbucks', date: '2026-10' },
  ],
  ['how much did I blow on eating out this month', 'spending', { category: 'restaurants', date: '2026-11' }],
  ['what have I spent on gas this year', 'spending', { category: 'fuel', date: '2026' }],
  ['total spent at Uber over the last 30 days', 'spending', { merchant: 'Uber', duration: 'P30D' }],
  [
    "how much did we spend at Ben and Jerry's last weekend",
    'spending',
    { merchant: "Ben & Jerry's", date: '2026-W47-WE' },
  ],
  ['how much of it was at Netflix', 'narrowSpending', { merchant: 'Netflix' }],
  ['what did I spend at cafe muller on Monday', 'spending', { merchant: 'Café Müller', date: '2026-11-23' }],
  ["how much did I spend at Joe's Pizza in October", 'spending', { merchant: "joe's pizza", date: '2026-10' }],
  ['what stuff did I buy last week', 'purchasesInPeriod', { date: '2026-W47' }],
  ['list transactions from yesterday', 'transactionsInPeriod', { date: '2026-11-23' }],
  ['what did I purchase on November 3rd', 'purchasesInPeriod', { date: '2026-11-03' }],
  ['what did I buy over the past fortnight', 'purchasesInPeriod', { duration: 'P2W' }],
  ['anything pending on my credit card', 'pendingTransactions', { account: 'credit card' }],
  ['are any charges pending', 'pendingTransactions'],
  ['when is the rewards card payment due', 'cardDetails', { account: 'rewards card' }],
  ['what is the minimum I have to pay on my card', 'cardDetails', { account: 'credit card' }],
  ['what is my available credit on the rewards card', 'cardDetails', { account: 'rewards card' }],
  ['when did I last pay for Spotify', 'lastTransaction', { merchant: 'Spotify' }],
  ['has my salary come through yet', 'lastTransaction', { merchant: 'paycheck' }],
  ['when was my last Amazon order', 'lastTransaction', { merchant: 'Amazon' }],
  ['pin is four three two one', 'pin', { pin: '4321' }],
  ['no not right now', 'no'],
  ['yes please go ahead', 'yes'],
  ['what else can you do', 'help'],
  ['never mind that', 'cancel'],
  ['ask my bank', 'welcome'],
  ["what's the weather like in Boston", 'fallback'],
  ['what is the capital of France', 'fallback'],
  ['set an alarm for seven', 'fallback'],
];

const SAMPLE_WORDS = new Set(
  INTENTS.flatMap((intent) => intentText(enUS, intent.id).samples).map((sample) =>
    toWords(plainSample(sample)).join(' '),
  ),
);

describe('the simulator understanding ordinary phrasings', () => {
  it('has at least 30 distinct test phrasings, none of them a sample word for word', () => {
    assert.ok(new Set(CASES.map(([text]) => text)).size >= 30);
    for (const [text] of CASES) assert.ok(!SAMPLE_WORDS.has(toWords(text).join(' ')), `"${text}" is a sample`);
  });

  for (const [text, intent, slots = {}] of CASES) {
    it(`hears "${text}" as ${intent}${Object.keys(slots).length ? ` ${JSON.stringify(slots)}` : ''}`, () => {
      const heard = understander.understand(text);
      assert.equal(heard.intent.id, intent);
      const values = Object.fromEntries(
        [...heard.fills].map(([name, fill]) => [
          name,
          fill.kind === 'custom' ? (fill.canonical ?? fill.heard) : alexaSlotValue(fill),
        ]),
      );
      assert.deepEqual(values, slots);
    });
  }
});
