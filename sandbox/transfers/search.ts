import { inRange, readDateRange } from '../http/date-range';
import type { PostedTransfer } from './types';

const TRANSFER_RANGE = { start: ['searchStartTransferDate'], end: ['searchEndTransferDate'], openEnded: true };

/**
 * `GET /transfers` filters, as FDX names them; repeated or comma-separated values both work.
 * `'date'` when a date is not a `YYYY-MM-DD` date (FDX 702), `'range'` when the range is reversed (703).
 */
export function searchTransfers(
  all: readonly PostedTransfer[],
  query: URLSearchParams,
): PostedTransfer[] | 'date' | 'range' {
  const list = (name: string): string[] =>
    query
      .getAll(name)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  // Transfer dates are calendar days as the bank books them: no zone moves them.
  const range = readDateRange(query, 'UTC', TRANSFER_RANGE);
  if (range === 'invalidDate') return 'date';
  if (range === 'invalidRange') return 'range';
  const filters: Array<[string[], (t: PostedTransfer) => string]> = [
    [list('searchTransferIds'), (t) => t.transferId],
    [list('searchFromAccountIds'), (t) => t.fromAccountId],
    [list('searchToAccountIds'), (t) => t.toAccountId],
    [list('searchStatuses'), (t) => t.status],
  ];
  return all.filter(
    (t) =>
      filters.every(([wanted, field]) => wanted.length === 0 || wanted.includes(field(t))) &&
      inRange(t.transferDate, range),
  );
}
