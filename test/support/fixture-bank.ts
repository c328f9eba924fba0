import express from 'express';
import { listenOnLoopback } from '../../shared/loopback';

/**
 * A spec-shaped FDX bank over real HTTP, serving fixture data written from the FDX facts (not
 * from our sandbox). It answers what a conformant bank may answer: v5 wrapped or v6 flat items,
 * optional fields present or absent, and — like some real banks — it ignores the date range.
 */
export interface FixtureCustomer {
  /** Items of `GET /accounts`, as sent (flat or wrapped). */
  readonly accounts: readonly unknown[];
  /** Body of `GET /accounts/{id}` per account id. */
  readonly details: Readonly<Record<string, unknown>>;
  /** Items of `GET /accounts/{id}/transactions` per account id, as sent. */
  readonly transactions: Readonly<Record<string, readonly unknown[]>>;
  /** Page size of both lists (default: everything on one page). */
  readonly pageSize?: number;
  /** Serve page 1 twice before the rest (a bank repeating a page under a new key). */
  readonly repeatFirstPage?: boolean;
}

export interface FixtureBank {
  readonly url: string;
  close(): Promise<void>;
}

function paged(
  items: readonly unknown[],
  key: string,
  pageKey: string | undefined,
  customer: FixtureCustomer,
): Record<string, unknown> {
  const size = customer.pageSize ?? Math.max(items.length, 1);
  const raw = pageKey === undefined ? 0 : Number(pageKey.replace(/^r/, ''));
  const start = customer.repeatFirstPage && pageKey === 'r0' ? 0 : raw;
  const next = start + size < items.length ? String(start + size) : undefined;
  const nextKey = customer.repeatFirstPage && pageKey === undefined ? 'r0' : next;
  return {
    [key]: items.slice(start, start + size),
    ...(nextKey === undefined ? {} : { page: { nextPageKey: nextKey } }),
  };
}

/** Starts the bank on a free loopback port; the bearer token picks the customer. */
export async function startFixtureBank(customers: Readonly<Record<string, FixtureCustomer>>): Promise<FixtureBank> {
  const app = express();
  const customerOf = (auth: string | undefined): FixtureCustomer | undefined =>
    customers[(auth ?? '').replace(/^Bearer /, '')];
  app.use((req, res, next) => {
    res.set('x-fapi-interaction-id', req.get('x-fapi-interaction-id') ?? '');
    if (customerOf(req.get('authorization')) === undefined) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({ code: '602', message: 'Customer not authorized' });
      return;
    }
    next();
  });
  app.get('/accounts', (req, res) => {
    const customer = customerOf(req.get('authorization'));
    res.json(
      paged(
        customer?.accounts ?? [],
        'accounts',
        req.query['pageKey']?.toString(),
        customer ?? { accounts: [], details: {}, transactions: {} },
      ),
    );
  });
  app.get('/accounts/:id', (req, res) => {
    const body = customerOf(req.get('authorization'))?.details[req.params.id];
    if (body === undefined) res.status(404).json({ code: '701', message: 'Account not found' });
    else res.json(body);
  });
  app.get('/accounts/:id/transactions', (req, res) => {
    const customer = customerOf(req.get('authorization'));
    const items = customer?.transactions[req.params.id];
    if (customer === undefined || items === undefined)
      res.status(404).json({ code: '701', message: 'Account not found' });
    else res.json(paged(items, 'transactions', req.query['pageKey']?.toString(), customer));
  });
  const { url, close } = await listenOnLoopback(app);
  return {
    url,
    close,
  };
}
