import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '../../shared/clock';
import { inRange, readDateRange } from '../../sandbox/http/date-range';
import { paginate, readPageRequest } from '../../sandbox/http/paging';
import {
  accountDescriptor,
  accountDetails,
  customerBody,
  transactionDate,
  transactionItem,
} from '../../sandbox/http/serialize';
import { isoTimestamp } from '../../sandbox/data/dates';
import type { SandboxCustomer, SandboxTransaction } from '../../sandbox/data/types';
import { serveChild } from './children';
import { volumeCustomer } from './volume-data';

/**
 * Child-process entry for `npm run bench:latency`: an FDX-shaped bank with a realistic volume and
 * a fixed per-call latency, on 127.0.0.1. It serves the sandbox's wire format (same serializers,
 * paging and date filters) for one busy customer; every bearer token starting `bench-` signs in
 * as that customer, so a benchmark can use a fresh token per question (no client-side cache hit).
 *
 * A real bank serves from indexed storage on its own machines; this one shares the benchmark's two
 * cores with the service under test, so it does as little per call as it can: bare node:http,
 * each item's calendar date and JSON worked out once, a page's body joined from those strings.
 * Its own CPU should not be what the benchmark measures.
 */

export const VOLUME_BANK_ENTRY = 'bench/support/volume-bank.ts';

export interface VolumeBankInit {
  readonly latencyMs: number;
  readonly perAccount: number;
  readonly days: number;
  readonly pageSize: number;
  readonly zone: string;
}

export interface VolumeBankReady {
  readonly url: string;
}

export function isVolumeBankReady(message: unknown): message is VolumeBankReady {
  return typeof message === 'object' && message !== null && typeof (message as { url?: unknown }).url === 'string';
}

function isInit(message: unknown): message is VolumeBankInit {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { latencyMs?: unknown }).latencyMs === 'number'
  );
}

interface Indexed {
  readonly id: string;
  readonly path: string;
  readonly descriptor: string;
  readonly account: SandboxCustomer['accounts'][number];
  /** The account's items in the bank's order, with their calendar date and JSON text. */
  readonly items: readonly { readonly date: string; readonly json: string; readonly item: SandboxTransaction }[];
}

function send(res: ServerResponse, status: number, body: string, interactionId: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-fapi-interaction-id': interactionId,
  });
  res.end(body);
}

const json = (value: unknown): string => JSON.stringify(value);

function bankHandler(
  init: VolumeBankInit,
  customer: SandboxCustomer,
): (req: IncomingMessage, res: ServerResponse) => void {
  const accounts: Indexed[] = customer.accounts.map((account) => ({
    id: account.accountId,
    path: `/accounts/${encodeURIComponent(account.accountId)}/transactions`,
    descriptor: json(accountDescriptor(account)),
    account,
    items: account.transactions.map((t) => ({
      date: transactionDate(t),
      json: json(transactionItem(account, t)),
      item: t,
    })),
  }));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const notFound = json({ code: '701', message: 'account not found' });
  // A date query's validation (luxon, tens of microseconds) worked out once per distinct query.
  const ranges = new Map<string, ReturnType<typeof readDateRange>>();
  const rangeOf = (query: URLSearchParams): ReturnType<typeof readDateRange> => {
    const key = ['startTime', 'endTime', 'startDate', 'endDate'].map((name) => query.get(name) ?? '-').join(' ');
    let range = ranges.get(key);
    if (range === undefined) ranges.set(key, (range = readDateRange(query, init.zone)));
    return range;
  };
  const answer = (req: IncomingMessage): [number, string] => {
    const [pathname = '', search = ''] = (req.url ?? '').split('?', 2);
    const query = new URLSearchParams(search);
    if (pathname === '/accounts') {
      const page = paginate(
        accounts,
        readPageRequest(query, init.pageSize) ?? { offset: 0, limit: init.pageSize },
        '/accounts',
        query,
      );
      return [
        200,
        `{"page":${json(page.page)},"links":${json(page.links)},"accounts":[${page.items.map((a) => a.descriptor).join(',')}]}`,
      ];
    }
    if (pathname === '/customers/current') return [200, json(customerBody(customer))];
    const match = /^\/accounts\/([^/]+)(\/transactions)?$/.exec(pathname);
    const found = match?.[1] === undefined ? undefined : byId.get(decodeURIComponent(match[1]));
    if (found === undefined) return [404, notFound];
    if (match?.[2] === undefined)
      return [200, json(accountDetails(found.account, isoTimestamp(systemClock.now().setZone(init.zone))))];
    const range = rangeOf(query);
    const paging = readPageRequest(query, init.pageSize);
    if (typeof range === 'string' || paging === undefined) return [400, json({ code: '703', message: 'bad request' })];
    // The bank's own page size is the most it serves, whatever `limit` asks for.
    const request = { ...paging, limit: Math.min(paging.limit, init.pageSize) };
    const page = paginate(
      found.items.filter((t) => inRange(t.date, range)),
      request,
      found.path,
      query,
    );
    return [
      200,
      `{"page":${json(page.page)},"links":${json(page.links)},"transactions":[${page.items.map((t) => t.json).join(',')}]}`,
    ];
  };
  return (req, res) => {
    const interactionId = req.headers['x-fapi-interaction-id'];
    const echoed = typeof interactionId === 'string' ? interactionId : 'none';
    if (req.method !== 'GET' || !/^Bearer bench-[\w-]{1,64}$/.test(req.headers.authorization ?? '')) {
      send(res, 401, json({ code: '401', message: 'unauthorized' }), echoed);
      return;
    }
    setTimeout(() => {
      const [status, body] = answer(req);
      send(res, status, body, echoed);
    }, init.latencyMs);
  };
}

if (require.main === module) {
  serveChild(isInit, async (init): Promise<VolumeBankReady> => {
    const today = systemClock.now().setZone(init.zone).startOf('day');
    const server = createServer(bankHandler(init, volumeCustomer(today, init.perAccount, init.days)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  });
}
