import express, { Router, type Request, type Response } from 'express';
import type { SandboxAccount } from '../data/types';
import { FDX_ERRORS, sendError, type FdxError } from '../http/fdx-errors';
import { sessionOf, type Session, type Sessions } from '../http/session';
import type { SandboxSettings } from '../options';
import { decide } from './decide';
import { TRANSFER_ERRORS as E } from './errors';
import type { Ledger } from './ledger';
import { withTransfers } from './overlay';
import { canonical, readTransferForCreate } from './read-request';
import { searchTransfers } from './search';
import { transferBody } from './serialize';

/** The customer's accounts as they stand after every transfer so far. */
export function currentAccounts(session: Session, ledger: Ledger): SandboxAccount[] {
  const { accounts, customerId } = session.customer;
  return accounts.map((a) => withTransfers(a, customerId, ledger, accounts));
}

const isError = (value: object): value is FdxError => 'code' in value && 'status' in value;

function queryOf(req: Request): URLSearchParams {
  const mark = req.originalUrl.indexOf('?');
  return new URLSearchParams(mark < 0 ? '' : req.originalUrl.slice(mark + 1));
}

/** Sends a remembered answer exactly as it went the first time. */
function replay(res: Response, status: number, body: Readonly<Record<string, unknown>>): void {
  res.status(status).json(body);
}

/**
 * FDX Money Movement internal transfers: `POST /transfers` (required `idempotency-key`; the same
 * key and body answer the same, the same key with another body is refused), `GET /transfers/{id}`
 * and `GET /transfers`. The `fault-transfer-*` tokens fail or delay only the POST.
 */
export function transferRoutes(sessions: Sessions, settings: SandboxSettings, ledger: Ledger): Router {
  const router = Router();
  router.post('/transfers', express.json({ limit: '16kb' }), (req: Request, res: Response) => {
    const session = sessionOf(sessions, req);
    const key = req.get('idempotency-key')?.trim();
    if (!key || !/^[\x21-\x7e]{1,256}$/.test(key)) {
      sendError(res, E.missingKey);
      return;
    }
    if (session.fault?.kind === 'transferFail') {
      sendError(res, FDX_ERRORS.internal);
      return;
    }
    const request = readTransferForCreate(req.body);
    if (request === 'input') {
      sendError(res, E.invalidInput);
      return;
    }
    if (request === 'amount') {
      sendError(res, E.invalidAmount);
      return;
    }
    const { customerId } = session.customer;
    const seen = ledger.answer(customerId, key);
    const answer = (status: number, body: Readonly<Record<string, unknown>>): void => {
      const delay = session.fault?.kind === 'transferSlow' ? session.fault.ms : 0;
      if (delay === 0) {
        replay(res, status, body);
        return;
      }
      // The bank has it already; only the answer is late (what a timed-out client must cope with).
      const timer = setTimeout(() => replay(res, status, body), delay);
      res.once('close', () => clearTimeout(timer));
    };
    if (seen) {
      if (seen.request === canonical(request)) answer(seen.status, seen.body);
      else sendError(res, E.keyReused);
      return;
    }
    if (ledger.transfer(customerId, request.transferId)) {
      sendError(res, E.duplicateTransfer);
      return;
    }
    const now = settings.clock.now().setZone(settings.zone);
    const outcome = decide(request, currentAccounts(session, ledger), customerId, now);
    const status = isError(outcome) ? outcome.status : 200;
    const body = isError(outcome) ? { code: outcome.code, message: outcome.message } : transferBody(outcome);
    ledger.remember(
      customerId,
      key,
      { request: canonical(request), status, body },
      isError(outcome) ? undefined : outcome,
    );
    answer(status, body);
  });

  router.get('/transfers/:transferId', (req: Request<{ transferId: string }>, res: Response) => {
    const found = ledger.transfer(sessionOf(sessions, req).customer.customerId, req.params.transferId);
    if (!found) {
      sendError(res, E.transferNotFound);
      return;
    }
    res.json(transferBody(found));
  });

  router.get('/transfers', (req: Request, res: Response) => {
    const found = searchTransfers(ledger.transfers(sessionOf(sessions, req).customer.customerId), queryOf(req));
    if (found === 'date') {
      sendError(res, FDX_ERRORS.invalidDate);
      return;
    }
    if (found === 'range') {
      sendError(res, FDX_ERRORS.invalidDateRange);
      return;
    }
    res.json({ page: { totalElements: found.length }, transfers: found.map(transferBody) });
  });
  return router;
}
