import { createHash } from 'node:crypto';
import type { DateTime } from 'luxon';
import { isoDate, isoTimestamp } from '../data/dates';
import type { SandboxAccount } from '../data/types';
import type { FdxError } from '../http/fdx-errors';
import { SANDBOX_TRANSFER_LIMIT_CENTS, TRANSFER_ERRORS as E } from './errors';
import type { TransferForCreate } from './read-request';
import type { PostedTransfer } from './types';

/** What money is there to move from a source account, in cents. */
function spendableCents(account: SandboxAccount): number | undefined {
  return account.kind === 'deposit' ? account.availableCents : undefined;
}

/** Ten digits derived from the customer and transfer ids: the same transfer always gets the same reference. */
export function referenceFor(customerId: string, transferId: string): string {
  const digest = createHash('sha256').update(`${customerId}\n${transferId}`).digest();
  return String(digest.readBigUInt64BE() % 10_000_000_000n).padStart(10, '0');
}

/**
 * The bank's decision on a new transfer between two of the customer's accounts (already shown
 * with earlier transfers applied): an FDX error, or the processed transfer. Same-day internal
 * transfers are processed at once.
 */
export function decide(
  request: TransferForCreate,
  accounts: readonly SandboxAccount[],
  customerId: string,
  now: DateTime,
): FdxError | PostedTransfer {
  const from = accounts.find((a) => a.accountId === request.fromAccountId);
  const to = accounts.find((a) => a.accountId === request.toAccountId);
  if (!from) return E.sourceNotFound;
  if (!to) return E.destinationNotFound;
  if (from.accountId === to.accountId) return E.sameAccount;
  if (from.status === 'CLOSED' || to.status === 'CLOSED') return E.accountClosed;
  const spendable = spendableCents(from);
  if (spendable === undefined) return E.sourceNotAuthorized;
  if (request.amountCents > SANDBOX_TRANSFER_LIMIT_CENTS) return E.overLimit;
  if (request.amountCents > spendable) return E.insufficientFunds;
  return {
    transferId: request.transferId,
    fromAccountId: from.accountId,
    toAccountId: to.accountId,
    amountCents: request.amountCents,
    ...(request.memo === undefined ? {} : { memo: request.memo }),
    referenceId: referenceFor(customerId, request.transferId),
    status: 'PROCESSED',
    transferDate: isoDate(now),
    transferTime: isoTimestamp(now.set({ millisecond: 0 })),
  };
}
