import { isBankError } from '../../shared/bank/errors';
import { budgetError, invalidResponseError, statusError, transportError } from '../../shared/bank/error-map';
import { toAccountSummary } from '../../shared/bank/parse-accounts';
import { toAccountDetails } from '../../shared/bank/parse-details';
import { inDayRange, newestFirst, toTransaction } from '../../shared/bank/parse-transactions';
import { readAccount, readAccountDetails, readTransaction } from '../../shared/bank/read-wire';
import { TransportFailure } from '../../shared/bank/transport';
import type {
  AccountDetails,
  AccountSummary,
  BankClient,
  BankList,
  CallOptions,
  DateRange,
  ListCut,
  Transaction,
  TransactionOptions,
} from '../../shared/bank/types';

/**
 * An in-memory partner bank behind the same {@link BankClient} interface the FDX client
 * implements, for the banking core's unit tests: no HTTP, no sandbox. Customers are written as the
 * FDX JSON a bank sends (v6 flat or v5 wrapped items, optional balances left out) and read through
 * the client's own wire readers and parsers, so the core sees exactly what the real client would
 * make of them. Failures are made by the client's own error mapping (shared/bank/error-map), so
 * every kind, status and FDX code is the one the real client reports.
 */

/** One customer's data, as the FDX endpoints would send it. */
export interface MemoryCustomer {
  /** `GET /customers/current`'s `customerId`; absent where the bank does not serve that endpoint. */
  readonly customerId?: string;
  /** Items of `GET /accounts`. */
  readonly accounts: readonly unknown[];
  /** Body of `GET /accounts/{id}` per account id. */
  readonly details: Readonly<Record<string, unknown>>;
  /** Items of `GET /accounts/{id}/transactions` per account id (any order: the client sorts). */
  readonly transactions: Readonly<Record<string, readonly unknown[]>>;
}

export type BankMethod = 'listAccounts' | 'getAccount' | 'listTransactions' | 'getCustomerId';

/** One way the bank (or the way to it) fails, as the real client reports it. */
export type BankFault =
  /** An HTTP error answer with an FDX error body `{code}`: 401, 403/706, 404/701, 400/703, 409/705, 429, 5xx. */
  | { readonly status: number; readonly code?: string }
  /** The exchange did not complete: the client's own timeout, a reset connection, an oversized body. */
  | { readonly transport: 'timeout' | 'network' | 'tooLarge' }
  /** The client's voice budget ran out before it could send (deadline exceeded). */
  | { readonly budgetExhausted: true }
  /** A 200 whose body the client cannot trust (the field path it stopped at). */
  | { readonly invalid: string }
  /** Never answers: only the caller's abort signal ends the call (as a timeout, like the real client). */
  | { readonly hang: true }
  /** Answers, but only after this many (real) milliseconds; the caller's abort still ends it first. */
  | { readonly delayMs: number };

/** When a fault applies: to one method (and one account), for the next `times` calls (default every call). */
export interface FaultRule {
  readonly method?: BankMethod;
  readonly accountId?: string;
  readonly fault: BankFault;
  readonly times?: number;
}

/** Caps as the real client applies them, so a list comes back cut (`BankList.cut`) and the turn partial. */
export interface ListCaps {
  /** Keep at most this many accounts (cut reason `items`). */
  readonly accounts?: number;
  /** Keep at most this many transactions per call, newest first (cut reason `items`). */
  readonly transactions?: number;
  /** Stop after this many transactions per call as if the page cap or budget cut the paging (cut reason `other`). */
  readonly pagesCutAt?: number;
}

/** One call the core made, for assertions about what it asked the bank. */
export interface BankCall {
  readonly method: BankMethod;
  readonly token: string;
  readonly accountId?: string;
  readonly range?: { readonly start: string; readonly end: string };
  /** Whether the call carried the turn's abort signal. */
  readonly signalled: boolean;
  /** Set when the caller's signal aborted the call before it answered. */
  aborted?: true;
}

export interface MemoryBank extends BankClient {
  readonly calls: readonly BankCall[];
  /** Adds a fault; the first matching rule with calls left decides each call. */
  fail(rule: FaultRule): this;
  /** Sets list caps for every customer. */
  cap(caps: ListCaps): this;
  /** Forgets recorded calls, faults and caps. */
  reset(): void;
}

const ENDPOINTS: Readonly<Record<BankMethod, string>> = {
  listAccounts: '/accounts',
  getAccount: '/accounts/{id}',
  listTransactions: '/accounts/{id}/transactions',
  getCustomerId: '/customers/current',
};

function faultError(fault: Exclude<BankFault, { hang: true } | { delayMs: number }>, endpoint: string) {
  if ('status' in fault)
    return statusError(fault.status, JSON.stringify({ code: fault.code ?? String(fault.status), message: 'refused' }), {
      endpoint,
      status: fault.status,
    });
  if ('transport' in fault) return transportError(new TransportFailure(fault.transport, fault.transport), { endpoint });
  if ('budgetExhausted' in fault) return budgetError({ endpoint });
  return invalidResponseError(fault.invalid, { endpoint, status: 200 });
}

/** Waits `ms` (or forever when undefined) unless the signal aborts first; an abort rejects as the client's timeout. */
function wait(
  ms: number | undefined,
  signal: AbortSignal | undefined,
  endpoint: string,
  call: BankCall,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = (): void => {
      call.aborted = true;
      clearTimeout(timer);
      reject(transportError(new TransportFailure('aborted', 'aborted'), { endpoint }));
    };
    const timer =
      ms === undefined
        ? undefined
        : setTimeout(() => {
            signal?.removeEventListener('abort', aborted);
            resolve();
          }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

const cutList = <T>(items: T[], cut: ListCut | undefined, options: CallOptions | undefined): BankList<T> => {
  if (cut === undefined) return items;
  options?.roundTrips?.markPartial();
  return Object.assign(items, { cut });
};

/** The in-memory bank; the bearer token picks the customer (anything else is the client's 401). */
export function memoryBank(customers: Readonly<Record<string, MemoryCustomer>>): MemoryBank {
  const calls: BankCall[] = [];
  let rules: Array<FaultRule & { left: number }> = [];
  let caps: ListCaps = {};

  /** Records the call, applies any fault, and counts it as a round trip. */
  async function enter(
    method: BankMethod,
    token: string,
    options: CallOptions | undefined,
    accountId?: string,
    range?: DateRange,
  ): Promise<MemoryCustomer> {
    const call: BankCall = {
      method,
      token,
      signalled: options?.signal !== undefined,
      ...(accountId === undefined ? {} : { accountId }),
      ...(range === undefined
        ? {}
        : { range: { start: range.start.toISODate() ?? '', end: range.end.toISODate() ?? '' } }),
    };
    calls.push(call);
    const endpoint = ENDPOINTS[method];
    const answered = options?.roundTrips?.begin();
    try {
      // Answer on a later tick, as a bank does: calls made together overlap (the turn's critical path counts them once).
      await Promise.resolve();
      if (options?.signal?.aborted) await wait(0, options.signal, endpoint, call);
      const rule = rules.find(
        (r) =>
          r.left > 0 &&
          (r.method === undefined || r.method === method) &&
          (r.accountId === undefined || r.accountId === accountId),
      );
      if (rule) {
        rule.left -= 1;
        const { fault } = rule;
        if ('hang' in fault) await wait(undefined, options?.signal, endpoint, call);
        else if ('delayMs' in fault) await wait(fault.delayMs, options?.signal, endpoint, call);
        else throw faultError(fault, endpoint);
      }
      const customer = customers[token];
      if (customer === undefined)
        throw statusError(401, JSON.stringify({ code: '602', message: 'Customer not authorized' }), {
          endpoint,
          status: 401,
        });
      return customer;
    } finally {
      answered?.();
    }
  }

  const summaries = (customer: MemoryCustomer): AccountSummary[] =>
    customer.accounts.map((raw, i) => toAccountSummary(readAccount(raw, `body.accounts[${i}]`)));

  async function listAccounts(token: string, options?: CallOptions): Promise<BankList<AccountSummary>> {
    const all = summaries(await enter('listAccounts', token, options));
    const cap = caps.accounts;
    return cap !== undefined && all.length > cap ? cutList(all.slice(0, cap), { reason: 'items', cap }, options) : all;
  }

  async function getAccount(token: string, accountId: string, options?: CallOptions): Promise<AccountDetails> {
    const customer = await enter('getAccount', token, options, accountId);
    const body = customer.details[accountId];
    if (body === undefined)
      throw statusError(404, JSON.stringify({ code: '701', message: 'Account not found' }), {
        endpoint: ENDPOINTS.getAccount,
        status: 404,
      });
    return toAccountDetails(readAccountDetails(body));
  }

  async function listTransactions(
    token: string,
    accountId: string,
    range: DateRange,
    options?: TransactionOptions,
  ): Promise<BankList<Transaction>> {
    const customer = await enter('listTransactions', token, options, accountId, range);
    const raw = customer.transactions[accountId];
    if (raw === undefined)
      throw statusError(404, JSON.stringify({ code: '701', message: 'Account not found' }), {
        endpoint: ENDPOINTS.listTransactions,
        status: 404,
      });
    const context = { zone: range.start.zone, currency: options?.currency ?? 'USD' };
    const items = newestFirst(
      raw
        .map((item, i) =>
          toTransaction(readTransaction(item, `body.transactions[${i}]`), context, `body.transactions[${i}]`),
        )
        .filter((item) => inDayRange(item, range)),
    );
    if (caps.transactions !== undefined && items.length > caps.transactions) {
      return cutList(items.slice(0, caps.transactions), { reason: 'items', cap: caps.transactions }, options);
    }
    if (caps.pagesCutAt !== undefined && items.length > caps.pagesCutAt)
      return cutList(items.slice(0, caps.pagesCutAt), { reason: 'other', cap: 10 }, options);
    return items;
  }

  async function getCustomerId(token: string, options?: CallOptions): Promise<string | undefined> {
    try {
      return (await enter('getCustomerId', token, options)).customerId;
    } catch (error) {
      // As the real client: a bank that does not serve the endpoint means "no customer id".
      if (
        isBankError(error) &&
        (error.kind === 'notFound' || error.kind === 'forbidden' || error.kind === 'badRequest')
      )
        return undefined;
      throw error;
    }
  }

  return {
    calls,
    listAccounts,
    getAccount,
    listTransactions,
    getCustomerId,
    fail(rule) {
      rules.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY });
      return this;
    },
    cap(next) {
      caps = next;
      return this;
    },
    reset() {
      calls.length = 0;
      rules = [];
      caps = {};
    },
  };
}
