import type { DateTime } from 'luxon';
import type { MemoryCustomer } from './memory-bank';

/**
 * Customers for the in-memory bank, written as FDX 6.4 JSON a conformant bank may send (DESIGN §3
 * and §7): v6 flat account items and one v5 wrapped item, every account category, pending items
 * without `postedTimestamp`, `transactionPayee` as the FDX object (or the deprecated `payee`
 * string), `category` as an MCC or as words, `transactionType`, a MEMO item, an item in another
 * currency than its account, and balances left out where FDX makes them optional. Dates are
 * relative to `today` (the test clock's day in the user's zone), so any TEST_NOW gives the same answers.
 */

type Json = Record<string, unknown>;

/** `YYYY-MM-DDT12:00:00` with the zone's offset, `days` before today. */
const at = (today: DateTime, days: number, hour = 12): string =>
  today.minus({ days }).set({ hour, minute: 0, second: 0, millisecond: 0 }).toISO() ?? '';
const day = (today: DateTime, days: number): string => today.plus({ days }).toISODate() ?? '';

interface Item {
  readonly id: string;
  readonly daysAgo: number;
  /** Absolute amount, major units as FDX sends it. */
  readonly amount: number | string;
  readonly dcm: 'DEBIT' | 'CREDIT' | 'MEMO';
  readonly description: string;
  readonly merchant?: string;
  readonly person?: { first: string; last: string };
  /** The deprecated plain-string payee. */
  readonly payee?: string;
  readonly category?: string;
  readonly type?: string;
  readonly pending?: boolean;
  readonly currency?: string;
}

/** One FDX transaction item; pending ones have no `postedTimestamp`. */
function tx(today: DateTime, item: Item): Json {
  const when = at(today, item.daysAgo);
  return {
    transactionId: item.id,
    transactionTimestamp: when,
    ...(item.pending ? { status: 'PENDING' } : { status: 'POSTED', postedTimestamp: when }),
    description: item.description,
    amount: item.amount,
    debitCreditMemo: item.dcm,
    ...(item.merchant ? { transactionPayee: { merchantName: { name1: item.merchant } } } : {}),
    ...(item.person ? { transactionPayee: { individualName: item.person } } : {}),
    ...(item.payee ? { payee: item.payee } : {}),
    ...(item.category ? { category: item.category } : {}),
    ...(item.type ? { transactionType: item.type } : {}),
    ...(item.currency ? { currency: { currencyCode: item.currency } } : {}),
  };
}

interface Descriptor {
  readonly accountId: string;
  readonly accountCategory: string;
  readonly accountType: string;
  readonly accountNumberDisplay: string;
  readonly productName?: string;
  readonly nickname?: string;
  readonly status?: string;
  readonly currency?: string;
  readonly balanceType?: string;
}

const descriptor = (d: Descriptor): Json => ({
  accountId: d.accountId,
  accountCategory: d.accountCategory,
  accountType: d.accountType,
  accountNumberDisplay: d.accountNumberDisplay,
  ...(d.productName ? { productName: d.productName } : {}),
  ...(d.nickname ? { nickname: d.nickname } : {}),
  status: d.status ?? 'OPEN',
  currency: { currencyCode: d.currency ?? 'USD' },
  ...(d.balanceType ? { balanceType: d.balanceType } : {}),
});

/** A customer from descriptors, detail fields per account and items per account. */
function customer(parts: {
  customerId?: string;
  accounts: ReadonlyArray<{ d: Descriptor; details: Json; items?: readonly Json[]; wrap?: string }>;
}): MemoryCustomer {
  return {
    ...(parts.customerId ? { customerId: parts.customerId } : {}),
    // A v5 item is wrapped (`{"depositAccount": {...}}`) and names no category: the wrapper does.
    accounts: parts.accounts.map(({ d, wrap }) => {
      const { accountCategory: _category, ...v5 } = descriptor(d);
      return wrap ? { [wrap]: v5 } : descriptor(d);
    }),
    details: Object.fromEntries(
      parts.accounts.map(({ d, details }) => [d.accountId, { ...descriptor(d), ...details }]),
    ),
    transactions: Object.fromEntries(parts.accounts.map(({ d, items }) => [d.accountId, items ?? []])),
  };
}

const deposit = 'DEPOSIT_ACCOUNT';
const loc = 'LOC_ACCOUNT';
const loan = 'LOAN_ACCOUNT';

/** Alex: checking, savings (sent v5-wrapped), a card with a statement, a car loan. The dialogs' customer. */
function alex(today: DateTime): MemoryCustomer {
  const t = (item: Item): Json => tx(today, item);
  return customer({
    customerId: 'cust-alex',
    accounts: [
      {
        d: {
          accountId: 'alex-chk',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...4821',
          productName: 'Everyday Checking',
          nickname: 'Everyday checking',
        },
        details: { currentBalance: 1304.3, availableBalance: 1254.3 },
        items: [
          t({
            id: 'a1',
            daysAgo: 0,
            amount: 12.5,
            dcm: 'DEBIT',
            description: 'UBER TRIP HELP.UBER.COM',
            merchant: 'Uber',
            category: 'Travel',
            type: 'POSDEBIT',
            pending: true,
          }),
          t({
            id: 'a2',
            daysAgo: 1,
            amount: 23.1,
            dcm: 'DEBIT',
            description: "TRADER JOE'S #552",
            merchant: "Trader Joe's",
            category: '5411',
            type: 'POSDEBIT',
          }),
          t({
            id: 'a3',
            daysAgo: 2,
            amount: 5.75,
            dcm: 'DEBIT',
            description: 'STARBUCKS STORE #1234 SEATTLE WA',
            merchant: 'Starbucks',
            category: '5814',
            type: 'POSDEBIT',
          }),
          t({
            id: 'a4',
            daysAgo: 3,
            amount: 4.5,
            dcm: 'DEBIT',
            description: 'STARBUCKS STORE #1234 SEATTLE WA',
            merchant: 'Starbucks',
            category: '5814',
            type: 'POSDEBIT',
          }),
          t({
            id: 'a5',
            daysAgo: 3,
            amount: 2,
            dcm: 'CREDIT',
            description: 'STARBUCKS REFUND',
            merchant: 'Starbucks',
            category: '5814',
            type: 'POSCREDIT',
          }),
          t({
            id: 'a6',
            daysAgo: 4,
            amount: 9.99,
            dcm: 'DEBIT',
            description: 'NETFLIX.COM',
            payee: 'Netflix',
            category: 'Entertainment',
            type: 'POSDEBIT',
          }),
          t({
            id: 'a7',
            daysAgo: 5,
            amount: 2250,
            dcm: 'CREDIT',
            description: 'ACME PAYROLL DIR DEP PPD',
            merchant: 'ACME Payroll',
            category: 'Income',
            type: 'DIRECTDEPOSIT',
          }),
          t({
            id: 'a8',
            daysAgo: 6,
            amount: 60,
            dcm: 'DEBIT',
            description: 'SHELL OIL 5744',
            merchant: 'Shell',
            category: '5541',
            type: 'POSDEBIT',
            pending: true,
          }),
          t({
            id: 'a9',
            daysAgo: 8,
            amount: 88.4,
            dcm: 'DEBIT',
            description: 'AT&T BILL PAYMENT',
            merchant: 'AT&T',
            category: 'Utilities',
            type: 'BILLPAYMENT',
          }),
          t({
            id: 'a10',
            daysAgo: 9,
            amount: 200,
            dcm: 'DEBIT',
            description: 'ONLINE TRANSFER TO SAV ...7710',
            category: 'Transfer',
            type: 'TRANSFER',
          }),
          t({ id: 'a11', daysAgo: 10, amount: 0, dcm: 'MEMO', description: 'OVERDRAFT PROTECTION NOTICE' }),
        ],
      },
      {
        wrap: 'depositAccount',
        d: {
          accountId: 'alex-sav',
          accountCategory: deposit,
          accountType: 'SAVINGS',
          accountNumberDisplay: 'xxxx7710',
          nickname: 'Rainy Day savings',
        },
        details: { currentBalance: '3000.00' },
        items: [
          t({
            id: 's1',
            daysAgo: 9,
            amount: 200,
            dcm: 'CREDIT',
            description: 'ONLINE TRANSFER FROM CHK ...4821',
            category: 'Transfer',
            type: 'TRANSFER',
          }),
          t({
            id: 's2',
            daysAgo: 16,
            amount: 1.23,
            dcm: 'CREDIT',
            description: 'INTEREST PAYMENT',
            payee: 'Interest',
            category: 'Income',
            type: 'INTEREST',
          }),
        ],
      },
      {
        d: {
          accountId: 'alex-card',
          accountCategory: loc,
          accountType: 'CREDITCARD',
          accountNumberDisplay: '************9034',
          productName: 'Rewards Card',
        },
        details: {
          currentBalance: 412.75,
          availableCredit: 4587.25,
          creditLine: 5000,
          bills: [{ statementBalance: 412.75, minimumPaymentDue: 35, dueDate: day(today, 5) }],
        },
        items: [
          t({
            id: 'c1',
            daysAgo: 1,
            amount: 38.1,
            dcm: 'DEBIT',
            description: 'OLIVE GARDEN 0042',
            merchant: 'Olive Garden',
            category: '5812',
            type: 'PURCHASE',
          }),
          t({
            id: 'c2',
            daysAgo: 2,
            amount: 14.25,
            dcm: 'DEBIT',
            description: "BEN & JERRY'S",
            merchant: "Ben & Jerry's",
            category: 'Restaurants',
            type: 'PURCHASE',
            pending: true,
          }),
          t({
            id: 'c3',
            daysAgo: 12,
            amount: 300,
            dcm: 'CREDIT',
            description: 'PAYMENT THANK YOU',
            category: 'Transfer',
            type: 'PAYMENT',
          }),
        ],
      },
      {
        d: {
          accountId: 'alex-loan',
          accountCategory: loan,
          accountType: 'AUTOLOAN',
          accountNumberDisplay: '...5502',
          nickname: 'Car loan',
        },
        details: { principalBalance: 8930.11, nextPaymentAmount: 389, nextPaymentDate: day(today, 10) },
      },
    ],
  });
}

/** Kim: two checking accounts, two cards, two savings, a mortgage and a home equity line. The "which one?" customer. */
function kim(today: DateTime): MemoryCustomer {
  const t = (item: Item): Json => tx(today, item);
  return customer({
    customerId: 'cust-kim',
    accounts: [
      {
        d: {
          accountId: 'kim-hh',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...2231',
          nickname: 'Household',
        },
        details: { currentBalance: 2210.05, availableBalance: 2210.05 },
        items: [
          t({
            id: 'h1',
            daysAgo: 1,
            amount: 54.2,
            dcm: 'DEBIT',
            description: 'WHOLE FOODS MARKET',
            merchant: 'Whole Foods',
            category: '5411',
          }),
          t({
            id: 'h2',
            daysAgo: 2,
            amount: 18,
            dcm: 'DEBIT',
            description: 'SHELL OIL',
            merchant: 'Shell',
            category: '5541',
            pending: true,
          }),
          t({
            id: 'h3',
            daysAgo: 3,
            amount: 7.4,
            dcm: 'DEBIT',
            description: 'PEETS COFFEE',
            merchant: "Peet's Coffee",
            category: '5814',
          }),
          t({
            id: 'h4',
            daysAgo: 4,
            amount: 31,
            dcm: 'DEBIT',
            description: 'CITY WATER UTILITY',
            merchant: 'City Water',
            category: 'Utilities',
          }),
          t({
            id: 'h5',
            daysAgo: 5,
            amount: 12,
            dcm: 'DEBIT',
            description: 'STARBUCKS STORE 88',
            merchant: 'Starbucks',
            category: '5814',
          }),
          t({
            id: 'h6',
            daysAgo: 6,
            amount: 34.99,
            dcm: 'DEBIT',
            description: 'AMAZON MKTPLACE PMTS',
            merchant: 'Amazon Marketplace',
            category: '5942',
          }),
          t({
            id: 'h7',
            daysAgo: 7,
            amount: 21.5,
            dcm: 'DEBIT',
            description: 'AMAZON MKTPLACE PMTS',
            merchant: 'Amazon Marketplace',
            category: '5942',
          }),
          t({
            id: 'h8',
            daysAgo: 8,
            amount: 8.99,
            dcm: 'DEBIT',
            description: 'AMAZON PRIME VIDEO',
            merchant: 'Amazon Prime Video',
            category: 'Entertainment',
          }),
        ],
      },
      {
        d: {
          accountId: 'kim-pers',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...5567',
          nickname: 'Personal',
        },
        details: { currentBalance: 640, availableBalance: 615.5 },
        items: [
          t({
            id: 'p1',
            daysAgo: 1,
            amount: 22.5,
            dcm: 'DEBIT',
            description: 'STARBUCKS STORE 12',
            merchant: 'Starbucks',
            category: '5814',
            pending: true,
          }),
          t({
            id: 'p2',
            daysAgo: 2,
            amount: 9,
            dcm: 'DEBIT',
            description: 'STARBUCKS STORE 12',
            merchant: 'Starbucks',
            category: '5814',
          }),
        ],
      },
      {
        d: {
          accountId: 'kim-ef',
          accountCategory: deposit,
          accountType: 'SAVINGS',
          accountNumberDisplay: '...8802',
          nickname: 'Emergency Fund',
        },
        details: { currentBalance: 15000, availableBalance: 15000 },
      },
      {
        d: {
          accountId: 'kim-travel',
          accountCategory: loc,
          accountType: 'CREDITCARD',
          accountNumberDisplay: '...1456',
          productName: 'Travel Card',
        },
        details: {
          currentBalance: 1200,
          availableCredit: 8800,
          creditLine: 10000,
          lastStmtBalance: 982.4,
          minimumPaymentAmount: 35,
          nextPaymentDate: day(today, 12),
        },
        items: [
          t({
            id: 't1',
            daysAgo: 2,
            amount: 420,
            dcm: 'DEBIT',
            description: 'DELTA AIR LINES',
            merchant: 'Delta',
            category: '3058',
          }),
          t({
            id: 't2',
            daysAgo: 3,
            amount: 65,
            dcm: 'DEBIT',
            description: 'HILTON HOTELS',
            merchant: 'Hilton',
            category: '3504',
            pending: true,
          }),
          t({
            id: 't3',
            daysAgo: 4,
            amount: 12,
            dcm: 'DEBIT',
            description: 'UBER TRIP',
            merchant: 'Uber',
            category: 'Travel',
            pending: true,
          }),
        ],
      },
      {
        d: {
          accountId: 'kim-cash',
          accountCategory: loc,
          accountType: 'CREDITCARD',
          accountNumberDisplay: '...8890',
          productName: 'Cash Back Card',
        },
        details: {
          currentBalance: 75.3,
          availableCredit: 2924.7,
          bills: [{ statementBalance: 75.3, dueDate: day(today, 20) }],
        },
        items: [],
      },
      {
        d: {
          accountId: 'kim-mort',
          accountCategory: loan,
          accountType: 'MORTGAGE',
          accountNumberDisplay: '...6120',
          productName: 'Home Loan',
        },
        details: { principalBalance: 284120.55, nextPaymentAmount: 1890.12, nextPaymentDate: day(today, 14) },
      },
      {
        d: {
          accountId: 'kim-heloc',
          accountCategory: loc,
          accountType: 'HOMEEQUITYLINEOFCREDIT',
          accountNumberDisplay: '...4409',
          productName: 'Home Equity Line of Credit',
        },
        details: { currentBalance: 12000, availableCredit: 38000, creditLine: 50000 },
        items: [],
      },
    ],
  });
}

/**
 * Jo: a bank that leaves optional balances out, and the other FDX categories: checking with only
 * `availableBalance`, a card with no `currentBalance` and no statement, a loan with only the next
 * payment amount, an investment account, an insurance policy without a value, and a
 * buy-now-pay-later plan listed under another category but marked `balanceType: LIABILITY`.
 * No `GET /customers/current`: the PIN key comes from the account ids.
 */
function jo(today: DateTime): MemoryCustomer {
  const t = (item: Item): Json => tx(today, item);
  return customer({
    accounts: [
      {
        d: {
          accountId: 'jo-chk',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...2604',
          productName: 'Simple Checking',
        },
        details: { availableBalance: 318.4 },
        items: [
          t({
            id: 'j1',
            daysAgo: 2,
            amount: 45,
            dcm: 'DEBIT',
            description: 'ZELLE TO SAM',
            person: { first: 'Sam', last: 'Rivera' },
            type: 'TRANSFER',
          }),
        ],
      },
      {
        d: {
          accountId: 'jo-card',
          accountCategory: loc,
          accountType: 'CREDITCARD',
          accountNumberDisplay: '...7315',
          productName: 'Starter Card',
        },
        details: { availableCredit: 500 },
        items: [],
      },
      {
        d: {
          accountId: 'jo-loan',
          accountCategory: loan,
          accountType: 'AUTOLOAN',
          accountNumberDisplay: '...5512',
          productName: 'Auto Loan',
        },
        details: { nextPaymentAmount: 250 },
      },
      {
        d: {
          accountId: 'jo-inv',
          accountCategory: 'INVESTMENT_ACCOUNT',
          accountType: 'BROKERAGE',
          accountNumberDisplay: '...9001',
          productName: 'Brokerage',
        },
        details: { currentValue: 10250.5 },
      },
      {
        d: {
          accountId: 'jo-ins',
          accountCategory: 'INSURANCE_ACCOUNT',
          accountType: 'TERMLIFE',
          accountNumberDisplay: '...3003',
          productName: 'Term Life',
        },
        details: {},
      },
      {
        d: {
          accountId: 'jo-bnpl',
          accountCategory: 'COMMERCIAL_ACCOUNT',
          accountType: 'PAYPLAN',
          accountNumberDisplay: '...7777',
          productName: 'Pay Plan',
          balanceType: 'LIABILITY',
        },
        details: { currentBalance: 120 },
      },
    ],
  });
}

/**
 * Max: accounts in two currencies (US dollars and euros), with spending, pending items and
 * interest in both, and one card purchase made in pounds (FDX: an item's own currency wins).
 */
function max(today: DateTime): MemoryCustomer {
  const t = (item: Item): Json => tx(today, item);
  return customer({
    customerId: 'cust-max',
    accounts: [
      {
        d: {
          accountId: 'max-usd',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...1111',
          productName: 'Dollar Checking',
        },
        details: { currentBalance: 900, availableBalance: 900 },
        items: [
          t({
            id: 'm1',
            daysAgo: 1,
            amount: 20,
            dcm: 'DEBIT',
            description: 'STARBUCKS NEW YORK',
            merchant: 'Starbucks',
            category: '5814',
          }),
          t({
            id: 'm2',
            daysAgo: 2,
            amount: 15,
            dcm: 'DEBIT',
            description: 'UBER',
            merchant: 'Uber',
            category: 'Travel',
            pending: true,
          }),
          t({
            id: 'm3',
            daysAgo: 3,
            amount: 0.5,
            dcm: 'CREDIT',
            description: 'INTEREST PAYMENT',
            category: 'Income',
            type: 'INTEREST',
          }),
        ],
      },
      {
        d: {
          accountId: 'max-eur',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...6020',
          nickname: 'Euro',
          currency: 'EUR',
        },
        details: { currentBalance: 4825.3, availableBalance: 4825.3 },
        items: [
          t({
            id: 'e1',
            daysAgo: 1,
            amount: 12.4,
            dcm: 'DEBIT',
            description: 'STARBUCKS BERLIN',
            merchant: 'Starbucks',
            category: '5814',
          }),
          t({
            id: 'e2',
            daysAgo: 2,
            amount: 30,
            dcm: 'DEBIT',
            description: 'DB BAHN',
            merchant: 'Deutsche Bahn',
            category: 'Travel',
            pending: true,
          }),
          t({
            id: 'e3',
            daysAgo: 3,
            amount: 0.8,
            dcm: 'CREDIT',
            description: 'ZINSEN INTEREST',
            category: 'Income',
            type: 'INTEREST',
          }),
          t({ id: 'e4', daysAgo: 4, amount: 0, dcm: 'MEMO', description: 'STATEMENT AVAILABLE' }),
        ],
      },
      {
        d: {
          accountId: 'max-card',
          accountCategory: loc,
          accountType: 'CREDITCARD',
          accountNumberDisplay: '...4242',
          productName: 'World Card',
        },
        details: { currentBalance: 80, availableCredit: 1920 },
        items: [
          t({
            id: 'w1',
            daysAgo: 2,
            amount: 25,
            dcm: 'DEBIT',
            description: 'PRET A MANGER LONDON',
            merchant: 'Pret A Manger',
            category: '5814',
            currency: 'GBP',
          }),
        ],
      },
    ],
  });
}

/**
 * Lee: balances where current (ledger) and available disagree: checking below zero that an
 * overdraft line keeps spendable, savings in credit with a hold larger than it, and a money market
 * with only `currentBalance`.
 */
function lee(): MemoryCustomer {
  return customer({
    customerId: 'cust-lee',
    accounts: [
      {
        d: {
          accountId: 'lee-chk',
          accountCategory: deposit,
          accountType: 'CHECKING',
          accountNumberDisplay: '...3141',
          productName: 'Overdraft Checking',
        },
        details: { currentBalance: -50, availableBalance: 450 },
      },
      {
        d: {
          accountId: 'lee-sav',
          accountCategory: deposit,
          accountType: 'SAVINGS',
          accountNumberDisplay: '...2718',
          productName: 'Held Savings',
        },
        details: { currentBalance: 100, availableBalance: -20 },
      },
      {
        d: {
          accountId: 'lee-mm',
          accountCategory: deposit,
          accountType: 'MONEYMARKET',
          accountNumberDisplay: '...1618',
          productName: 'Ledger Money Market',
        },
        details: { currentBalance: 300 },
      },
    ],
  });
}

/** The token each customer is linked with. */
export const TOKENS = {
  alex: 'token-alex',
  kim: 'token-kim',
  jo: 'token-jo',
  max: 'token-max',
  lee: 'token-lee',
  none: 'token-none',
} as const;

/** Every customer, keyed by bearer token, with dates relative to `today`. */
export function fdxCustomers(today: DateTime): Record<string, MemoryCustomer> {
  return {
    [TOKENS.alex]: alex(today),
    [TOKENS.kim]: kim(today),
    [TOKENS.jo]: jo(today),
    [TOKENS.max]: max(today),
    [TOKENS.lee]: lee(),
    // Shares no account and the bank names no customer: there is nothing a PIN could protect.
    [TOKENS.none]: { accounts: [], details: {}, transactions: {} },
  };
}
