import type { Request } from 'express';
import type { DateTime } from 'luxon';
import type { SandboxCustomer } from '../data/types';
import type { Fault } from '../tokens';

/** A customer as of a given day. */
export interface CustomerToday {
  readonly customer: SandboxCustomer;
  /** Start of the request's day in the sandbox zone: what the data is relative to. */
  readonly today: DateTime;
}

/** Who a request is from, once its token has been checked. */
export interface Session extends CustomerToday {
  readonly fault?: Fault;
}

/** Sessions by request, owned by one app instance (no module state). */
export type Sessions = WeakMap<Request, Session>;

/** The session the auth middleware stored; its absence is a wiring bug, so it throws. */
export function sessionOf(sessions: Sessions, req: Request): Session {
  const session = sessions.get(req);
  if (session === undefined) throw new Error('route reached without a session');
  return session;
}
