/**
 * The partner-bank (FDX) client's public surface. Wire shapes stay inside shared/bank.
 */
export { createBankClient, type FdxBankClient } from './client';
export type { BankClientConfig } from './config';
export { BankError, isBankError, type BankErrorKind } from './errors';
export type { TransferClient, TransferOrder, TransferReceipt, TransferStatus } from './transfer-types';
export type {
  AccountDetails, AccountKind, AccountSummary, BankClient, CallOptions, CreditDetails, DateRange, DepositDetails,
  LoanDetails, OtherDetails, Transaction,
} from './types';
