import { type BankClient, type Clock, isBankError, type PinGuard, type TransferClient } from '../../shared';
import type { CertFetcher } from '../alexa/verification';
import type { Metrics } from './metrics';

/** The FDX endpoint template behind each client method (the label; never a real id). */
const ENDPOINTS = {
  listAccounts: '/accounts',
  getAccount: '/accounts/{id}',
  listTransactions: '/accounts/{id}/transactions',
  getCustomerId: '/customers/current',
} as const satisfies Record<keyof BankClient, string>;

/** Counts and times one client call under an endpoint template; errors pass through unchanged. */
function timer(metrics: Metrics, clock: Clock) {
  return <T>(endpoint: string, call: () => Promise<T>): Promise<T> => {
    const started = clock.monotonicMs();
    const done = (outcome: string): void => metrics.bankCall(endpoint, outcome, (clock.monotonicMs() - started) / 1000);
    return call().then(
      (value) => (done('ok'), value),
      (error: unknown) => {
        done(isBankError(error) ? error.kind : 'internal');
        throw error;
      },
    );
  };
}

/** A bank client that counts and times every call; errors pass through unchanged. */
export function instrumentBank(bank: BankClient, metrics: Metrics, clock: Clock): BankClient {
  const timed = timer(metrics, clock);
  return {
    listAccounts: (token, options) => timed(ENDPOINTS.listAccounts, () => bank.listAccounts(token, options)),
    getAccount: (token, id, options) => timed(ENDPOINTS.getAccount, () => bank.getAccount(token, id, options)),
    listTransactions: (token, id, range, options) =>
      timed(ENDPOINTS.listTransactions, () => bank.listTransactions(token, id, range, options)),
    getCustomerId: (token, options) => timed(ENDPOINTS.getCustomerId, () => bank.getCustomerId(token, options)),
  };
}

/** A transfer client that counts and times every POST /transfers and read-back (outcome 'ok' or the error kind). */
export function instrumentTransfers(transfers: TransferClient, metrics: Metrics, clock: Clock): TransferClient {
  const timed = timer(metrics, clock);
  return {
    createTransfer: (token, order, options) =>
      timed('POST /transfers', () => transfers.createTransfer(token, order, options)),
    getTransfer: (token, id, options) => timed('/transfers/{id}', () => transfers.getTransfer(token, id, options)),
  };
}

/** A PIN guard that counts PIN outcomes and lockouts. */
export function instrumentPinGuard(guard: PinGuard, metrics: Metrics): PinGuard {
  return {
    ...guard,
    check: async (key) => {
      const state = await guard.check(key);
      if (state.locked) metrics.pin('locked');
      return state;
    },
    recordSuccess: async (key) => {
      await guard.recordSuccess(key);
      metrics.pin('correct');
    },
    recordFailure: async (key) => {
      const failure = await guard.recordFailure(key);
      metrics.pin('wrong');
      if (failure.locked) metrics.lockout();
      return failure;
    },
    // A guess checked after takeAttempt (the gate's way since issue 13) and found wrong.
    attemptFailed: async (key, attempt) => {
      const failure = await guard.attemptFailed(key, attempt);
      metrics.pin('wrong');
      if (failure.locked) metrics.lockout();
      return failure;
    },
    takeAttempt: async (key) => {
      const attempt = await guard.takeAttempt(key);
      if (!attempt.allowed) metrics.pin('locked');
      return attempt;
    },
  };
}

/** A certificate fetcher that counts downloads and their failures. */
export function instrumentCertFetcher(fetchPem: CertFetcher, metrics: Metrics): CertFetcher {
  return async (url, timeoutMs) => {
    try {
      const pem = await fetchPem(url, timeoutMs);
      metrics.certificateFetch('ok');
      return pem;
    } catch (error) {
      metrics.certificateFetch('failed');
      throw error;
    }
  };
}
