import type { DateTime } from 'luxon';

/** FDX v6 account categories the sandbox serves. */
export type AccountCategory = 'DEPOSIT_ACCOUNT' | 'LOC_ACCOUNT' | 'LOAN_ACCOUNT';

/** FDX account types the sandbox serves. */
export type AccountType =
  | 'CHECKING'
  | 'SAVINGS'
  | 'MONEYMARKET'
  | 'CREDITCARD'
  | 'LINEOFCREDIT'
  | 'MORTGAGE'
  | 'AUTOLOAN';

/**
 * FDX `debitCreditMemo`: DEBIT is money out of the account's holder's pocket, CREDIT money in,
 * MEMO an informational item (neither).
 */
export type DebitCredit = 'DEBIT' | 'CREDIT' | 'MEMO';

/** FDX transaction status; pending items carry no posted timestamp. */
export type TransactionStatus = 'PENDING' | 'POSTED';

/** One generated transaction. Amounts are integer cents; the wire turns them into decimals. */
export interface SandboxTransaction {
  readonly transactionId: string;
  /** When it happened, in the sandbox zone; always on a day before "today". */
  readonly at: DateTime;
  /** When it posted (start of the next day); undefined while pending. */
  readonly postedAt?: DateTime;
  /** The statement descriptor, as a bank prints it. */
  readonly description: string;
  /** Absolute amount in cents: a positive integer. */
  readonly amountCents: number;
  readonly debitCreditMemo: DebitCredit;
  readonly status: TransactionStatus;
  /** FDX `category` as sent: an ISO 18245 MCC such as "5411" for some merchants, words ("Groceries") for others. */
  readonly category: string;
  /** The merchant or counterparty as a person would say it, e.g. "Trader Joe's". */
  readonly payee: string;
  /** Set when the counterparty is a person: the wire sends `individualName` instead of `merchantName`. */
  readonly person?: { readonly first: string; readonly last: string };
  /** FDX `transactionType` of the account's category (deposit: POSDEBIT, DIRECTDEPOSIT, ...; card: PURCHASE, PAYMENT, ...). */
  readonly transactionType: string;
}

interface AccountBase {
  /** Opaque FDX id, e.g. "acc-alex-chk"; not the account number. */
  readonly accountId: string;
  readonly accountType: AccountType;
  /** The last four digits; the wire shows only `...1234`. */
  readonly last4: string;
  readonly productName: string;
  readonly nickname?: string;
  /** ISO 4217 currency of the account and of its transactions' amounts. Default USD. */
  readonly currency?: string;
  /** Balance fields the bank leaves out of `GET /accounts/{id}` (FDX makes them optional). */
  readonly omit?: readonly string[];
  /** FDX account status; `OPEN` when absent. A closed account still lists but moves no money. */
  readonly status?: 'OPEN' | 'CLOSED';
  /** Newest first, covering the 90 days before "today". */
  readonly transactions: readonly SandboxTransaction[];
}

/** Checking or savings. */
export interface DepositAccount extends AccountBase {
  readonly kind: 'deposit';
  readonly accountCategory: 'DEPOSIT_ACCOUNT';
  /** Posted balance in cents; negative when overdrawn. */
  readonly currentCents: number;
  /** Spendable balance in cents: current less pending debits. */
  readonly availableCents: number;
}

/** The last statement of a card or line of credit. */
export interface Statement {
  readonly statementCents: number;
  readonly minimumCents: number;
  /** Calendar date `yyyy-MM-dd`, after "today". */
  readonly dueDate: string;
}

/** Credit card or line of credit. */
export interface CreditAccount extends AccountBase {
  readonly kind: 'credit';
  readonly accountCategory: 'LOC_ACCOUNT';
  /** Amount owed in cents, positive. */
  readonly owedCents: number;
  readonly creditLineCents: number;
  readonly availableCreditCents: number;
  readonly statement: Statement;
  /**
   * How the statement goes on the wire: `bills[0]`, or the older top-level fields
   * (`lastStmtBalance`, `minimumPaymentAmount`, `nextPaymentDate`) that clients must fall back to.
   */
  readonly statementStyle: 'bills' | 'topLevel';
}

/** Mortgage or other loan. */
export interface LoanAccount extends AccountBase {
  readonly kind: 'loan';
  readonly accountCategory: 'LOAN_ACCOUNT';
  readonly principalCents: number;
  readonly nextPaymentCents: number;
  /** Calendar date `yyyy-MM-dd`, after "today". */
  readonly nextPaymentDate: string;
}

/** Any account the sandbox serves. */
export type SandboxAccount = DepositAccount | CreditAccount | LoanAccount;

/** A demo customer and everything the bank holds for them. */
export interface SandboxCustomer {
  readonly customerId: string;
  /** The bearer token that signs in as this customer. */
  readonly token: string;
  readonly name: { readonly first: string; readonly last: string };
  /** Page size for `GET /accounts`, when this customer's list should page on its own. */
  readonly accountsPageSize?: number;
  readonly accounts: readonly SandboxAccount[];
}
