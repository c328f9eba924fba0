import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { applyFaults } from './http/faults';
import { authenticate } from './http/authenticate';
import { commonHeaders } from './http/common-headers';
import { customerDirectory, type CustomerLookup } from './http/directory';
import { FDX_ERRORS, sendError } from './http/fdx-errors';
import { fdxRoutes } from './http/routes';
import type { Sessions } from './http/session';
import { createOAuthServer } from './oauth';
import type { SandboxCustomer } from './data/types';
import { settingsFrom, type SandboxOptions } from './options';
import { DEMO_TOKENS } from './tokens';
import { createLedger } from './transfers/ledger';
import { transferRoutes } from './transfers/routes';

const notFound: RequestHandler = (_req, res) => sendError(res, FDX_ERRORS.routeNotFound);

/** Any thrown error becomes a bare FDX 500: no message, no stack, no logging of the request. */
const internalError: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  sendError(res, FDX_ERRORS.internal);
};

/** The issuer: the configured public URL, else the host the request reached. */
function issuerFor(publicUrl: string | undefined): (req: Request) => string {
  if (publicUrl !== undefined) {
    const fixed = publicUrl.replace(/\/+$/, '');
    return () => fixed;
  }
  return (req) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function demoCustomerList(lookup: CustomerLookup): () => readonly SandboxCustomer[] {
  return () => Object.keys(DEMO_TOKENS).flatMap((token) => lookup(token)?.customer ?? []);
}

/**
 * The sandbox bank as an express app: an FDX v6 peer serving deterministic demo customers, with an
 * OAuth 2.0 authorization server that links them. FDX routes need `Authorization: Bearer <token>`
 * (a demo or fault token, or an access token the authorization server issued); every response
 * echoes `x-fapi-interaction-id`. Requests are not logged.
 */
export function createSandboxApp(options: SandboxOptions): express.Application {
  const settings = settingsFrom(options);
  const sessions: Sessions = new WeakMap();
  const lookup = customerDirectory(() => settings.clock.now().toJSDate(), settings.zone);
  const oauth = createOAuthServer({
    clock: settings.clock,
    issuer: issuerFor(options.publicUrl),
    customers: demoCustomerList(lookup),
    ...(options.oauthClients === undefined ? {} : { clients: options.oauthClients }),
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(commonHeaders());
  app.use(oauth.router);
  app.use(authenticate(lookup, sessions, oauth.lookupAccess));
  app.use(applyFaults(sessions));
  const ledger = createLedger();
  app.use(fdxRoutes(sessions, settings, ledger));
  app.use(transferRoutes(sessions, settings, ledger));
  app.use(notFound);
  app.use(internalError);
  return app;
}
