/** Where a page starts and how long it is. */
export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

/** The largest page a caller may ask for with `limit`. */
export const MAX_LIMIT = 500;

/** One page of a list, in FDX shape (the caller names the list key). */
export interface Paged<T> {
  readonly page: { readonly nextPageKey?: string; readonly totalElements: number };
  readonly links: { readonly next?: { readonly href: string } };
  readonly items: readonly T[];
}

/** An opaque page key for `offset`. */
export function encodePageKey(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

function decodePageKey(key: string): number | undefined {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(key, 'base64url').toString('utf8'));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function nonNegativeInteger(text: string): number | undefined {
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/**
 * Reads `pageKey` (preferred) or `offset`, and `limit` (clamped to {@link MAX_LIMIT});
 * undefined when any is present but malformed.
 */
export function readPageRequest(query: URLSearchParams, defaultLimit: number): PageRequest | undefined {
  const key = query.get('pageKey');
  const offsetText = query.get('offset');
  const limitText = query.get('limit');
  const offset = key !== null ? decodePageKey(key) : offsetText !== null ? nonNegativeInteger(offsetText) : 0;
  const limit = limitText === null ? defaultLimit : nonNegativeInteger(limitText);
  if (offset === undefined || limit === undefined || limit < 1) return undefined;
  return { offset, limit: Math.min(limit, MAX_LIMIT) };
}

/**
 * Cuts one page from `all`. The next link keeps the request's other query parameters (date range,
 * limit) and replaces `pageKey`/`offset`; `path` is relative to the server root.
 */
export function paginate<T>(all: readonly T[], request: PageRequest, path: string, query: URLSearchParams): Paged<T> {
  const end = request.offset + request.limit;
  const items = all.slice(request.offset, end);
  if (end >= all.length) return { page: { totalElements: all.length }, links: {}, items };
  const nextPageKey = encodePageKey(end);
  const next = new URLSearchParams(query);
  next.delete('offset');
  next.set('pageKey', nextPageKey);
  return {
    page: { nextPageKey, totalElements: all.length },
    links: { next: { href: `${path}?${next.toString()}` } },
    items,
  };
}
