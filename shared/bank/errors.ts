/**
 * Every failure of the partner bank, as one typed error. `kind` is what callers branch on; the
 * message is for developers' logs only and never carries tokens, amounts or account numbers.
 */
export type BankErrorKind =
  /** 401: the linking token is invalid or expired — the user must re-link. */
  | 'unauthorized'
  /** 403 / FDX 706: access forbidden or the account is locked. */
  | 'forbidden'
  /** 404 / FDX 701: no such account. */
  | 'notFound'
  /** 400 / FDX 703: the bank rejected the date range or another parameter. */
  | 'badRequest'
  /** 409 / FDX 705: the account is closed. */
  | 'accountClosed'
  /** 429, 5xx, connection errors: try again later. */
  | 'unavailable'
  /** The voice budget ran out before the bank answered. */
  | 'timeout'
  /** The bank answered with something we cannot trust: broken JSON, missing or mistyped fields. */
  | 'invalidResponse'
  /** Money Movement, FDX 910: the source account lacks the funds. */
  | 'insufficientFunds'
  /** Money Movement: over a limit the bank applies to transfers. */
  | 'limitExceeded'
  /** Money Movement, FDX 908: the transfer id or idempotency key was already used for another request. */
  | 'duplicateTransfer';

export class BankError extends Error {
  override readonly name = 'BankError';
  constructor(
    readonly kind: BankErrorKind,
    message: string,
    readonly details: { readonly status?: number; readonly fdxCode?: string; readonly interactionId?: string } = {},
  ) {
    super(message);
  }
}

export function isBankError(value: unknown): value is BankError {
  return value instanceof BankError;
}
