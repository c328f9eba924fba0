import { BankError, type FdxBankClient } from '../../shared/bank';
import type { Clock } from '../../shared/clock';

/** One call of the service's own FDX client, as the service saw it: what was asked and what came back. */
export interface ClientCall {
  readonly method: string;
  /** What the call was about beyond the token (an account id, a date range); never the token. */
  readonly about: string;
  /** The typed result the service worked with, or the error kind it got. Masked only when written out. */
  readonly result?: unknown;
  readonly error?: { readonly kind: string; readonly status?: number; readonly interactionId?: string };
  readonly ms: number;
}

/**
 * The client with every call of its read methods recorded in `sink`, for the evidence bundle: the
 * services' own bank calls, beside the raw exchanges of the bank checks. Methods added later pass
 * through unrecorded (the spread keeps them).
 */
export function recordingBank(bank: FdxBankClient, sink: ClientCall[], clock: Clock): FdxBankClient {
  const record = async <R>(
    method: string,
    about: string,
    call: () => Promise<R>,
    shown: (result: R) => unknown = (result) => result,
  ): Promise<R> => {
    const started = clock.monotonicMs();
    const ms = (): number => Math.round(clock.monotonicMs() - started);
    try {
      const result = await call();
      sink.push({ method, about, result: shown(result), ms: ms() });
      return result;
    } catch (error) {
      const details = error instanceof BankError ? { kind: error.kind, ...error.details } : { kind: 'unexpected' };
      sink.push({ method, about, error: details, ms: ms() });
      throw error;
    }
  };
  return {
    ...bank,
    listAccounts: (token, options) => record('listAccounts', '', () => bank.listAccounts(token, options)),
    getAccount: (token, id, options) => record('getAccount', id, () => bank.getAccount(token, id, options)),
    listTransactions: (token, id, range, options) =>
      record('listTransactions', `${id} ${range.start.toISODate() ?? ''}..${range.end.toISODate() ?? ''}`, () =>
        bank.listTransactions(token, id, range, options),
      ),
    // The customer id is who the customer is at the bank: the bundle says only whether one came back.
    getCustomerId: (token, options) =>
      record(
        'getCustomerId',
        '',
        () => bank.getCustomerId(token, options),
        (id) => ({ customerIdServed: id !== undefined }),
      ),
  };
}
