import http from 'node:http';

/**
 * A small HTTP client for the load loop: POSTs over node:http through one keep-alive agent per
 * target (as a load tester keeps its connections), reads the whole answer, and rejects on a
 * non-200 status or a body the target's check refuses. Loopback only.
 */

/** One request to replay: exact body bytes and the headers that go with them. */
export interface PreparedRequest {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

export interface Poster {
  post(request: PreparedRequest): Promise<void>;
  /** Closes the pooled connections. */
  close(): void;
}

export interface PosterOptions {
  /** Target URL; must be http://127.0.0.1. */
  readonly url: string;
  /** Sockets kept open (match the load loop's concurrency). */
  readonly maxSockets: number;
  /** Returns why an answer is wrong, or undefined when it is right. */
  readonly check?: (body: string) => string | undefined;
  /** Per-request deadline in milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
}

/** Creates a poster for one target. Throws when the URL is not loopback. */
export function createPoster(options: PosterOptions): Poster {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1')
    throw new Error(`bench: refusing to send load to ${options.url}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const post = (request: PreparedRequest): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          agent,
          headers: { ...request.headers, 'content-length': String(request.body.length) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200) {
              reject(new Error(`HTTP ${String(res.statusCode)}: ${body.slice(0, 200)}`));
              return;
            }
            const wrong = options.check?.(body);
            if (wrong === undefined) resolve();
            else reject(new Error(wrong));
          });
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(request.body);
    });
  return { post, close: () => agent.destroy() };
}
