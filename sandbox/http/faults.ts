import type { RequestHandler } from 'express';
import { FDX_ERRORS, sendError } from './fdx-errors';
import { sessionOf, type Sessions } from './session';

/** What `fault-malformed` sends: the start of a real answer, cut off mid-object. */
const TRUNCATED_JSON = '{"page":{"totalElements":3},"accounts":[{"accountId":"acc-alex-chk","accountType":"CHE';

/** Applies the session's fault, if any, before the routes run. */
export function applyFaults(sessions: Sessions): RequestHandler {
  return (req, res, next) => {
    const { fault } = sessionOf(sessions, req);
    switch (fault?.kind) {
      case undefined:
      case 'expired': // answered by authenticate already
      case 'transferSlow': // only POST /transfers, in its route
      case 'transferFail': {
        next();
        return;
      }
      case 'slow': {
        const timer = setTimeout(next, fault.ms);
        res.once('close', () => clearTimeout(timer)); // the caller gave up or the server is closing
        return;
      }
      case 'status500': {
        sendError(res, FDX_ERRORS.internal);
        return;
      }
      case 'status429':
        res.set('Retry-After', '1');
        {
          sendError(res, FDX_ERRORS.tooManyRequests);
          return;
        }
      case 'malformed':
        res.status(200).type('application/json').send(TRUNCATED_JSON);
        return;
      case 'reset':
        req.socket.destroy();
        return;
    }
  };
}
