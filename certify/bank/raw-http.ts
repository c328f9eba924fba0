import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { SeenData } from '../seen-data';
import { collectCapped } from '../../shared/capped-body';

/** One request to the bank over plain HTTP, as observed: no client logic in between. */
export interface RawExchange {
  /** Method and path (relative to the base URL) with query, for evidence. */
  readonly summary: string;
  /** HTTP status; undefined when no answer came (connection error, timeout). */
  readonly status?: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** The parsed body; undefined when it is not JSON. */
  readonly json?: unknown;
  /** Time to the complete answer, milliseconds. */
  readonly ms: number;
  /** The `x-fapi-interaction-id` we sent. */
  readonly interactionId: string;
  /** Why no answer came. */
  readonly error?: string;
}

/** Raw GETs against the bank with the client's headers, every exchange kept. */
export interface RawBank {
  readonly base: URL;
  readonly exchanges: readonly RawExchange[];
  get(url: URL, token: string, timeoutMs?: number): Promise<RawExchange>;
  close(): void;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** The path under the base URL, e.g. `/accounts?pageKey=…`. */
function relative(base: URL, url: URL): string {
  const prefix = base.pathname.replace(/\/+$/, '');
  const path = prefix !== '' && url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
  return `${path}${url.search}`;
}

/** Creates the raw HTTP observer; bodies are noted in `seen` so the log scan knows the bank's data. */
export function createRawBank(baseUrl: string, seen: SeenData): RawBank {
  const base = new URL(baseUrl);
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const exchanges: RawExchange[] = [];
  async function get(url: URL, token: string, timeoutMs = 10_000): Promise<RawExchange> {
    const interactionId = randomUUID();
    const started = performance.now();
    const answer = await send(
      url,
      token,
      interactionId,
      timeoutMs,
      url.protocol === 'https:' ? agents.https : agents.http,
    );
    const json = 'text' in answer ? parse(answer.text) : undefined;
    if (json !== undefined) seen.noteBody(json);
    const exchange: RawExchange = {
      summary: `GET ${relative(base, url)}`,
      interactionId,
      ms: Math.round(performance.now() - started),
      headers: {},
      text: '',
      ...answer,
      ...(json === undefined ? {} : { json }),
    };
    exchanges.push(exchange);
    return exchange;
  }
  const close = (): void => {
    agents.http.destroy();
    agents.https.destroy();
  };
  return { base, exchanges, get, close };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string } | { error: string };

/** A bank answer larger than this is not one a voice turn could use; the client refuses 4 MB. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

function send(url: URL, token: string, interactionId: string, timeoutMs: number, agent: http.Agent): Promise<Answer> {
  const headers = {
    authorization: `Bearer ${token}`,
    'x-fapi-interaction-id': interactionId,
    'fdx-api-actor-type': 'USER',
    accept: 'application/json',
  };
  return new Promise((resolve) => {
    let req: http.ClientRequest;
    try {
      req = (url.protocol === 'https:' ? https : http).request(url, { method: 'GET', headers, agent }, (res) =>
        collect(res, req, resolve),
      );
    } catch {
      resolve({ error: 'the request could not be sent (a token with characters a header cannot carry?)' });
      return;
    }
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ? `connection failed (${error.code})` : error.message }),
    );
    req.end();
  });
}

/** Reads a whole response body, refusing one over {@link MAX_BODY_BYTES}. */
function collect(res: http.IncomingMessage, req: http.ClientRequest, resolve: (answer: Answer) => void): void {
  collectCapped(res, MAX_BODY_BYTES, {
    tooLarge: () => req.destroy(new Error('the answer is larger than 8 MB')),
    end: (text) => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }),
  });
  res.on('error', () => resolve({ error: 'the answer was cut short' }));
}
