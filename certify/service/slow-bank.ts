import { BankError, type BankClient, type CallOptions } from '../../shared/bank';

/** Waits `ms`, or rejects as a bank timeout as soon as the turn's signal aborts. */
function lateBy(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timeout = (): void => reject(new BankError('timeout', 'the turn deadline passed'));
    if (signal?.aborted) {
      timeout();
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        timeout();
      },
      { once: true },
    );
  });
}

/**
 * A bank whose every answer arrives `delayMs` late. Used to prove the turn deadline against an
 * external bank: a TCP proxy cannot sit in front of an https bank without breaking its
 * certificate check, so the delay is applied to the client's answers instead.
 */
export function delayedBank(bank: BankClient, delayMs: number): BankClient {
  const late = async <T>(answer: Promise<T>, options?: CallOptions): Promise<T> => {
    const value = await answer;
    await lateBy(delayMs, options?.signal);
    return value;
  };
  return {
    listAccounts: (token, options) => late(bank.listAccounts(token, options), options),
    getAccount: (token, id, options) => late(bank.getAccount(token, id, options), options),
    listTransactions: (token, id, range, options) => late(bank.listTransactions(token, id, range, options), options),
    getCustomerId: (token, options) => late(bank.getCustomerId(token, options), options),
  };
}
