import { DateTime } from 'luxon';
import { resolveBankConfig, type BankClientConfig } from './config';
import { callerError } from './error-map';
import { isBankError } from './errors';
import { expectRecord, requiredString } from './guards';
import { createCallGate } from './concurrency';
import { collectPages, type Collected, type PagedRequest } from './paging';
import { toAccountSummary } from './parse-accounts';
import { toAccountDetails } from './parse-details';
import { dayRangeTest, newestFirst, toTransaction } from './parse-transactions';
import { readAccount, readAccountDetails, readPage, readTransaction } from './read-wire';
import { createRequester, type RequestContext } from './request';
import { startDeadline } from './retry-policy';
import { createTransport } from './transport';
import type { TransferClient } from './transfer-types';
import { transferMethods } from './transfers';
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
} from './types';
import { collectWindowed } from './windowed';
import { createZoneCache } from './zone-cache';

/** Accounts one customer can plausibly have; more pages than this are a looping bank. */
const MAX_ACCOUNTS = 500;

/** The FDX client: a {@link BankClient} that can also close its connection pool. */
export interface FdxBankClient extends BankClient, TransferClient {
  /** Closes pooled keep-alive sockets (idle ones never hold the process open anyway). */
  close(): void;
}

/** `YYYY-MM-DD` of the range's first and last day, both in the range's (the user's) zone. */
function rangeQuery(range: DateRange): Record<string, string> | undefined {
  const start = range.start.toISODate();
  const end = range.end.setZone(range.start.zone).toISODate();
  if (start === null || end === null) return undefined;
  // v5 reads startTime/endTime, v6 startDate/endDate: send both.
  return { startTime: start, endTime: end, startDate: start, endDate: end };
}

/** Each item once, in order: a bank may repeat an item or a whole page under a new cursor. */
function unique<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The items as a {@link BankList}, carrying `cut` when a cap (or the budget) stopped the paging. */
function bankList<T>(items: T[], cut: ListCut | undefined): BankList<T> {
  return cut === undefined ? items : Object.assign(items, { cut });
}

/**
 * Creates the partner-bank client. Each method call gets one voice budget (`timeoutMs`) for all
 * of its requests. Throws TypeError/RangeError at once on an unusable config.
 */
export function createBankClient(config: BankClientConfig): FdxBankClient {
  const settings = resolveBankConfig(config);
  const transport = createTransport({ keepAlive: settings.keepAlive });
  const gate = createCallGate({
    perCustomer: settings.maxConcurrentPerCustomer,
    perBank: settings.maxConcurrentPerBank,
  });
  const request = createRequester(settings, transport, gate);
  const context = (token: string, options?: CallOptions): RequestContext => ({
    token,
    deadline: startDeadline(settings.timeoutMs, settings.clock),
    ...(options?.signal === undefined ? {} : { signal: options.signal }),
    ...(options?.roundTrips === undefined ? {} : { roundTrips: options.roundTrips }),
  });
  /** The items once each, with the turn marked partial and the list's `cut` set when a cap cut them. */
  const kept = <T>(
    collected: Collected<T>,
    keyOf: (item: T) => string,
    maxItems: number,
    options?: CallOptions,
  ): BankList<T> => {
    const items = unique(collected.items, keyOf);
    if (collected.complete) return items;
    options?.roundTrips?.markPartial();
    return bankList(
      items,
      collected.items.length >= maxItems
        ? { reason: 'items', cap: maxItems }
        : { reason: 'other', cap: settings.maxPages },
    );
  };
  const zoneOf = createZoneCache();
  const paging = { maxPages: settings.maxPages, ...(settings.logger === undefined ? {} : { logger: settings.logger }) };

  async function listAccounts(token: string, options?: CallOptions): Promise<BankList<AccountSummary>> {
    return kept(
      await collectPages(request, context(token, options), {
        endpoint: '/accounts',
        path: '/accounts',
        parse: (body) => {
          const page = readPage(body, 'accounts', readAccount);
          return { items: page.items.map(toAccountSummary), paging: page.paging };
        },
        maxItems: MAX_ACCOUNTS,
        ...paging,
      }),
      (account) => account.id,
      MAX_ACCOUNTS,
      options,
    );
  }

  async function getAccount(token: string, accountId: string, options?: CallOptions): Promise<AccountDetails> {
    const endpoint = '/accounts/{id}';
    if (accountId === '') throw callerError('notFound', endpoint, 'empty account id');
    const target = { path: `/accounts/${encodeURIComponent(accountId)}` };
    const parse = (body: unknown): AccountDetails => toAccountDetails(readAccountDetails(body), settings.bounds);
    return (await request({ endpoint, target, parse }, context(token, options))).data;
  }

  async function listTransactions(
    token: string,
    accountId: string,
    asked: DateRange,
    options?: TransactionOptions,
  ): Promise<BankList<Transaction>> {
    // The same instants in the hour-cached copy of the zone: windows and items are worked out in it.
    const zone = zoneOf(asked.start.zone);
    const range =
      zone === asked.start.zone || !asked.start.isValid || !asked.end.isValid
        ? asked
        : {
            start: DateTime.fromMillis(asked.start.toMillis(), { zone }),
            end: DateTime.fromMillis(asked.end.toMillis(), { zone }),
          };
    const endpoint = '/accounts/{id}/transactions';
    if (accountId === '') throw callerError('notFound', endpoint, 'empty account id');
    const query = rangeQuery(range);
    if (query === undefined) throw callerError('badRequest', endpoint, 'invalid date range');
    const read = { zone, currency: options?.currency ?? 'USD', bounds: settings.bounds };
    const path = `/accounts/${encodeURIComponent(accountId)}/transactions`;
    const spec = (window: DateRange): PagedRequest<Transaction> => ({
      endpoint,
      path,
      query: rangeQuery(window) ?? query,
      parse: (body) => {
        const page = readPage(body, 'transactions', readTransaction);
        const items = page.items.map((item, i) => toTransaction(item, read, `body.transactions[${i}]`));
        return { items, paging: page.paging };
      },
      maxItems: settings.maxTransactions,
      ...paging,
    });
    const call = context(token, options);
    const collected = settings.dateWindows
      ? await collectWindowed(request, call, { spec, idOf: (t) => t.id, millisOf: (t) => t.date.toMillis() }, range, {
          maxWindows: settings.maxWindows,
          maxItems: settings.maxTransactions,
        })
      : await collectPages(request, call, spec(range));
    const transactions = kept(collected, (t) => t.id, settings.maxTransactions, options);
    // A bank may ignore the dates it was sent: never speak a day that was not asked about.
    return bankList(newestFirst(transactions.filter(dayRangeTest(range))), transactions.cut);
  }

  async function getCustomerId(token: string, options?: CallOptions): Promise<string | undefined> {
    const parse = (body: unknown): string => requiredString(expectRecord(body, 'body'), 'customerId', 'body');
    try {
      return (
        await request(
          { endpoint: '/customers/current', target: { path: '/customers/current' }, parse },
          context(token, options),
        )
      ).data;
    } catch (error) {
      // Not every FDX bank serves the customer endpoint; callers fall back to the account ids.
      if (
        isBankError(error) &&
        (error.kind === 'notFound' || error.kind === 'forbidden' || error.kind === 'badRequest')
      )
        return undefined;
      throw error;
    }
  }

  return {
    listAccounts,
    getAccount,
    listTransactions,
    getCustomerId,
    ...transferMethods(request, context),
    close: () => transport.close(),
  };
}
