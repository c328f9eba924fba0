import type { RequestHandler, Response } from 'express';
import type { TurnBudget } from '../../shared';

/**
 * First middleware of the app: stamps when the request arrived (monotonic ms), so the turn
 * deadline covers verification, the certificate download and the time-zone lookup too.
 */
export function stampReceipt(budget: TurnBudget): RequestHandler {
  return (_req, res, next) => {
    res.locals.receivedAt = budget.receivedNow();
    next();
  };
}

/** The arrival stamp of this request, when the receipt middleware ran. */
export function receivedAtOf(res: Response): number | undefined {
  const stamp: unknown = res.locals.receivedAt;
  return typeof stamp === 'number' ? stamp : undefined;
}
