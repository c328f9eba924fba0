import type { BankClient, TransactionOptions } from '../bank/types';
import type { RoundTrips } from '../bank/round-trips';

/**
 * The bank as one turn sees it: every call carries the turn's signal and round-trip accounting,
 * so handlers need not pass them and no call escapes the count.
 */
export function turnBank(bank: BankClient, signal: AbortSignal, roundTrips: RoundTrips): BankClient {
  // The caller's other options (the account's currency) pass through untouched.
  const withTurn = (options?: TransactionOptions): TransactionOptions => ({
    ...options,
    signal: options?.signal ?? signal,
    roundTrips,
  });
  return {
    listAccounts: (token, options) => bank.listAccounts(token, withTurn(options)),
    getAccount: (token, id, options) => bank.getAccount(token, id, withTurn(options)),
    listTransactions: (token, id, range, options) => bank.listTransactions(token, id, range, withTurn(options)),
    getCustomerId: (token, options) => bank.getCustomerId(token, withTurn(options)),
  };
}
