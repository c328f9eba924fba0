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

/**
 * Fetches every page, in order, within one voice budget. Stops without error at `maxPages`, at
 * `maxItems` (keeping the first `maxItems` items), or when the bank repeats a cursor.
 */
export async function collectPages<T>(
  request: Requester, context: RequestContext, spec: PagedRequest<T>,
): Promise<T[]> {
  const query = spec.query ?? {};
  const items: T[] = [];
  const seen = new Set<string>();
  let target: Target | undefined = { path: spec.path, query };
  for (let page = 1; target !== undefined; page += 1) {
    const { data, url } = await request({ endpoint: spec.endpoint, target, parse: spec.parse }, context);
    items.push(...data.items.slice(0, spec.maxItems - items.length));
    const next = nextTarget(data.paging, spec.path, query, url);
    const cursor = next && cursorOf(next);
    const capped = items.length >= spec.maxItems || page >= spec.maxPages || (cursor !== undefined && seen.has(cursor));
    if (next !== undefined && capped) {
      spec.logger?.warn({ endpoint: spec.endpoint, pages: page, items: items.length }, 'bank paging stopped at a cap');
      return items;
    }
    if (cursor !== undefined) seen.add(cursor);
    target = next;
  }
  return items;
}
