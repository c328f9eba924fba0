import { z } from 'zod';
import type { BankingIntent } from '../../shared';
import { PERIOD_KEYWORDS } from './period';

/** How a tool names an account: words the customer uses, or the last four digits. */
const account = {
  account: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The account in the customer\'s words, e.g. "checking", "rainy day savings", "travel card".'),
  last_four: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('The last four digits of the account or card number.'),
};

/** A keyword or ISO days, not both (both is answered as a period the core cannot read). */
const period = {
  period: z.enum(PERIOD_KEYWORDS).optional().describe("A period relative to today in the customer's time zone."),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('First day, YYYY-MM-DD (instead of period).'),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('Last day, YYYY-MM-DD; defaults to today when from is given.'),
};

const merchant = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .describe('A merchant or payee, e.g. "Starbucks", "Netflix"; "paycheck" for pay.');
const category = z
  .string()
  .min(1)
  .max(60)
  .optional()
  .describe('A spending category, e.g. "groceries", "restaurants", "coffee", "fuel", "travel", "utilities".');

/** One MCP tool per question the banking core answers. Descriptions are what the model routes on. */
export const TOOLS = {
  list_accounts: {
    intent: 'listAccounts',
    title: 'List bank accounts',
    input: {},
    description: "Lists the customer's bank accounts by name and last four digits. No balances.",
  },
  get_balance: {
    intent: 'getBalance',
    title: 'Account balance',
    input: { ...account },
    description:
      'Balance of one account (available and current; owed and credit left for cards), or of the first three accounts when none is named.',
  },
  recent_transactions: {
    intent: 'recentTransactions',
    title: 'Recent transactions',
    input: { ...account, count: z.number().int().min(1).max(10).optional().describe('How many, 1 to 10; default 3.') },
    description: 'The newest transactions of one account (checking when none is named), pending ones marked.',
  },
  transactions_in_period: {
    intent: 'transactionsInPeriod',
    title: 'Transactions in a period',
    input: { ...account, ...period },
    description: 'Every transaction of one account in a period (this month so far when none is given).',
  },
  spending: {
    intent: 'spending',
    title: 'Spending',
    input: { merchant, category, ...account, ...period },
    description:
      'How much the customer spent in a period, at a merchant or on a category, net of refunds, across spending accounts or on one.',
  },
  pending_transactions: {
    intent: 'pendingTransactions',
    title: 'Pending transactions',
    input: { ...account },
    description: 'Transactions not yet posted from the last 14 days: count, total and the items.',
  },
  card_details: {
    intent: 'cardDetails',
    title: 'Card payment details',
    input: { ...account },
    description:
      "A credit card's payment due date, statement balance, minimum payment, available credit and limit (a loan's next payment).",
  },
  last_transaction: {
    intent: 'lastTransactionWith',
    title: 'Last payment to or from',
    input: { merchant },
    description:
      'The latest transaction with a merchant or payee ("when did I last pay Netflix"); with no merchant, the latest paycheck.',
  },
  interest_earned: {
    intent: 'interestEarned',
    title: 'Interest earned',
    input: { ...period },
    description:
      "Interest credited to the customer's deposit accounts in a period (this year so far when none is given).",
  },
  verify_pin: {
    intent: 'pin',
    title: 'Check the voice PIN',
    input: {
      pin: z
        .string()
        .regex(/^\d{4}$/)
        .describe('The four digits the customer gave.'),
      continuation: z
        .string()
        .max(4096)
        .optional()
        .describe('The continuation from the result that asked for the PIN.'),
    },
    description:
      "Checks (or sets) the customer's four-digit PIN when a result asked for it, then answers the question that was waiting.",
  },
} as const satisfies Record<
  string,
  { intent: BankingIntent; title: string; description: string; input: z.ZodRawShape }
>;

export type ToolName = keyof typeof TOOLS;
