import { currency, dateString, identifier, number, paginated, string, timestamp, type Schema } from './common';

/** FDX account types by category (6.4), the commercial ones included. */
const TYPES = {
  DEPOSIT_ACCOUNT: [
    'CHECKING',
    'SAVINGS',
    'CD',
    'ESCROW',
    'MONEYMARKET',
    'HIGHINTERESTSAVINGSACCOUNT',
    'FIRSTHOMESAVINGSACCOUNT',
    'OTHERDEPOSIT',
    'COMMERCIALDEPOSIT',
  ],
  LOC_ACCOUNT: ['LINEOFCREDIT', 'CHARGE', 'CREDITCARD', 'HOMELINEOFCREDIT', 'COMMERCIALLINEOFCREDIT'],
  LOAN_ACCOUNT: [
    'AUTOLOAN',
    'HOMEEQUITYLOAN',
    'INSTALLMENT',
    'LOAN',
    'MILITARYLOAN',
    'MORTGAGE',
    'PERSONALLOAN',
    'SMBLOAN',
    'STUDENTLOAN',
    'COMMERCIALLOAN',
  ],
} as const;
export type ServedCategory = keyof typeof TYPES;

const STATUS = [
  'CLOSED',
  'DELINQUENT',
  'NEGATIVECURRENTBALANCE',
  'OPEN',
  'PAID',
  'PENDINGCLOSE',
  'PENDINGOPEN',
  'RESTRICTED',
];

/** AccountDescriptor fields: 6.4 requires category, id, product name, status and currency. */
function descriptorProperties(category: ServedCategory): Record<string, Schema> {
  return {
    accountCategory: { const: category },
    accountId: identifier,
    accountType: { enum: [...TYPES[category]] },
    accountNumberDisplay: string,
    productName: string,
    nickname: string,
    status: { enum: STATUS },
    balanceType: { enum: ['ASSET', 'LIABILITY'] },
    currency,
  };
}
const REQUIRED = ['accountCategory', 'accountId', 'accountType', 'productName', 'status', 'currency'];

function oneOfCategories(extra: (category: ServedCategory) => Record<string, Schema>): Schema {
  return {
    oneOf: (Object.keys(TYPES) as ServedCategory[]).map((category) => ({
      type: 'object',
      properties: { ...descriptorProperties(category), ...extra(category) },
      required: REQUIRED,
      additionalProperties: false,
    })),
  };
}

/** One entry of `bills` (FDX Bills). */
const bill: Schema = {
  type: 'object',
  properties: {
    totalPaymentDue: number,
    minimumPaymentDue: number,
    dueDate: dateString,
    statementBalance: number,
    statementDate: dateString,
  },
  additionalProperties: false,
};

/** Balance fields per category; every one optional, as FDX has them. */
const BALANCES: Readonly<Record<ServedCategory, Record<string, Schema>>> = {
  DEPOSIT_ACCOUNT: { currentBalance: number, availableBalance: number },
  LOC_ACCOUNT: {
    currentBalance: number,
    availableCredit: number,
    creditLine: number,
    lastStmtBalance: number,
    minimumPaymentAmount: number,
    nextPaymentDate: dateString,
    bills: { type: 'array', items: bill },
  },
  LOAN_ACCOUNT: { principalBalance: number, nextPaymentAmount: number, nextPaymentDate: dateString },
};

/** `GET /accounts`. */
export const accountsPage: Schema = paginated(
  'accounts',
  oneOfCategories(() => ({})),
);

/** `GET /accounts/{accountId}`. */
export const accountDetails: Schema = oneOfCategories((category) => ({
  balanceAsOf: timestamp,
  ...BALANCES[category],
}));
