import { decimal, isoDate, isoTimestamp } from '../data/dates';
import type { SandboxAccount, SandboxCustomer, SandboxTransaction } from '../data/types';

/** A JSON object as the sandbox sends it. */
export type JsonBody = Readonly<Record<string, unknown>>;

/** The v6 flat account descriptor: what `GET /accounts` lists. */
export function accountDescriptor(account: SandboxAccount): JsonBody {
  return {
    accountCategory: account.accountCategory,
    accountId: account.accountId,
    accountType: account.accountType,
    accountNumberDisplay: `...${account.last4}`,
    productName: account.productName,
    ...(account.nickname === undefined ? {} : { nickname: account.nickname }),
    status: account.status ?? 'OPEN',
    balanceType: account.kind === 'deposit' ? 'ASSET' : 'LIABILITY',
    currency: { currencyCode: account.currency ?? 'USD' },
  };
}

/** The body without the balance fields this account's bank leaves out (all optional in FDX). */
function without(body: JsonBody, omit: readonly string[] | undefined): JsonBody {
  if (omit === undefined || omit.length === 0) return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !omit.includes(key)));
}

function balances(account: SandboxAccount): JsonBody {
  switch (account.kind) {
    case 'deposit':
      return { currentBalance: decimal(account.currentCents), availableBalance: decimal(account.availableCents) };
    case 'loan':
      return {
        principalBalance: decimal(account.principalCents),
        nextPaymentAmount: decimal(account.nextPaymentCents),
        nextPaymentDate: account.nextPaymentDate,
      };
    case 'credit': {
      const { statement } = account;
      const common = {
        currentBalance: decimal(account.owedCents),
        availableCredit: decimal(account.availableCreditCents),
        creditLine: decimal(account.creditLineCents),
      };
      return account.statementStyle === 'bills'
        ? {
            ...common,
            bills: [
              {
                statementBalance: decimal(statement.statementCents),
                minimumPaymentDue: decimal(statement.minimumCents),
                dueDate: statement.dueDate,
              },
            ],
          }
        : {
            ...common,
            lastStmtBalance: decimal(statement.statementCents),
            minimumPaymentAmount: decimal(statement.minimumCents),
            nextPaymentDate: statement.dueDate,
          };
    }
  }
}

/** `GET /accounts/{accountId}`: the descriptor plus the balances of its kind, as of `asOf`. */
export function accountDetails(account: SandboxAccount, asOf: string): JsonBody {
  return { ...accountDescriptor(account), balanceAsOf: asOf, ...without(balances(account), account.omit) };
}

/** One v6 flat transaction item. */
export function transactionItem(account: SandboxAccount, t: SandboxTransaction): JsonBody {
  return {
    accountCategory: account.accountCategory,
    accountId: account.accountId,
    transactionId: t.transactionId,
    transactionTimestamp: isoTimestamp(t.at),
    ...(t.postedAt === undefined ? {} : { postedTimestamp: isoTimestamp(t.postedAt) }),
    description: t.description,
    amount: decimal(t.amountCents),
    debitCreditMemo: t.debitCreditMemo,
    status: t.status,
    category: t.category,
    transactionType: t.transactionType,
    transactionPayee:
      t.person === undefined
        ? { merchantName: { name1: t.payee } }
        : { individualName: { first: t.person.first, last: t.person.last } },
  };
}

/** `GET /customers/current`. */
export function customerBody(customer: SandboxCustomer): JsonBody {
  return { customerId: customer.customerId, name: { first: customer.name.first, last: customer.name.last } };
}

/** The transaction's calendar date in its own (the sandbox's) zone. */
export function transactionDate(t: SandboxTransaction): string {
  return isoDate(t.at);
}
