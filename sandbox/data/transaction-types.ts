import type { Merchant } from './merchants';
import type { DebitCredit } from './types';

/** Which FDX transaction-type list applies: deposit items, or line-of-credit (card) and loan items. */
export type LedgerKind = 'deposit' | 'credit' | 'loan';

const DEPOSIT_BY_FLOW = {
  payroll: 'DIRECTDEPOSIT',
  interest: 'INTEREST',
  dividend: 'DIVIDEND',
  transfer: 'TRANSFER',
  bill: 'BILLPAYMENT',
  fee: 'FEE',
  notice: 'ADJUSTMENT',
} as const;

/**
 * The FDX `transactionType` of an item, from the lists FDX defines per account category. Deposit:
 * a purchase is POSDEBIT, its refund POSCREDIT. Line of credit: a purchase is PURCHASE, a payment
 * received PAYMENT, a refund ADJUSTMENT. Loan: a payment received PAYMENT.
 */
export function transactionTypeOf(merchant: Merchant, memo: DebitCredit, ledger: LedgerKind): string {
  const { flow } = merchant;
  if (ledger === 'deposit') {
    if (flow !== undefined) return DEPOSIT_BY_FLOW[flow];
    return memo === 'CREDIT' ? 'POSCREDIT' : 'POSDEBIT';
  }
  if (flow === 'interest') return 'INTEREST';
  if (flow === 'fee') return 'FEE';
  if (memo === 'CREDIT') return flow === 'transfer' ? 'PAYMENT' : 'ADJUSTMENT';
  if (ledger === 'loan') return 'ADJUSTMENT';
  return flow === 'transfer' ? 'WITHDRAWAL' : 'PURCHASE';
}
