/** A counterparty as it shows on a statement and as a person would name it. */
export interface Merchant {
  /** What a person would say: "Trader Joe's", "AT&T". */
  readonly payee: string;
  /** The statement descriptor, upper-case and terse as card networks send it. */
  readonly description: string;
  /** FDX free-text category. */
  readonly category: string;
  /** ISO 18245 merchant category code, for card-style purchases. */
  readonly mcc?: number;
  /** FDX deposit `transactionType` where the item's kind is certain (payroll, interest). */
  readonly transactionType?: 'DIRECTDEPOSIT' | 'INTEREST' | 'DIVIDEND';
}

/**
 * The demo merchants. Names with `&`, `'` and accents are here on purpose: they break naive SSML
 * and naive matching, and real statements are full of them.
 */
export const MERCHANTS = {
  acmePayroll: { payee: 'ACME Payroll', description: 'ACME PAYROLL DIR DEP PPD', category: 'Income', transactionType: 'DIRECTDEPOSIT' },
  brightSide: { payee: 'Bright Side Diner', description: 'BRIGHT SIDE DINER PAYROLL PPD', category: 'Income', transactionType: 'DIRECTDEPOSIT' },
  northwind: { payee: 'Northwind Health', description: 'NORTHWIND HEALTH DIR DEP PPD', category: 'Income', transactionType: 'DIRECTDEPOSIT' },
  starbucks: { payee: 'Starbucks', description: 'STARBUCKS STORE #1234 SEATTLE WA', category: 'Coffee Shops', mcc: 5814 },
  peets: { payee: "Peet's Coffee", description: "PEET'S COFFEE #0412 OAKLAND CA", category: 'Coffee Shops', mcc: 5814 },
  netflix: { payee: 'Netflix', description: 'NETFLIX.COM LOS GATOS CA', category: 'Entertainment', mcc: 4899 },
  spotify: { payee: 'Spotify', description: 'SPOTIFY USA NEW YORK NY', category: 'Entertainment', mcc: 5815 },
  traderJoes: { payee: "Trader Joe's", description: "TRADER JOE'S #552 BROOKLYN NY", category: 'Groceries', mcc: 5411 },
  wholeFoods: { payee: 'Whole Foods Market', description: 'WHOLEFDS BKN 10234 BROOKLYN NY', category: 'Groceries', mcc: 5411 },
  aldi: { payee: 'Aldi', description: 'ALDI 72031 COLUMBUS OH', category: 'Groceries', mcc: 5411 },
  shell: { payee: 'Shell', description: 'SHELL OIL 57444213 BROOKLYN NY', category: 'Gas/Fuel', mcc: 5541 },
  costcoGas: { payee: 'Costco Gas', description: 'COSTCO GAS #1029 BROOKLYN NY', category: 'Gas/Fuel', mcc: 5542 },
  uber: { payee: 'Uber', description: 'UBER *TRIP HELP.UBER.COM CA', category: 'Travel', mcc: 4121 },
  lyft: { payee: 'Lyft', description: 'LYFT *RIDE SAN FRANCISCO CA', category: 'Travel', mcc: 4121 },
  delta: { payee: 'Delta Air Lines', description: 'DELTA AIR 0062345678901 ATLANTA GA', category: 'Travel', mcc: 3058 },
  marriott: { payee: 'Marriott', description: 'MARRIOTT DOWNTOWN CHICAGO IL', category: 'Travel', mcc: 3509 },
  att: { payee: 'AT&T', description: 'AT&T *WIRELESS PAYMENT DALLAS TX', category: 'Utilities', mcc: 4814 },
  conEd: { payee: 'Con Edison', description: 'CON ED OF NY WEB PMT', category: 'Utilities', mcc: 4900 },
  benJerrys: { payee: "Ben & Jerry's", description: "BEN & JERRY'S #118 BROOKLYN NY", category: 'Restaurants', mcc: 5812 },
  cafeMuller: { payee: 'Café Müller', description: 'CAFE MULLER BROOKLYN NY', category: 'Restaurants', mcc: 5812 },
  cremeCrumb: { payee: 'Crème de la Crumb', description: 'CREME DE LA CRUMB BKRY NY', category: 'Restaurants', mcc: 5462 },
  mcdonalds: { payee: "McDonald's", description: "MCDONALD'S F31415 COLUMBUS OH", category: 'Restaurants', mcc: 5814 },
  chipotle: { payee: 'Chipotle', description: 'CHIPOTLE 2291 NEW YORK NY', category: 'Restaurants', mcc: 5814 },
  amazon: { payee: 'Amazon', description: 'AMZN MKTP US*2K4LL0TQ1 SEATTLE WA', category: 'Shopping', mcc: 5942 },
  target: { payee: 'Target', description: 'TARGET 00012345 BROOKLYN NY', category: 'Shopping', mcc: 5310 },
  homeDepot: { payee: 'The Home Depot', description: 'THE HOME DEPOT #6123 BROOKLYN NY', category: 'Shopping', mcc: 5200 },
  walgreens: { payee: 'Walgreens', description: 'WALGREENS #4412 COLUMBUS OH', category: 'Health', mcc: 5912 },
  maple: { payee: 'Maple Street Apartments', description: 'MAPLE STREET APTS RENT WEB PMT', category: 'Housing' },
  oakwood: { payee: 'Oakwood Rentals', description: 'OAKWOOD RENTALS ACH PMT', category: 'Housing' },
} as const satisfies Record<string, Merchant>;

/** A transfer between the customer's own accounts, or a payment to one of them. */
export function transfer(payee: string, description: string): Merchant {
  return { payee, description, category: 'Transfer' };
}

/** A bank-originated item: interest, fees. */
export function bankItem(payee: string, description: string, category: string, transactionType?: Merchant['transactionType']): Merchant {
  return { payee, description, category, ...(transactionType ? { transactionType } : {}) };
}
