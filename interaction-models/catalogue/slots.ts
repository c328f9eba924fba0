import type { CustomSlotType, SlotDef } from './types';

/** Every slot of the catalogue; intents pick from these so a slot means the same everywhere. */
export const SLOTS = {
  account: { name: 'account', type: 'ACCOUNT_NAME', dialogflow: [{ name: 'account', entity: '@account-name' }] },
  lastFour: {
    name: 'lastFour',
    type: 'AMAZON.FOUR_DIGIT_NUMBER',
    dialogflow: [{ name: 'lastFour', entity: '@sys.number-sequence' }],
  },
  count: { name: 'count', type: 'AMAZON.NUMBER', dialogflow: [{ name: 'count', entity: '@sys.number' }] },
  merchant: { name: 'merchant', type: 'MERCHANT_NAME', dialogflow: [{ name: 'merchant', entity: '@merchant-name' }] },
  category: {
    name: 'category',
    type: 'SPENDING_CATEGORY',
    dialogflow: [{ name: 'category', entity: '@spending-category' }],
  },
  date: {
    name: 'date',
    type: 'AMAZON.DATE',
    dialogflow: [
      { name: 'date', entity: '@sys.date' },
      { name: 'datePeriod', entity: '@sys.date-period' },
    ],
  },
  // Dialogflow has no duration parameter of ours: "the last two weeks" is a date period there.
  duration: {
    name: 'duration',
    type: 'AMAZON.DURATION',
    dialogflow: [{ name: 'datePeriod', entity: '@sys.date-period' }],
  },
  pin: { name: 'pin', type: 'AMAZON.FOUR_DIGIT_NUMBER', dialogflow: [{ name: 'pin', entity: '@sys.number-sequence' }] },
  fromAccount: {
    name: 'fromAccount',
    type: 'ACCOUNT_NAME',
    dialogflow: [{ name: 'fromAccount', entity: '@account-name' }],
  },
  toAccount: { name: 'toAccount', type: 'ACCOUNT_NAME', dialogflow: [{ name: 'toAccount', entity: '@account-name' }] },
  fromLastFour: {
    name: 'fromLastFour',
    type: 'AMAZON.FOUR_DIGIT_NUMBER',
    dialogflow: [{ name: 'fromLastFour', entity: '@sys.number-sequence' }],
  },
  toLastFour: {
    name: 'toLastFour',
    type: 'AMAZON.FOUR_DIGIT_NUMBER',
    dialogflow: [{ name: 'toLastFour', entity: '@sys.number-sequence' }],
  },
  // Amounts: whole dollars (Dialogflow's @sys.number may carry cents as a fraction: 12.5) and cents.
  dollars: { name: 'dollars', type: 'AMAZON.NUMBER', dialogflow: [{ name: 'dollars', entity: '@sys.number' }] },
  cents: { name: 'cents', type: 'AMAZON.NUMBER', dialogflow: [{ name: 'cents', entity: '@sys.number' }] },
  paymentOption: {
    name: 'paymentOption',
    type: 'PAYMENT_OPTION',
    dialogflow: [{ name: 'paymentOption', entity: '@payment-option' }],
  },
} as const satisfies Record<string, SlotDef>;

/** Names of our own slot types on each platform. */
export interface CustomTypeNames {
  readonly alexa: CustomSlotType;
  /** Dialogflow entity name, without the `@`. */
  readonly dialogflow: string;
  /**
   * Dialogflow "automated expansion": accept values outside the list (merchants are endless).
   * Alexa custom slot types always accept unlisted values.
   */
  readonly openEnded: boolean;
}

/** The custom slot types, in the order the models list them. */
export const CUSTOM_TYPES: Readonly<Record<CustomSlotType, CustomTypeNames>> = {
  ACCOUNT_NAME: { alexa: 'ACCOUNT_NAME', dialogflow: 'account-name', openEnded: false },
  MERCHANT_NAME: { alexa: 'MERCHANT_NAME', dialogflow: 'merchant-name', openEnded: true },
  SPENDING_CATEGORY: { alexa: 'SPENDING_CATEGORY', dialogflow: 'spending-category', openEnded: false },
  PAYMENT_OPTION: { alexa: 'PAYMENT_OPTION', dialogflow: 'payment-option', openEnded: false },
};

/** The custom slot type ids in a stable order. */
export const CUSTOM_TYPE_IDS: readonly CustomSlotType[] = [
  'ACCOUNT_NAME',
  'MERCHANT_NAME',
  'SPENDING_CATEGORY',
  'PAYMENT_OPTION',
];

/** True for our own slot types (values from the locale), false for Amazon's built-ins. */
export function isCustomType(type: string): type is CustomSlotType {
  return (CUSTOM_TYPE_IDS as readonly string[]).includes(type);
}
