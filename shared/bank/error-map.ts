import { BankError, type BankErrorKind } from './errors';
import type { TransportFailure } from './transport';
import { ownValue } from '../own-lookup';

/**
 * The one place where bank failures become BankErrors (DESIGN §3). Messages name the endpoint
 * template, the status or a field path — never the bank's own message, a token or an amount.
 */

/** Status decides first. */
const KIND_BY_STATUS: Readonly<Record<number, BankErrorKind>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'accountClosed',
  429: 'unavailable',
};

/** FDX error codes, consulted when the status alone does not say (e.g. a 422). */
const KIND_BY_FDX_CODE: Readonly<Record<string, BankErrorKind>> = {
  '701': 'notFound',
  '702': 'badRequest',
  '703': 'badRequest',
  '705': 'accountClosed',
  '706': 'forbidden',
};

/**
 * Money Movement codes (FDX 5.2 `/transfers`) decide before the status there: a 409 is a duplicate
 * request or a closed account, a 404 may be an invalid amount. 911 is the sandbox's limit code.
 */
const KIND_BY_TRANSFER_CODE: Readonly<Record<string, BankErrorKind>> = {
  '910': 'insufficientFunds',
  '911': 'limitExceeded',
  '908': 'duplicateTransfer',
  '907': 'badRequest',
  '901': 'notFound',
  '904': 'notFound',
  '950': 'notFound',
  '903': 'forbidden',
  '906': 'forbidden',
  '705': 'accountClosed',
};

/** What every error carries: where we were and which exchange it was. */
export interface ErrorContext {
  /** Endpoint template, e.g. `/accounts/{id}`. */
  readonly endpoint: string;
  /** The interaction id the bank echoed, else ours; absent when nothing was sent. */
  readonly interactionId?: string;
  readonly status?: number;
}

function idOf(context: ErrorContext): { interactionId?: string } {
  return context.interactionId === undefined ? {} : { interactionId: context.interactionId };
}

/** True for the statuses FDX uses for a successful read: 200, and 206 for partial data. */
export function isSuccess(status: number): boolean {
  return status === 200 || status === 201 || status === 206;
}

/**
 * The FDX `code` of an error body `{code, message, debugMessage}` (string or number), or
 * undefined. Only a short token is kept; the message fields are never read.
 */
export function fdxCode(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const code = typeof parsed === 'object' && parsed !== null && 'code' in parsed ? parsed.code : undefined;
  const text = typeof code === 'number' || typeof code === 'string' ? String(code).trim() : '';
  return /^[A-Za-z0-9_.-]{1,32}$/.test(text) ? text : undefined;
}

/** The error kind for a non-success status: status first, then FDX code, then the status class. */
export function kindForStatus(status: number, code: string | undefined): BankErrorKind {
  const byStatus = KIND_BY_STATUS[status];
  if (byStatus !== undefined) return byStatus;
  if (status >= 500 && status <= 599) return 'unavailable';
  const byCode = ownValue(KIND_BY_FDX_CODE, code);
  if (byCode !== undefined) return byCode;
  return status >= 400 && status <= 499 ? 'badRequest' : 'invalidResponse';
}

/** A BankError for a non-success HTTP answer. */
export function statusError(status: number, body: string, context: ErrorContext): BankError {
  const code = fdxCode(body);
  const transferKind = context.endpoint.startsWith('/transfers') ? ownValue(KIND_BY_TRANSFER_CODE, code) : undefined;
  // A 422 on /transfers without a known code is a refusal of the request, never "unavailable".
  const kind = transferKind ?? kindForStatus(status, code);
  return new BankError(kind, `FDX ${context.endpoint} answered HTTP ${status}`, {
    status,
    ...(code === undefined ? {} : { fdxCode: code }),
    ...idOf(context),
  });
}

/** A BankError for an exchange that did not complete. A caller's abort counts as a timeout. */
export function transportError(failure: TransportFailure, context: ErrorContext): BankError {
  const kind: BankErrorKind =
    failure.reason === 'network' ? 'unavailable' : failure.reason === 'tooLarge' ? 'invalidResponse' : 'timeout';
  return new BankError(kind, `FDX ${context.endpoint}: ${failure.message}`, idOf(context));
}

/** The voice budget ran out (before an attempt or a retry wait could start). */
export function budgetError(context: ErrorContext): BankError {
  return new BankError('timeout', `FDX ${context.endpoint}: voice budget exhausted`, idOf(context));
}

/** The body was not JSON or did not have the expected shape; `reason` is a field path. */
export function invalidResponseError(reason: string, context: ErrorContext): BankError {
  return new BankError('invalidResponse', `FDX ${context.endpoint} response invalid: ${reason}`, {
    ...(context.status === undefined ? {} : { status: context.status }),
    ...idOf(context),
  });
}

/** The token is empty or has characters no bearer token has: the user must link again. */
export function tokenError(endpoint: string): BankError {
  return new BankError('unauthorized', `FDX ${endpoint}: access token missing or malformed`);
}

/** The caller passed something no request could carry (an empty account id, an invalid date). */
export function callerError(kind: 'notFound' | 'badRequest', endpoint: string, what: string): BankError {
  return new BankError(kind, `FDX ${endpoint}: ${what}; nothing was sent`);
}
