import type { Response } from 'express';

/** An error answer: HTTP status plus the FDX body `{code, message}`. */
export interface FdxError {
  readonly status: number;
  /**
   * FDX error code, a string as FDX's `Error.code` is: the FDX code where FDX defines one ("602",
   * "701", "702", "703", "500"); otherwise the HTTP status as text.
   */
  readonly code: string;
  readonly message: string;
}

/** Every error the sandbox sends. Messages are fixed text: nothing from the request is echoed. */
export const FDX_ERRORS = {
  invalidToken: { status: 401, code: '602', message: 'Customer not authorized: invalid access token' },
  expiredToken: { status: 401, code: '602', message: 'Customer not authorized: access token expired' },
  accountNotFound: { status: 404, code: '701', message: 'Account not found' },
  invalidDate: { status: 400, code: '702', message: 'Invalid start or end date' },
  invalidDateRange: { status: 400, code: '703', message: 'Invalid date range' },
  invalidPaging: { status: 400, code: '400', message: 'Invalid pageKey, offset or limit' },
  routeNotFound: { status: 404, code: '404', message: 'Resource not found' },
  internal: { status: 500, code: '500', message: 'Internal server error' },
  tooManyRequests: { status: 429, code: '429', message: 'Too many requests' },
} as const satisfies Record<string, FdxError>;

/** The RFC 6750 challenge sent with every 401. */
export const INVALID_TOKEN_CHALLENGE = 'Bearer error="invalid_token"';

/** Sends `error` as JSON; 401s carry the bearer challenge. */
export function sendError(res: Response, error: FdxError): void {
  if (error.status === 401) res.set('WWW-Authenticate', INVALID_TOKEN_CHALLENGE);
  res.status(error.status).json({ code: error.code, message: error.message });
}
