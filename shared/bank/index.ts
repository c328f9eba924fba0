/**
 * The partner-bank (FDX) client's public surface. Wire shapes stay inside shared/bank.
 */
export { createBankClient, type FdxBankClient } from './client';
export type { BankClientConfig } from './config';
export { BankError, isBankError, type BankErrorKind } from './errors';
export type { TransferClient, TransferOrder, TransferReceipt, TransferStatus } from './transfer-types';
export type {
  AccountDetails,
  AccountKind,
  AccountSummary,
  BankClient,
  BankList,
  CallOptions,
  CreditDetails,
  DateRange,
  DepositDetails,
  ListCut,
  LoanDetails,
  OtherDetails,
  Transaction,
  TransactionOptions,
} from './types';
export { inDayRange } from './parse-transactions';
export { DEFAULT_BOUNDS, type SaneBounds } from './sanity';
