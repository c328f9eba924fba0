import { ShapeError } from './guards';

/**
 * A bank's base URL as configured (the bank client's baseUrl, the kit's --bank-url): http or https,
 * no query, no fragment. Throws a TypeError whose message starts with `name`.
 */
export function checkBaseUrl(text: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TypeError(`${name} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`${name} must be an http or https URL`);
  if (url.search !== '' || url.hash !== '') throw new TypeError(`${name} must not carry a query or fragment`);
  return url;
}

/** Query parameters as sent; each value once. */
export type Query = Readonly<Record<string, string>>;

function joinPath(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The URL of an endpoint: `path` (already percent-encoded, e.g. `/accounts/a%2Fb`) appended to
 * the base URL's own path, so `https://bank.example/fdx/v6` + `/accounts` is
 * `https://bank.example/fdx/v6/accounts`.
 */
export function endpointUrl(base: URL, path: string, query: Query = {}): URL {
  const url = new URL(base.href);
  const mark = path.indexOf('?');
  url.pathname = joinPath(base.pathname, mark < 0 ? path : path.slice(0, mark));
  url.search = mark < 0 ? '' : path.slice(mark);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url;
}

/**
 * Resolves a `links.next.href`. Absolute hrefs must stay on the base URL's origin: the bearer
 * token goes with every request, so a link elsewhere is refused as an invalid response.
 * A root-relative href that already starts with the base path (`/fdx/v6/accounts?...`) is taken
 * from the origin; any other relative href (`/accounts?...`, `accounts?...`) is appended to the
 * base path; a query-only href (`?pageKey=2`) replaces the query of the current request.
 */
export function resolveHref(base: URL, current: URL, href: string): URL {
  const text = href.trim();
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(text)) return sameOrigin(base, text);
  if (text.startsWith('?')) return new URL(text, current);
  const basePath = base.pathname.replace(/\/+$/, '');
  const rest = text.slice(basePath.length);
  const underBase = basePath !== '' && text.startsWith(basePath) && (rest === '' || /^[/?#]/.test(rest));
  return underBase ? new URL(text, base.origin) : endpointUrl(base, text);
}

function sameOrigin(base: URL, text: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new ShapeError('links.next.href is not a URL');
  }
  if (url.origin !== base.origin) throw new ShapeError('links.next.href leaves the bank origin');
  return url;
}
