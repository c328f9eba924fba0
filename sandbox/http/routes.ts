import { Router, type Request, type Response } from 'express';
import { isoTimestamp } from '../data/dates';
import type { SandboxAccount } from '../data/types';
import type { SandboxSettings } from '../options';
import { inRange, readDateRange } from './date-range';
import { FDX_ERRORS, sendError } from './fdx-errors';
import { paginate, readPageRequest } from './paging';
import { queryOf } from './query';
import { accountDescriptor, accountDetails, customerBody, transactionDate, transactionItem } from './serialize';
import { sessionOf, type Session, type Sessions } from './session';
import type { Ledger } from '../transfers/ledger';
import { currentAccounts } from '../transfers/routes';

/** The account as it stands after the customer's transfers. */
function findAccount(session: Session, accountId: string, ledger: Ledger): SandboxAccount | undefined {
  return currentAccounts(session, ledger).find((a) => a.accountId === accountId);
}

/** The FDX resource routes: accounts, account details, transactions, current customer. */
export function fdxRoutes(sessions: Sessions, settings: SandboxSettings, ledger: Ledger): Router {
  const router = Router();

  router.get('/accounts', (req: Request, res: Response) => {
    const session = sessionOf(sessions, req);
    const query = queryOf(req);
    const request = readPageRequest(query, session.customer.accountsPageSize ?? settings.pageSize);
    if (request === undefined) {
      sendError(res, FDX_ERRORS.invalidPaging);
      return;
    }
    const { page, links, items } = paginate(session.customer.accounts, request, '/accounts', query);
    res.json({ page, links, accounts: items.map(accountDescriptor) });
  });

  router.get('/accounts/:accountId', (req: Request<{ accountId: string }>, res: Response) => {
    const session = sessionOf(sessions, req);
    const account = findAccount(session, req.params.accountId, ledger);
    if (account === undefined) {
      sendError(res, FDX_ERRORS.accountNotFound);
      return;
    }
    res.json(accountDetails(account, isoTimestamp(session.today)));
  });

  router.get('/accounts/:accountId/transactions', (req: Request<{ accountId: string }>, res: Response) => {
    const session = sessionOf(sessions, req);
    const account = findAccount(session, req.params.accountId, ledger);
    if (account === undefined) {
      sendError(res, FDX_ERRORS.accountNotFound);
      return;
    }
    const query = queryOf(req);
    const range = readDateRange(query, settings.zone);
    if (range === 'invalidDate') {
      sendError(res, FDX_ERRORS.invalidDate);
      return;
    }
    if (range === 'invalidRange') {
      sendError(res, FDX_ERRORS.invalidDateRange);
      return;
    }
    const request = readPageRequest(query, settings.pageSize);
    if (request === undefined) {
      sendError(res, FDX_ERRORS.invalidPaging);
      return;
    }
    const matching = account.transactions.filter((t) => inRange(transactionDate(t), range));
    const path = `/accounts/${encodeURIComponent(account.accountId)}/transactions`;
    const { page, links, items } = paginate(matching, request, path, query);
    res.json({ page, links, transactions: items.map((t) => transactionItem(account, t)) });
  });

  router.get('/customers/current', (req: Request, res: Response) => {
    res.json(customerBody(sessionOf(sessions, req).customer));
  });

  return router;
}
