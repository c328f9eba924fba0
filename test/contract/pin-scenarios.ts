import type { Scenario } from './scenarios';

const open = { endSession: false, reprompt: true } as const;
const PIN = '4826';
/** Turns that set the PIN 4826 on a first balance question, which is then answered. */
const enrol = [
  {
    ask: { intent: 'getBalance', account: 'checking' },
    expect: { ...open, says: () => ["let's set up a four-digit voice PIN"], saysNot: ['$'] },
  },
  { ask: { intent: 'pin', pin: PIN }, expect: { ...open, says: () => ['same four digits again'], saysNot: [PIN] } },
  {
    ask: { intent: 'pin', pin: PIN },
    expect: {
      ...open,
      says: () => ['Your voice PIN is set.', /Everyday checking ending in 4821 has \$[\d,.]+ available/],
      saysNot: [PIN],
    },
  },
] as const;
const comeBack = {
  newSession: true,
  ask: { intent: 'getBalance', account: 'checking' },
  expect: { ...open, says: () => ['please say your four-digit voice PIN'], saysNot: ['$'] },
} as const;
const wrong = (left: string) =>
  ({
    ask: { intent: 'pin', pin: '9173' },
    expect: { ...open, says: () => [`That PIN isn't right. You have ${left}`] },
  }) as const;

/** PIN flows, each through both adapters, on a service with PIN_POLICY=session. */
export const PIN_SCENARIOS: readonly Scenario[] = [
  {
    name: 'enrolment refuses a trivial PIN, then sets one said twice and answers the question asked',
    token: 'demo-alex',
    turns: [
      enrol[0],
      { ask: { intent: 'pin', pin: '1234' }, expect: { ...open, says: () => ['too easy to guess'] } },
      enrol[1],
      enrol[2],
    ],
  },
  {
    name: 'enrolment starts again when the two PINs differ',
    token: 'demo-alex',
    turns: [
      enrol[0],
      enrol[1],
      { ask: { intent: 'pin', pin: '5937' }, expect: { ...open, says: () => ["Those didn't match"] } },
    ],
  },
  {
    name: 'a correct PIN in a later session answers the original question, even said as bare digits',
    token: 'demo-alex',
    turns: [
      ...enrol,
      comeBack,
      {
        ask: { intent: 'selectAccount', lastFour: PIN },
        expect: { ...open, says: () => [/Everyday checking ending in 4821 has \$[\d,.]+ available/] },
      },
      { ask: { intent: 'getBalance', account: 'savings' }, expect: { ...open, says: () => ['Rainy Day savings'] } },
    ],
  },
  {
    name: 'a wrong PIN says how many tries are left',
    token: 'demo-alex',
    turns: [...enrol, comeBack, wrong('2 more tries')],
  },
  {
    name: 'three wrong PINs lock the customer, and later sessions hear that it is locked',
    token: 'demo-alex',
    turns: [
      ...enrol,
      comeBack,
      wrong('2 more tries'),
      wrong('1 more try'),
      {
        ask: { intent: 'pin', pin: '9173' },
        expect: { endSession: true, says: () => ['locked', 'try again in 15 minutes'] },
      },
      {
        newSession: true,
        ask: { intent: 'getBalance' },
        expect: { endSession: true, says: () => ['locked'], saysNot: ['$'] },
      },
      { newSession: true, ask: { intent: 'help' }, expect: { ...open, says: () => ['balance'] } },
    ],
  },
  {
    name: 'the PIN lapses after the session has been idle',
    token: 'demo-alex',
    turns: [
      ...enrol,
      {
        waitMs: 3300,
        ask: { intent: 'getBalance', account: 'savings' },
        expect: { ...open, says: () => ['please say your four-digit voice PIN'], saysNot: ['$'] },
      },
    ],
  },
  {
    name: 'launch, help and stop never ask for the PIN',
    token: 'demo-alex',
    turns: [
      { ask: { intent: 'launch' }, expect: { ...open, says: () => ['Welcome'], saysNot: ['PIN'] } },
      { ask: { intent: 'help' }, expect: { ...open, saysNot: ['PIN'] } },
      { ask: { intent: 'stop' }, expect: { endSession: true, says: () => ['Goodbye'] } },
    ],
  },
];

/** With the state store down: PIN questions fail closed, everything else carries on. */
export const STORE_DOWN_SCENARIOS: readonly Scenario[] = [
  {
    name: 'the state store is down: no account data, a spoken reason, and help still works',
    token: 'demo-alex',
    turns: [
      {
        ask: { intent: 'getBalance' },
        expect: { endSession: true, says: () => ["can't check your PIN right now"], saysNot: ['$'] },
      },
      { newSession: true, ask: { intent: 'help' }, expect: { ...open, says: () => ['balance'] } },
    ],
  },
];

/** With PIN_POLICY=always, every question that reveals account data asks again. */
export const ALWAYS_SCENARIOS: readonly Scenario[] = [
  {
    name: 'every question that reveals account data asks for the PIN, even in the same session',
    token: 'demo-alex',
    turns: [
      ...enrol,
      {
        ask: { intent: 'getBalance', account: 'savings' },
        expect: { ...open, says: () => ['please say your four-digit voice PIN'], saysNot: ['$'] },
      },
      { ask: { intent: 'pin', pin: PIN }, expect: { ...open, says: () => ['Rainy Day savings'] } },
    ],
  },
];
