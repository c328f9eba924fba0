import type { Logger } from '../log/logger';
import type { RequestContext, Requester, Target } from './request';
import type { Query } from './url';
import type { WirePage, WirePaging } from './wire';

/** The first page of a list endpoint and the caps that keep a looping bank from hanging a turn. */
export interface PagedRequest<T> {
  /** Endpoint template for logs, e.g. `/accounts/{id}/transactions`. */
  readonly endpoint: string;
  readonly path: string;
  readonly query?: Query;
  readonly parse: (body: unknown) => WirePage<T>;
  readonly maxPages: number;
  readonly maxItems: number;
  readonly logger?: Logger;
}

/** Items collected from a list endpoint; `complete` is false when a cap stopped the paging. */
export interface Collected<T> {
  readonly items: T[];
  readonly complete: boolean;
}

/** One page and where the next one is (undefined on the last page). */
export interface FetchedPage<T> {
  readonly items: readonly T[];
  readonly paging: WirePaging;
  readonly next?: Target;
}

/**
 * The next page: `links.next.href` when present, else the original request with `pageKey`, else
 * with `offset`; undefined on the last page.
 */
function nextTarget(paging: WirePaging, path: string, query: Query, current: URL): Target | undefined {
  if (paging.nextHref !== undefined) return { href: paging.nextHref, from: current };
  if (paging.nextPageKey !== undefined) return { path, query: { ...query, pageKey: paging.nextPageKey } };
  if (paging.nextOffset !== undefined) return { path, query: { ...query, offset: paging.nextOffset } };
  return undefined;
}

function cursorOf(target: Target): string {
  return 'href' in target ? `href:${target.href}` : `query:${new URLSearchParams(target.query).toString()}`;
}

/** The first target of a list request. */
export function firstTarget<T>(spec: PagedRequest<T>): Target {
  return { path: spec.path, query: spec.query ?? {} };
}

/** Fetches one page of a list. */
export async function fetchPage<T>(
  request: Requester,
  context: RequestContext,
  spec: PagedRequest<T>,
  target: Target,
): Promise<FetchedPage<T>> {
  const { data, url } = await request({ endpoint: spec.endpoint, target, parse: spec.parse }, context);
  const next = nextTarget(data.paging, spec.path, spec.query ?? {}, url);
  return { items: data.items, paging: data.paging, ...(next === undefined ? {} : { next }) };
}

/**
 * Fetches every page, in order, within one voice budget, starting at `from` (a page already
 * fetched, whose items are kept) or at the first page. Stops at `maxPages`, at `maxItems` (keeping
 * the first `maxItems` items), or when the bank repeats a cursor; then `complete` is false.
 */
export async function collectPages<T>(
  request: Requester,
  context: RequestContext,
  spec: PagedRequest<T>,
  from?: FetchedPage<T>,
): Promise<Collected<T>> {
  const items: T[] = [];
  const seen = new Set<string>();
  let page = from ?? (await fetchPage(request, context, spec, firstTarget(spec)));
  for (let count = 1; ; count += 1) {
    items.push(...page.items.slice(0, spec.maxItems - items.length));
    const { next } = page;
    if (next === undefined) return { items, complete: true };
    const cursor = cursorOf(next);
    if (items.length >= spec.maxItems || count >= spec.maxPages || seen.has(cursor)) {
      spec.logger?.warn({ endpoint: spec.endpoint, pages: count, items: items.length }, 'bank paging stopped at a cap');
      return { items, complete: false };
    }
    seen.add(cursor);
    page = await fetchPage(request, context, spec, next);
  }
}
