import type { FdxError } from '../http/fdx-errors';

/**
 * Money Movement errors, with the codes of FDX 5.2's Money Movement API where it defines one.
 * Two deliberate choices: "not authorized for transfer" (903/906) is sent as 403, because clients
 * read a 401 as an invalid token; a limit has no FDX code, so the sandbox uses 911 with a 422.
 */
export const TRANSFER_ERRORS = {
  missingKey: { status: 400, code: 400, message: 'The idempotency-key header is required' },
  invalidInput: { status: 400, code: 400, message: 'Invalid Input' },
  sameAccount: { status: 400, code: 400, message: 'Source and destination accounts must differ' },
  insufficientFunds: { status: 400, code: 910, message: 'Insufficient funds' },
  sourceNotFound: { status: 404, code: 901, message: 'Source account not found' },
  destinationNotFound: { status: 404, code: 904, message: 'Destination account not found' },
  invalidAmount: { status: 404, code: 907, message: 'Invalid amount' },
  transferNotFound: { status: 404, code: 950, message: 'Transfer not found' },
  sourceNotAuthorized: { status: 403, code: 903, message: 'Source account not authorized for transfer' },
  accountClosed: { status: 409, code: 705, message: 'Account is closed' },
  duplicateTransfer: { status: 409, code: 908, message: 'Duplicate transfer request' },
  keyReused: { status: 422, code: 908, message: 'Idempotency key already used for a different request' },
  overLimit: { status: 422, code: 911, message: 'Transfer limit exceeded' },
} as const satisfies Record<string, FdxError>;

/** The most one transfer may move in the sandbox, in cents ($10,000.00). */
export const SANDBOX_TRANSFER_LIMIT_CENTS = 1_000_000;
