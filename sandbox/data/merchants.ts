/** A counterparty as it shows on a statement and as a person would name it. */
export interface Merchant {
  /** What a person would say: "Trader Joe's", "AT&T". */
  readonly payee: string;
  /** The statement descriptor, upper-case and terse as card networks send it. */
  readonly description: string;
  /** FDX free-text category. */
  readonly category: string;
  /**
   * ISO 18245 merchant category code. When set, the wire's `category` carries the code (FDX:
   * "preferably MCC or SIC"); otherwise it carries the words.
   */
  readonly mcc?: number;
  /** What kind of money it is, for FDX `transactionType`; absent: a purchase (or its refund). */
  readonly flow?: MerchantFlow;
  /** Made up for the demo (not a real business): must never reach the shipped interaction models. */
  readonly demo?: true;
  /** A person rather than a business: the wire names them in `transactionPayee.individualName`. */
  readonly person?: { readonly first: string; readonly last: string };
}

/** Money that is not a purchase: pay, interest, dividends, transfers, bills, fees, notices. */
export type MerchantFlow = 'payroll' | 'interest' | 'dividend' | 'transfer' | 'bill' | 'fee' | 'notice';

/**
 * The demo merchants. Names with `&`, `'` and accents are here on purpose: they break naive SSML
 * and naive matching, and real statements are full of them.
 */
export const MERCHANTS = {
  acmePayroll: {
    payee: 'ACME Payroll',
    description: 'ACME PAYROLL DIR DEP PPD',
    category: 'Income',
    flow: 'payroll',
    demo: true,
  },
  brightSide: {
    payee: 'Bright Side Diner',
    description: 'BRIGHT SIDE DINER PAYROLL PPD',
    category: 'Income',
    flow: 'payroll',
    demo: true,
  },
  northwind: {
    payee: 'Northwind Health',
    description: 'NORTHWIND HEALTH DIR DEP PPD',
    category: 'Income',
    flow: 'payroll',
    demo: true,
  },
  hafenPayroll: {
    payee: 'Hafen Logistik',
    description: 'HAFEN LOGISTIK GEHALT SEPA',
    category: 'Income',
    flow: 'payroll',
    demo: true,
  },
  starbucks: { payee: 'Starbucks', description: 'STARBUCKS STORE #1234 SEATTLE WA', category: 'Coffee Shops' },
  peets: { payee: "Peet's Coffee", description: "PEET'S COFFEE #0412 OAKLAND CA", category: 'Coffee Shops' },
  netflix: { payee: 'Netflix', description: 'NETFLIX.COM LOS GATOS CA', category: 'Entertainment', mcc: 4899 },
  spotify: { payee: 'Spotify', description: 'SPOTIFY USA NEW YORK NY', category: 'Entertainment', mcc: 5815 },
  traderJoes: { payee: "Trader Joe's", description: "TRADER JOE'S #552 BROOKLYN NY", category: 'Groceries' },
  wholeFoods: {
    payee: 'Whole Foods Market',
    description: 'WHOLEFDS BKN 10234 BROOKLYN NY',
    category: 'Groceries',
    mcc: 5411,
  },
  aldi: { payee: 'Aldi', description: 'ALDI 72031 COLUMBUS OH', category: 'Groceries', mcc: 5411 },
  shell: { payee: 'Shell', description: 'SHELL OIL 57444213 BROOKLYN NY', category: 'Gas/Fuel', mcc: 5541 },
  costcoGas: { payee: 'Costco Gas', description: 'COSTCO GAS #1029 BROOKLYN NY', category: 'Gas/Fuel', mcc: 5542 },
  uber: { payee: 'Uber', description: 'UBER *TRIP HELP.UBER.COM CA', category: 'Travel', mcc: 4121 },
  lyft: { payee: 'Lyft', description: 'LYFT *RIDE SAN FRANCISCO CA', category: 'Travel', mcc: 4121 },
  delta: { payee: 'Delta Air Lines', description: 'DELTA AIR 0062345678901 ATLANTA GA', category: 'Travel', mcc: 3058 },
  marriott: { payee: 'Marriott', description: 'MARRIOTT DOWNTOWN CHICAGO IL', category: 'Travel', mcc: 3509 },
  att: {
    payee: 'AT&T',
    description: 'AT&T *WIRELESS PAYMENT DALLAS TX',
    category: 'Utilities',
    mcc: 4814,
    flow: 'bill',
  },
  conEd: { payee: 'Con Edison', description: 'CON ED OF NY WEB PMT', category: 'Utilities', mcc: 4900, flow: 'bill' },
  benJerrys: { payee: "Ben & Jerry's", description: "BEN & JERRY'S #118 BROOKLYN NY", category: 'Restaurants' },
  cafeMuller: { payee: 'Café Müller', description: 'CAFE MULLER BROOKLYN NY', category: 'Restaurants', demo: true },
  cremeCrumb: {
    payee: 'Crème de la Crumb',
    description: 'CREME DE LA CRUMB BKRY NY',
    category: 'Restaurants',
    mcc: 5462,
    demo: true,
  },
  mcdonalds: { payee: "McDonald's", description: "MCDONALD'S F31415 COLUMBUS OH", category: 'Restaurants', mcc: 5814 },
  chipotle: { payee: 'Chipotle', description: 'CHIPOTLE 2291 NEW YORK NY', category: 'Restaurants' },
  rewe: { payee: 'REWE', description: 'REWE MARKT 4471 HAMBURG', category: 'Groceries', mcc: 5411 },
  kaffeeHaus: {
    payee: 'Kaffeehaus Elbe',
    description: 'KAFFEEHAUS ELBE HAMBURG',
    category: 'Coffee Shops',
    demo: true,
  },
  amazon: { payee: 'Amazon', description: 'AMZN MKTP US*2K4LL0TQ1 SEATTLE WA', category: 'Shopping', mcc: 5942 },
  target: { payee: 'Target', description: 'TARGET 00012345 BROOKLYN NY', category: 'Shopping', mcc: 5310 },
  homeDepot: {
    payee: 'The Home Depot',
    description: 'THE HOME DEPOT #6123 BROOKLYN NY',
    category: 'Shopping',
    mcc: 5200,
  },
  walgreens: { payee: 'Walgreens', description: 'WALGREENS #4412 COLUMBUS OH', category: 'Health', mcc: 5912 },
  maple: {
    payee: 'Maple Street Apartments',
    description: 'MAPLE STREET APTS RENT WEB PMT',
    category: 'Housing',
    flow: 'bill',
    demo: true,
  },
  oakwood: {
    payee: 'Oakwood Rentals',
    description: 'OAKWOOD RENTALS ACH PMT',
    category: 'Housing',
    flow: 'bill',
    demo: true,
  },
  janeDoe: {
    payee: 'Jana Novak',
    description: 'ZELLE TO JANA NOVAK',
    category: 'Transfer',
    flow: 'transfer',
    person: { first: 'Jana', last: 'Novak' },
    demo: true,
  },
} as const satisfies Record<string, Merchant>;

/** The demo payees' names: fictional, for the sandbox, the simulator and tests only. */
export const DEMO_PAYEES: readonly string[] = Object.values(MERCHANTS as Readonly<Record<string, Merchant>>)
  .filter((m) => m.demo === true)
  .map((m) => m.payee);

/** A transfer between the customer's own accounts, or a payment to one of them. */
export function transfer(payee: string, description: string): Merchant {
  return { payee, description, category: 'Transfer', flow: 'transfer' };
}

/** A bank-originated item: interest, dividends, fees, notices. */
export function bankItem(payee: string, description: string, category: string, flow?: MerchantFlow): Merchant {
  return { payee, description, category, ...(flow === undefined ? {} : { flow }) };
}
