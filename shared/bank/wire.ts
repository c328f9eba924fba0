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
  readonly accountCategory?: string | undefined;
  readonly accountType?: string | undefined;
  /** Masked number as the bank shows it, e.g. `...4821`; only its last four digits are kept. */
  readonly accountNumberDisplay?: string | undefined;
  readonly productName?: string | undefined;
  readonly nickname?: string | undefined;
  readonly status?: string | undefined;
  readonly currencyCode?: string | undefined;
  /** `ASSET` or `LIABILITY`, upper-cased: a liability's balance is owed. */
  readonly balanceType?: string | undefined;
}

/** One entry of `bills` on a credit card or line of credit. */
export interface WireBill {
  readonly statementBalance?: WireAmount | undefined;
  readonly minimumPaymentDue?: WireAmount | undefined;
  readonly dueDate?: string | undefined;
}

/** `GET /accounts/{accountId}`: the descriptor plus whichever balances the category carries. */
export interface WireAccountDetails extends WireAccount {
  readonly currentBalance?: WireAmount | undefined;
  readonly availableBalance?: WireAmount | undefined;
  readonly availableCredit?: WireAmount | undefined;
  readonly creditLine?: WireAmount | undefined;
  readonly lastStmtBalance?: WireAmount | undefined;
  readonly minimumPaymentAmount?: WireAmount | undefined;
  readonly nextPaymentDate?: string | undefined;
  readonly principalBalance?: WireAmount | undefined;
  readonly nextPaymentAmount?: WireAmount | undefined;
  readonly currentValue?: WireAmount | undefined;
  readonly bills: readonly WireBill[];
}

export interface WireTransaction {
  readonly transactionId: string;
  readonly amount: WireAmount;
  readonly transactionTimestamp?: string | undefined;
  readonly postedTimestamp?: string | undefined;
  readonly description?: string | undefined;
  /** `DEBIT`, `CREDIT` or `MEMO`, upper-cased. */
  readonly debitCreditMemo?: string | undefined;
  /** `PENDING`, `POSTED`, ..., upper-cased. */
  readonly status?: string | undefined;
  readonly category?: string | undefined;
  /** FDX `transactionType` (`DIRECTDEPOSIT`, `INTEREST`, `POSDEBIT`, ...), upper-cased. */
  readonly transactionType?: string | undefined;
  /**
   * From `transactionPayee` (the FDX object: `merchantName` {name1, name2}, `individualName`
   * {first, middle, last, suffix}, or `name`; or a plain string) or the deprecated `payee` string.
   */
  readonly payee?: string | undefined;
  readonly currencyCode?: string | undefined;
}

/** Where the next page is, in the order we prefer them. All absent means this was the last page. */
export interface WirePaging {
  /** `links.next.href`: absolute, or relative to the base URL. */
  readonly nextHref?: string | undefined;
  /** `page.nextPageKey`, sent back as `pageKey`. */
  readonly nextPageKey?: string | undefined;
  /** `page.nextOffset`, sent back as `offset`. */
  readonly nextOffset?: string | undefined;
  /** `page.totalElements`: how many items the whole list holds, when the bank says. */
  readonly totalElements?: number | undefined;
}

/** One page of a list endpoint. */
export interface WirePage<T> {
  readonly items: readonly T[];
  readonly paging: WirePaging;
}
