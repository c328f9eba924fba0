import { endpointUrl, resolveHref, type Query } from '../../shared/bank/url';
import type { RawBank, RawExchange } from './raw-http';

/** Every page of a list endpoint, walked over raw HTTP. */
export interface Walk {
  readonly pages: readonly RawExchange[];
  readonly items: readonly unknown[];
  /** Why the walk stopped early; undefined when it reached the last page. */
  readonly problem?: string;
}

/** A bank that pages further than this is looping, or is not a list a voice turn could read. */
const MAX_PAGES = 50;

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/** What a page says about the next one, as FDX allows: `links.next.href`, else `pageKey`, else `offset`. */
function nextUrl(body: Json, base: URL, current: URL, path: string, query: Query): URL | undefined {
  const href = record(record(record(body.links)?.next))?.href;
  if (typeof href === 'string' && href.trim() !== '') return resolveHref(base, current, href);
  const page = record(body.page);
  const key = page?.nextPageKey;
  if (typeof key === 'string' && key !== '') return endpointUrl(base, path, { ...query, pageKey: key });
  const offset = page?.nextOffset;
  if (typeof offset === 'string' || typeof offset === 'number')
    return endpointUrl(base, path, { ...query, offset: String(offset) });
  return undefined;
}

/** Why a page cannot be used, or undefined. */
export function pageProblem(page: RawExchange, listKey: string): string | undefined {
  if (page.status === undefined) return `${page.summary}: ${page.error ?? 'no answer'}`;
  if (page.status !== 200 && page.status !== 206) return `${page.summary} answered HTTP ${page.status}`;
  if (page.json === undefined) return `${page.summary} answered ${page.status} with a body that is not JSON`;
  if (!Array.isArray(record(page.json)?.[listKey])) return `${page.summary} has no "${listKey}" list`;
  return undefined;
}

/** Follows a list endpoint from its first page to its last, as the service's client does. */
export async function walkPages(
  raw: RawBank,
  token: string,
  path: string,
  query: Query,
  listKey: string,
): Promise<Walk> {
  const pages: RawExchange[] = [];
  const items: unknown[] = [];
  const seen = new Set<string>();
  let url: URL | undefined = endpointUrl(raw.base, path, query);
  while (url !== undefined) {
    if (pages.length >= MAX_PAGES) return { pages, items, problem: `more than ${MAX_PAGES} pages` };
    if (seen.has(url.href)) return { pages, items, problem: 'the bank sent a next link it had sent before' };
    seen.add(url.href);
    const page = await raw.get(url, token);
    pages.push(page);
    const problem = pageProblem(page, listKey);
    if (problem !== undefined) return { pages, items, problem };
    const body = record(page.json) ?? {};
    items.push(...(body[listKey] as unknown[]));
    try {
      url = nextUrl(body, raw.base, url, path, query);
    } catch {
      return { pages, items, problem: "a next link leaves the bank's origin or is not a URL" };
    }
  }
  return { pages, items };
}
