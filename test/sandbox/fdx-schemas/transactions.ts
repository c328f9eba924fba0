import { identifier, number, paginated, string, timestamp, type Schema } from './common';

/** FDX transactionType lists per account category (6.4). */
const TYPES = {
  DEPOSIT_ACCOUNT: [
    'ADJUSTMENT',
    'ATMDEPOSIT',
    'ATMWITHDRAWAL',
    'BILLPAYMENT',
    'CHECK',
    'DEPOSIT',
    'DIRECTDEPOSIT',
    'DIVIDEND',
    'FEE',
    'INTEREST',
    'POSCREDIT',
    'POSDEBIT',
    'TRANSFER',
    'WITHDRAWAL',
  ],
  LOC_ACCOUNT: ['ADJUSTMENT', 'CHECK', 'FEE', 'INTEREST', 'PAYMENT', 'WITHDRAWAL', 'PURCHASE'],
  LOAN_ACCOUNT: [
    'ADJUSTMENT',
    'FEE',
    'INTEREST',
    'PAYMENT',
    'LUMP_SUM_PAYMENT',
    'SKIP_PAYMENT',
    'DOUBLE_UP_PAYMENT',
    'PAYOFF',
  ],
} as const;

const names = (keys: readonly string[]): Schema => ({
  type: 'object',
  properties: Object.fromEntries(keys.map((key) => [key, string])),
  additionalProperties: false,
});

/** FDX TransactionPayee: a business's `merchantName` (BusinessName) or a person's `individualName`. */
const transactionPayee: Schema = {
  type: 'object',
  properties: {
    merchantName: { ...names(['name1', 'name2']), required: ['name1'] },
    individualName: { ...names(['first', 'middle', 'last', 'suffix']), required: ['first', 'last'] },
  },
  minProperties: 1,
  additionalProperties: false,
};

/** The Transaction base: 6.4 requires id, timestamp, description, debitCreditMemo, status and amount. */
function transaction(category: keyof typeof TYPES): Schema {
  return {
    type: 'object',
    properties: {
      accountCategory: { const: category },
      accountId: identifier,
      transactionId: identifier,
      referenceTransactionId: identifier,
      postedTimestamp: timestamp,
      transactionTimestamp: timestamp,
      description: string,
      debitCreditMemo: { enum: ['CREDIT', 'DEBIT', 'MEMO'] },
      category: string,
      subCategory: string,
      status: { enum: ['AUTHORIZATION', 'MEMO', 'PENDING', 'POSTED'] },
      // "The amount of money in the account currency. The amount is an absolute value."
      amount: { ...number, minimum: 0 },
      transactionType: { enum: [...TYPES[category]] },
      transactionPayee,
      ...(category === 'DEPOSIT_ACCOUNT'
        ? { payee: { type: 'string', maxLength: 255 }, checkNumber: { type: 'integer' } }
        : {}),
    },
    required: [
      'accountCategory',
      'transactionId',
      'transactionTimestamp',
      'description',
      'debitCreditMemo',
      'status',
      'amount',
    ],
    additionalProperties: false,
  };
}

/** `GET /accounts/{accountId}/transactions`. */
export const transactionsPage: Schema = paginated('transactions', {
  oneOf: (Object.keys(TYPES) as (keyof typeof TYPES)[]).map(transaction),
});
