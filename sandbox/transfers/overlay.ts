import { DateTime } from 'luxon';
import { transfer } from '../data/merchants';
import { transactionTypeOf } from '../data/transaction-types';
import type { SandboxAccount, SandboxTransaction } from '../data/types';
import type { Ledger } from './ledger';
import type { PostedTransfer } from './types';

/** The item a transfer leaves on one side of it: a debit on the source, a credit on the destination. */
function itemFor(account: SandboxAccount, t: PostedTransfer, other: SandboxAccount | undefined): SandboxTransaction {
  const out = t.fromAccountId === account.accountId;
  const at = DateTime.fromISO(t.transferTime, { setZone: true });
  const otherName = other ? `${other.nickname ?? other.productName} ...${other.last4}` : 'another account';
  return {
    transactionId: `${t.referenceId}-${out ? 'D' : 'C'}`,
    at,
    postedAt: at,
    description: out
      ? `ONLINE TRANSFER TO ${otherName.toUpperCase()}`
      : `ONLINE TRANSFER FROM ${otherName.toUpperCase()}`,
    amountCents: t.amountCents,
    // On a card or loan a payment is a credit to the holder, exactly as on a deposit account.
    debitCreditMemo: out ? 'DEBIT' : 'CREDIT',
    status: 'POSTED',
    category: 'Transfer',
    payee: otherName,
    // FDX `transactionType` from the account category's list: TRANSFER on a deposit, PAYMENT into a card or loan.
    transactionType: transactionTypeOf(transfer(otherName, ''), out ? 'DEBIT' : 'CREDIT', account.kind),
  };
}

/** Cents that flowed into the account (negative: out of it). */
function netCents(account: SandboxAccount, transfers: readonly PostedTransfer[]): number {
  return transfers.reduce((sum, t) => sum + (t.toAccountId === account.accountId ? t.amountCents : -t.amountCents), 0);
}

/**
 * The account as the bank shows it after the customer's transfers: balances moved on both sides
 * and one posted item per transfer, newest first. Without transfers it is the generated account.
 */
export function withTransfers(
  account: SandboxAccount,
  customerId: string,
  ledger: Ledger,
  all: readonly SandboxAccount[],
): SandboxAccount {
  const transfers = ledger.touching(customerId, account.accountId);
  if (transfers.length === 0) return account;
  const net = netCents(account, transfers);
  const items = transfers.map((t) =>
    itemFor(
      account,
      t,
      all.find((a) => a.accountId === (t.fromAccountId === account.accountId ? t.toAccountId : t.fromAccountId)),
    ),
  );
  const transactions = [...items.reverse(), ...account.transactions];
  switch (account.kind) {
    case 'deposit':
      return {
        ...account,
        transactions,
        currentCents: account.currentCents + net,
        availableCents: account.availableCents + net,
      };
    case 'credit':
      return {
        ...account,
        transactions,
        owedCents: account.owedCents - net,
        availableCreditCents: Math.max(0, account.availableCreditCents + net),
      };
    case 'loan':
      return { ...account, transactions, principalCents: Math.max(0, account.principalCents - net) };
  }
}
