import { DateTime } from 'luxon';
import type { RunContext } from '../context';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';
import type { BankState } from './endpoint-checks';
import { exchangeEvidence } from './evidence';
import { walkPages, type Walk } from './pages';
import { last30Days, rangeQuery } from './range';

/** Accounts whose transactions are walked; a customer with more is sampled. */
const MAX_ACCOUNTS = 10;

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** The flat transaction, or the single `*Transaction` object a v5 item wraps. */
export function unwrapTransaction(raw: unknown): Json {
  const outer = record(raw);
  if ('transactionId' in outer) return outer;
  const keys = Object.keys(outer).filter((key) => key.endsWith('Transaction'));
  return keys.length === 1 && keys[0] !== undefined ? record(outer[keys[0]]) : outer;
}

/** Path of an account's transactions. */
export const transactionsPath = (accountId: string): string =>
  `/accounts/${encodeURIComponent(accountId)}/transactions`;

/** Items dated outside the range (a day of slack each side for time zones), and items without a date. */
function datesProblem(items: readonly unknown[], query: Record<string, string>): string | undefined {
  const from =
    DateTime.fromISO(query.startTime ?? '')
      .minus({ days: 1 })
      .toISODate() ?? '';
  const to =
    DateTime.fromISO(query.endTime ?? '')
      .plus({ days: 1 })
      .toISODate() ?? '';
  let undated = 0;
  let outside = 0;
  for (const raw of items) {
    const item = unwrapTransaction(raw);
    const stamp = item.transactionTimestamp ?? item.postedTimestamp;
    if (typeof stamp !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(stamp)) undated += 1;
    else if (stamp.slice(0, 10) < from || stamp.slice(0, 10) > to) outside += 1;
  }
  if (outside > 0) return `${outside} transaction(s) dated outside the requested 30 days`;
  return undated > 0 ? `${undated} transaction(s) without a transactionTimestamp or postedTimestamp` : undefined;
}

/** `GET /accounts/{id}/transactions` for the last 30 days, every page, every account (up to ten). */
export function transactionsCheck(ctx: RunContext, state: BankState): CheckSpec {
  return {
    name: 'GET /accounts/{id}/transactions filters the last 30 days, every page',
    area: 'bank',
    level: 'required',
    run: async () => {
      const accounts = state.accounts.slice(0, MAX_ACCOUNTS);
      if (accounts.length === 0) return fail('no account was listed to ask about');
      const query = rangeQuery(last30Days(ctx.settings.zone, ctx.settings.clock));
      const walks = await Promise.all(
        accounts.map((a) => walkPages(ctx.raw, ctx.settings.token, transactionsPath(a.id), query, 'transactions')),
      );
      const notes = walks.map(
        (walk, i) =>
          `${accounts[i]?.category ?? ''}: ${walk.items.length} transaction(s) over ${walk.pages.length} page(s)`,
      );
      const evidence = exchangeEvidence(walks.flatMap((walk) => walk.pages).slice(0, 12), notes);
      const problem = walks.map((walk) => walk.problem ?? datesProblem(walk.items, query)).find((p) => p !== undefined);
      if (problem !== undefined) return fail(problem, evidence);
      const total = walks.reduce((sum, walk) => sum + walk.items.length, 0);
      return pass(`${total} transaction(s) from ${accounts.length} account(s), all dated within the range`, evidence);
    },
  };
}

/** Ids of a walk's items, for comparing two walks of one list. */
const idsOf = (walk: Walk, idKey: string): string[] =>
  walk.items
    .map((raw) => {
      const id = (idKey === 'transactionId' ? unwrapTransaction(raw) : record(raw))[idKey];
      return typeof id === 'string' || typeof id === 'number' ? String(id) : JSON.stringify(raw);
    })
    .sort();

/** Walks a list with a small `limit` so a bank that pages shows it, and compares with the unpaged walk. */
async function probe(
  ctx: RunContext,
  path: string,
  query: Record<string, string>,
  listKey: string,
  idKey: string,
): Promise<string> {
  const unpaged = await walkPages(ctx.raw, ctx.settings.token, path, query, listKey);
  if (unpaged.problem !== undefined) throw new Error(unpaged.problem);
  if (unpaged.pages.length > 1)
    return `${listKey}: the bank paged on its own (${unpaged.pages.length} pages), followed to the last`;
  if (unpaged.items.length < 2) return `${listKey}: too few items to page`;
  const limit = String(Math.ceil(unpaged.items.length / 2));
  const paged = await walkPages(ctx.raw, ctx.settings.token, path, { ...query, limit }, listKey);
  if (paged.problem !== undefined) throw new Error(paged.problem);
  if (paged.pages.length === 1) return `${listKey}: the bank ignored limit=${limit} and sent one page`;
  if (idsOf(paged, idKey).join('\n') !== idsOf(unpaged, idKey).join('\n')) {
    throw new Error(
      `paging ${listKey} by ${limit} gave ${paged.items.length} items, unpaged ${unpaged.items.length}, or other ones`,
    );
  }
  return `${listKey}: ${paged.pages.length} pages with limit=${limit}, followed to the last, same items as unpaged`;
}

/** Next links (or page keys, or offsets) are followed to the last page, and the pages add up. */
export function paginationCheck(ctx: RunContext, state: BankState): CheckSpec {
  return {
    name: 'pagination is followed to the last page and adds up',
    area: 'bank',
    level: 'required',
    run: async () => {
      const first = state.accounts[0];
      if (first === undefined) return fail('no account was listed to page through');
      const query = rangeQuery(last30Days(ctx.settings.zone, ctx.settings.clock));
      try {
        const notes = await Promise.all([
          probe(ctx, '/accounts', {}, 'accounts', 'accountId'),
          probe(ctx, transactionsPath(first.id), query, 'transactions', 'transactionId'),
        ]);
        return pass(
          notes.some((n) => /pages/.test(n))
            ? 'pages followed to the end add up to the whole list'
            : 'the bank did not page (nothing to follow)',
          { notes },
        );
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
