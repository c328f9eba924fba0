import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { systemClock } from '../../shared/clock';
import { inRange, readDateRange } from '../../sandbox/http/date-range';
import { paginate, readPageRequest } from '../../sandbox/http/paging';
import { accountDescriptor, accountDetails, customerBody, transactionDate, transactionItem } from '../../sandbox/http/serialize';
import { isoTimestamp } from '../../sandbox/data/dates';
import type { SandboxCustomer } from '../../sandbox/data/types';
import { serveChild } from './children';
import { volumeCustomer } from './volume-data';

/**
 * Child-process entry for `npm run bench:latency`: an FDX-shaped bank with a realistic volume and
 * a fixed per-call latency, on 127.0.0.1. It serves the sandbox's wire format (same serializers,
 * paging and date filters) for one busy customer; every bearer token starting `bench-` signs in
 * as that customer, so a benchmark can use a fresh token per question (no client-side cache hit).
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
  return typeof message === 'object' && message !== null && typeof (message as { latencyMs?: unknown }).latencyMs === 'number';
}

function queryOf(req: Request): URLSearchParams {
  const mark = req.originalUrl.indexOf('?');
  return new URLSearchParams(mark < 0 ? '' : req.originalUrl.slice(mark + 1));
}

function bankApp(init: VolumeBankInit, customer: SandboxCustomer): express.Express {
  const app = express();
  app.set('etag', false);
  app.use((req, res, next) => {
    if (!/^Bearer bench-[\w-]{1,64}$/.test(req.get('authorization') ?? '')) return void res.status(401).json({ code: '401', message: 'unauthorized' });
    res.set('x-fapi-interaction-id', req.get('x-fapi-interaction-id') ?? 'none');
    setTimeout(next, init.latencyMs);
  });
  const account = (id: string) => customer.accounts.find((a) => a.accountId === id);
  // Each item's calendar date, worked out once: the bank's own CPU should not be what we measure.
  const dates = new Map(customer.accounts.flatMap((a) => a.transactions.map((t) => [t, transactionDate(t)] as const)));
  const notFound = (res: Response): void => void res.status(404).json({ code: '701', message: 'account not found' });
  app.get('/accounts', (req, res) => {
    const query = queryOf(req);
    const page = paginate(customer.accounts, readPageRequest(query, init.pageSize) ?? { offset: 0, limit: init.pageSize }, '/accounts', query);
    res.json({ page: page.page, links: page.links, accounts: page.items.map(accountDescriptor) });
  });
  app.get('/accounts/:id', (req: Request<{ id: string }>, res) => {
    const found = account(req.params.id);
    if (found === undefined) { notFound(res); return; }
    res.json(accountDetails(found, isoTimestamp(systemClock.now().setZone(init.zone))));
  });
  app.get('/accounts/:id/transactions', (req: Request<{ id: string }>, res) => {
    const found = account(req.params.id);
    if (found === undefined) { notFound(res); return; }
    const query = queryOf(req);
    const range = readDateRange(query, init.zone);
    const paging = readPageRequest(query, init.pageSize);
    if (typeof range === 'string' || paging === undefined) return void res.status(400).json({ code: '703', message: 'bad request' });
    // The bank's own page size is the most it serves, whatever `limit` asks for.
    const request = { ...paging, limit: Math.min(paging.limit, init.pageSize) };
    const matching = found.transactions.filter((t) => inRange(dates.get(t) ?? transactionDate(t), range));
    const path = `/accounts/${encodeURIComponent(found.accountId)}/transactions`;
    const page = paginate(matching, request, path, query);
    res.json({ page: page.page, links: page.links, transactions: page.items.map((t) => transactionItem(found, t)) });
  });
  app.get('/customers/current', (_req, res) => void res.json(customerBody(customer)));
  return app;
}

if (require.main === module) {
  serveChild(isInit, async (init): Promise<VolumeBankReady> => {
    const today = systemClock.now().setZone(init.zone).startOf('day');
    const server = createServer(bankApp(init, volumeCustomer(today, init.perAccount, init.days)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  });
}
