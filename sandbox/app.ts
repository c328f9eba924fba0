import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { applyFaults } from './http/faults';
import { authenticate } from './http/authenticate';
import { commonHeaders } from './http/common-headers';
import { customerDirectory } from './http/directory';
import { FDX_ERRORS, sendError } from './http/fdx-errors';
import { fdxRoutes } from './http/routes';
import type { Sessions } from './http/session';
import { settingsFrom, type SandboxOptions } from './options';

const notFound: RequestHandler = (_req, res) => sendError(res, FDX_ERRORS.routeNotFound);

/** Any thrown error becomes a bare FDX 500: no message, no stack, no logging of the request. */
const internalError: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  sendError(res, FDX_ERRORS.internal);
};

/**
 * The sandbox bank as an express app: an FDX v6 peer serving deterministic demo customers.
 * Every route needs `Authorization: Bearer <token>` (see DEMO_TOKENS, FAULT_TOKENS); every
 * response echoes `x-fapi-interaction-id`. Requests are not logged.
 */
export function createSandboxApp(options: SandboxOptions): express.Application {
  const settings = settingsFrom(options);
  const sessions: Sessions = new WeakMap();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(commonHeaders());
  app.use(authenticate(customerDirectory(() => settings.clock.now().toJSDate(), settings.zone), sessions));
  app.use(applyFaults(sessions));
  app.use(fdxRoutes(sessions, settings));
  app.use(notFound);
  app.use(internalError);
  return app;
}
