import type { Scenario } from '../contract/scenarios';
import { testClock } from '../support/clock';

const open = { endSession: false, reprompt: true } as const;
const PIN = '4826';
const CHK = 'Everyday checking ending in 4821';
const SAV = 'Rainy Day savings ending in 7710';
const nothing = 'No money was moved.';
/** The day the confirmation names: today in the sandbox customers' zone, by the test clock. */
const TODAY = testClock().now().setZone('America/New_York').setLocale('en-US').toFormat('LLLL d');

/** The first movement of a customer without a PIN: choose one, say it again, then the confirmation. */
const enrolled = (confirmation: string | RegExp) =>
  [
    { ask: { intent: 'pin', pin: PIN }, expect: { ...open, says: () => ['same four digits again'], saysNot: [PIN] } },
    // Open for a question (confirmation, amount), closed for a refusal: the next turn shows which.
    {
      ask: { intent: 'pin', pin: PIN },
      expect: { says: () => ['Your voice PIN is set.', confirmation], saysNot: [PIN] },
    },
  ] as const;
const transfer200 = { intent: 'transfer', dollars: '200', fromAccount: 'checking', toAccount: 'savings' } as const;
const asksPinFirst = {
  ...open,
  says: () => ["let's set up a four-digit voice PIN"],
  saysNot: ['$', 'To confirm'],
} as const;
const confirm200 = `To confirm: move $200.00 from ${CHK} to ${SAV}, today, ${TODAY}. Should I go ahead?`;
const done200 = `Done: $200.00 from ${CHK} to ${SAV}.`;
const wrong = (left: string) =>
  ({
    ask: { intent: 'pin', pin: '9173' },
    expect: { ...open, says: () => [`That PIN isn't right. You have ${left}`], saysNot: ['To confirm'] },
  }) as const;
/** A first movement, cancelled, so that the customer has a PIN for what follows. */
const withPin = [
  { ask: transfer200, expect: asksPinFirst },
  ...enrolled(confirm200),
  { ask: { intent: 'no' }, expect: { says: () => [nothing] } },
] as const;

/** The service's settings for these scenarios. */
export const MOVEMENT_ENV = { MONEY_MOVEMENT: 'on', TRANSFER_MAX: '2500', TRANSFER_DAILY_MAX: '3000' } as const;

/** Money movement with MONEY_MOVEMENT=on, through both adapters, against the sandbox. */
export const MOVEMENT_SCENARIOS: readonly Scenario[] = [
  {
    name: 'a transfer needs the PIN, then a confirmation with amount, both accounts and the day; yes moves it once',
    token: 'demo-alex',
    turns: [
      { ask: transfer200, expect: asksPinFirst },
      ...enrolled(confirm200),
      { ask: { intent: 'yes' }, expect: { endSession: true, says: () => [done200, /reference ends in \d{4}\./] } },
      { newSession: true, ask: { intent: 'transferStatus' }, expect: { says: () => [done200] } },
      {
        newSession: true,
        ask: { intent: 'getBalance', account: 'savings' },
        expect: { says: () => ['$12,740.16 available'] },
      },
    ],
  },
  {
    name: 'amounts with cents and a named destination: "move 50 dollars and 20 cents to my Rainy Day account"',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'transfer', dollars: '50', cents: '20', toAccount: 'rainy day' }, expect: asksPinFirst },
      ...enrolled(`To confirm: move $50.20 from ${CHK} to ${SAV}, today, ${TODAY}.`),
    ],
  },
  {
    name: '"no" cancels, nothing is moved, and "did my transfer go through" says so',
    token: 'demo-alex',
    turns: [...withPin, { newSession: true, ask: { intent: 'transferStatus' }, expect: { says: () => [nothing] } }],
  },
  {
    name: 'anything but a clear yes cancels: an unclear answer moves nothing',
    token: 'demo-alex',
    turns: [
      { ask: transfer200, expect: asksPinFirst },
      ...enrolled(confirm200),
      { ask: { intent: 'fallback' }, expect: { says: () => ["I've cancelled that", nothing] } },
      { ask: { intent: 'yes' }, expect: { saysNot: ['Done'] } },
    ],
  },
  {
    name: 'a wrong PIN moves nothing and says how many tries are left',
    token: 'demo-alex',
    turns: [
      ...withPin,
      {
        newSession: true,
        ask: transfer200,
        expect: { ...open, says: () => ['please say your four-digit voice PIN'], saysNot: ['To confirm'] },
      },
      wrong('2 more tries'),
      { ask: { intent: 'pin', pin: PIN }, expect: { ...open, says: () => [confirm200] } },
    ],
  },
  {
    name: 'three wrong PINs lock the customer out of moving money',
    token: 'demo-alex',
    turns: [
      ...withPin,
      { newSession: true, ask: transfer200, expect: { ...open, says: () => ['please say your four-digit voice PIN'] } },
      wrong('2 more tries'),
      wrong('1 more try'),
      { ask: { intent: 'pin', pin: '9173' }, expect: { endSession: true, says: () => ['locked'] } },
      {
        newSession: true,
        ask: transfer200,
        expect: { endSession: true, says: () => ['locked'], saysNot: ['To confirm'] },
      },
    ],
  },
  {
    name: 'insufficient funds: the bank declines (FDX 910) and it is explained',
    token: 'demo-lee',
    turns: [
      { ask: { intent: 'transfer', dollars: '500', toAccount: 'car loan' }, expect: asksPinFirst },
      ...enrolled('To confirm: move $500.00 from Basic Checking ending in 6120 to Car loan ending in 3391'),
      {
        ask: { intent: 'yes' },
        expect: { says: () => ["there isn't enough money in Basic Checking ending in 6120", nothing] },
      },
    ],
  },
  {
    name: 'over TRANSFER_MAX: explained before any confirmation',
    token: 'demo-alex',
    turns: [
      { ask: { ...transfer200, dollars: '3000' }, expect: asksPinFirst },
      ...enrolled("That's more than the $2,500.00 I can move in one go by voice."),
    ],
  },
  {
    name: 'over TRANSFER_DAILY_MAX: the second transfer of the day is refused with what is left',
    token: 'demo-alex',
    turns: [
      { ask: { ...transfer200, dollars: '2000' }, expect: asksPinFirst },
      ...enrolled('To confirm: move $2,000.00'),
      { ask: { intent: 'yes' }, expect: { says: () => ['Done: $2,000.00'] } },
      {
        newSession: true,
        ask: { ...transfer200, dollars: '1500' },
        expect: { ...open, says: () => ['please say your four-digit voice PIN'] },
      },
      {
        ask: { intent: 'pin', pin: PIN },
        expect: { says: () => ["over today's voice limit of $3,000.00; you can still move $1,000.00 today", nothing] },
      },
    ],
  },
  {
    name: 'a closed account is explained and nothing is proposed',
    token: 'demo-lee',
    turns: [
      { ask: { intent: 'transfer', dollars: '50', toAccount: 'old savings' }, expect: asksPinFirst },
      ...enrolled(/Old savings ending in 0455 is closed/),
    ],
  },
  {
    name: 'the bank is down (500, nothing received): nothing moved, and it says so',
    token: 'fault-transfer-500',
    turns: [
      { ask: transfer200, expect: asksPinFirst },
      ...enrolled(confirm200),
      { ask: { intent: 'yes' }, expect: { says: () => ["couldn't reach your bank, so no money was moved"] } },
      { newSession: true, ask: { intent: 'transferStatus' }, expect: { says: () => ["couldn't reach your bank"] } },
    ],
  },
  {
    name: 'a slow bank past the deadline: never sent twice, and "did my transfer go through" has the answer',
    token: 'fault-transfer-slow-4000',
    turns: [
      { ask: transfer200, expect: asksPinFirst },
      ...enrolled(confirm200),
      { ask: { intent: 'yes' }, expect: { says: () => [/Done: \$200\.00|hasn't confirmed the transfer yet/] } },
      { newSession: true, ask: { intent: 'transferStatus' }, expect: { says: () => [done200] } },
    ],
  },
  {
    name: '"pay my credit card bill" asks which amount, then pays the minimum',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'payCard' }, expect: asksPinFirst },
      ...enrolled(
        'On your Rewards Card ending in 9034, the statement balance is $982.40 and the minimum payment is $35.00.',
      ),
      {
        ask: { intent: 'paymentAmount', paymentOption: 'minimum' },
        expect: { ...open, says: () => [`To confirm: move $35.00 from ${CHK} to Rewards Card ending in 9034`] },
      },
      { ask: { intent: 'yes' }, expect: { says: () => ['Done: $35.00'] } },
    ],
  },
  {
    name: '"make my loan payment" proposes the next payment amount',
    token: 'demo-lee',
    turns: [
      { ask: { intent: 'payLoan' }, expect: asksPinFirst },
      ...enrolled('To confirm: move $389.00 from Basic Checking ending in 6120 to Car loan ending in 3391'),
      { ask: { intent: 'yes' }, expect: { says: () => ['Done: $389.00'] } },
    ],
  },
  {
    name: 'a transfer without an amount says how to ask, and moves nothing',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'transfer', toAccount: 'savings' }, expect: asksPinFirst },
      ...enrolled('Tell me the amount and both accounts'),
    ],
  },
];
