import type { CreditAccount, DepositAccount, LoanAccount, SandboxTransaction, Statement } from './types';

/** Sum of the pending items of one direction, in cents. */
function pendingCents(transactions: readonly SandboxTransaction[], memo: 'DEBIT' | 'CREDIT'): number {
  return transactions
    .filter((t) => t.status === 'PENDING' && t.debitCreditMemo === memo)
    .reduce((sum, t) => sum + t.amountCents, 0);
}

/** What a deposit account needs; the available balance is derived from the pending debits. */
export type DepositSpec = Omit<DepositAccount, 'kind' | 'accountCategory' | 'availableCents'>;

/** A checking or savings account whose available balance is current less pending debits. */
export function depositAccount(spec: DepositSpec): DepositAccount {
  return {
    kind: 'deposit',
    accountCategory: 'DEPOSIT_ACCOUNT',
    ...spec,
    availableCents: spec.currentCents - pendingCents(spec.transactions, 'DEBIT'),
  };
}

/** What a card or line of credit needs; available credit is derived from the line, owed and pending. */
export interface CreditSpec extends Omit<
  CreditAccount,
  'kind' | 'accountCategory' | 'availableCreditCents' | 'statementStyle'
> {
  readonly statementStyle?: CreditAccount['statementStyle'];
}

/** A card or line of credit: available credit is the line less what is owed and pending. */
export function creditAccount(spec: CreditSpec): CreditAccount {
  const available = spec.creditLineCents - spec.owedCents - pendingCents(spec.transactions, 'DEBIT');
  return {
    kind: 'credit',
    accountCategory: 'LOC_ACCOUNT',
    statementStyle: 'bills',
    ...spec,
    availableCreditCents: Math.max(0, available),
  };
}

/** A mortgage or other loan. */
export function loanAccount(spec: Omit<LoanAccount, 'kind' | 'accountCategory'>): LoanAccount {
  return { kind: 'loan', accountCategory: 'LOAN_ACCOUNT', ...spec };
}

/** Shorthand for a statement. */
export function statement(statementCents: number, minimumCents: number, dueDate: string): Statement {
  return { statementCents, minimumCents, dueDate };
}
