import type { PostedTransfer } from './types';

/** `GET /transfers` filters, as FDX names them; repeated or comma-separated values both work. */
export function searchTransfers(all: readonly PostedTransfer[], query: URLSearchParams): PostedTransfer[] | undefined {
  const list = (name: string): string[] => query.getAll(name).flatMap((v) => v.split(',')).filter(Boolean);
  const start = query.get('searchStartTransferDate');
  const end = query.get('searchEndTransferDate');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if ((start !== null && !day.test(start)) || (end !== null && !day.test(end))) return undefined;
  if (start !== null && end !== null && start > end) return undefined;
  const filters: Array<[string[], (t: PostedTransfer) => string]> = [
    [list('searchTransferIds'), (t) => t.transferId], [list('searchFromAccountIds'), (t) => t.fromAccountId],
    [list('searchToAccountIds'), (t) => t.toAccountId], [list('searchStatuses'), (t) => t.status],
  ];
  return all.filter((t) => filters.every(([wanted, field]) => wanted.length === 0 || wanted.includes(field(t)))
    && (start === null || t.transferDate >= start) && (end === null || t.transferDate <= end));
}
