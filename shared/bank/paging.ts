import type { Logger } from '../log/logger';
import type { RequestContext, Requester, Target } from './request';
import type { ListCut } from './types';
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
  /** The item's identity (`accountId`, `transactionId`): an item seen before is dropped, not counted twice. */
  readonly keyOf: (item: T) => string;
  readonly logger?: Logger;
}

/** What the pages held: every item once, and `cut` when a cap stopped the paging early. */
export interface Collected<T> {
  readonly items: T[];
  readonly cut?: ListCut;
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

/** Adds the items not seen before, up to `max` in all; true when an unseen item did not fit. */
function addNew<T>(items: T[], page: readonly T[], keys: Set<string>, spec: PagedRequest<T>): boolean {
  for (const item of page) {
    const key = spec.keyOf(item);
    if (keys.has(key)) continue;
    if (items.length >= spec.maxItems) return true;
    keys.add(key);
    items.push(item);
  }
  return false;
}

/**
 * Fetches every page, in order, within one voice budget, each item once (a repeated page or
 * item is dropped). Stops at `maxItems` (keeping the first ones) or `maxPages` with `cut` set, so
 * the answer can say it is partial; a repeated cursor ends the list (the bank has nothing new).
 */
export async function collectPages<T>(
  request: Requester, context: RequestContext, spec: PagedRequest<T>,
): Promise<Collected<T>> {
  const query = spec.query ?? {};
  const items: T[] = [];
  const keys = new Set<string>();
  const cursors = new Set<string>();
  let target: Target | undefined = { path: spec.path, query };
  for (let page = 1; target !== undefined; page += 1) {
    const { data, url } = await request({ endpoint: spec.endpoint, target, parse: spec.parse }, context);
    const overflow = addNew(items, data.items, keys, spec);
    const next = nextTarget(data.paging, spec.path, query, url);
    const cursor = next && cursorOf(next);
    const cut: ListCut | undefined = overflow || (next !== undefined && items.length >= spec.maxItems)
      ? { reason: 'items', cap: spec.maxItems }
      : next !== undefined && cursor !== undefined && !cursors.has(cursor) && page >= spec.maxPages ? { reason: 'pages', cap: spec.maxPages } : undefined;
    if (cut !== undefined) {
      spec.logger?.warn({ endpoint: spec.endpoint, pages: page, items: items.length }, 'bank paging stopped at a cap');
      return { items, cut };
    }
    if (cursor !== undefined && cursors.has(cursor)) {
      spec.logger?.warn({ endpoint: spec.endpoint, pages: page }, 'bank repeated a page cursor');
      return { items };
    }
    if (cursor !== undefined) cursors.add(cursor);
    target = next;
  }
  return { items };
}
