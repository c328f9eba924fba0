/**
 * FDX wire shapes after the type guards in read-wire.ts have checked them. They describe what the
 * bank sends (v6 flat or v5 wrapped, already unwrapped) and must never be imported outside
 * shared/bank: the rest of the service sees only the domain types in types.ts.
 */

/** A decimal amount as sent: JSON number or numeric string. Checked by toMinorUnits later. */
export type WireAmount = number | string;

/** Account descriptor fields common to every FDX account category. */
export interface WireAccount {
  readonly accountId: string;
  /** v6 `accountCategory`, or derived from the v5 wrapper key (`depositAccount` → DEPOSIT_ACCOUNT). */
  readonly accountCategory?: string;
  readonly accountType?: string;
  /** Masked number as the bank shows it, e.g. `...4821`; only its last four digits are kept. */
  readonly accountNumberDisplay?: string;
  readonly productName?: string;
  readonly nickname?: string;
  readonly status?: string;
  readonly currencyCode?: string;
}

/** One entry of `bills` on a credit card or line of credit. */
export interface WireBill {
  readonly statementBalance?: WireAmount;
  readonly minimumPaymentDue?: WireAmount;
  readonly dueDate?: string;
}

/** `GET /accounts/{accountId}`: the descriptor plus whichever balances the category carries. */
export interface WireAccountDetails extends WireAccount {
  readonly currentBalance?: WireAmount;
  readonly availableBalance?: WireAmount;
  readonly availableCredit?: WireAmount;
  readonly creditLine?: WireAmount;
  readonly lastStmtBalance?: WireAmount;
  readonly minimumPaymentAmount?: WireAmount;
  readonly nextPaymentDate?: string;
  readonly principalBalance?: WireAmount;
  readonly nextPaymentAmount?: WireAmount;
  readonly currentValue?: WireAmount;
  readonly bills: readonly WireBill[];
}

export interface WireTransaction {
  readonly transactionId: string;
  readonly amount: WireAmount;
  readonly transactionTimestamp?: string;
  readonly postedTimestamp?: string;
  readonly description?: string;
  /** `DEBIT`, `CREDIT` or `MEMO`, upper-cased. */
  readonly debitCreditMemo?: string;
  /** `PENDING`, `POSTED`, ..., upper-cased. */
  readonly status?: string;
  readonly category?: string;
  /** FDX `transactionType` (`DIRECTDEPOSIT`, `INTEREST`, `POSDEBIT`, ...), upper-cased. */
  readonly transactionType?: string;
  /** From `transactionPayee` or `payee`, whether sent as a string or as an object with a name. */
  readonly payee?: string;
  readonly currencyCode?: string;
}

/** Where the next page is, in the order we prefer them. All absent means this was the last page. */
export interface WirePaging {
  /** `links.next.href`: absolute, or relative to the base URL. */
  readonly nextHref?: string;
  /** `page.nextPageKey`, sent back as `pageKey`. */
  readonly nextPageKey?: string;
  /** `page.nextOffset`, sent back as `offset`. */
  readonly nextOffset?: string;
  /** `page.totalElements`: how many items the whole list holds, when the bank says. */
  readonly totalElements?: number;
}

/** One page of a list endpoint. */
export interface WirePage<T> {
  readonly items: readonly T[];
  readonly paging: WirePaging;
}
