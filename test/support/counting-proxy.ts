import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP hop in front of a bank that records every request reaching it (method and path, never
 * headers or bodies), so a test can say how many calls a turn made at the bank itself.
 */
export interface CountingProxy {
  readonly url: string;
  /** Requests seen since the last reset, as "GET /accounts/acc-1". */
  readonly seen: readonly string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  let seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method ?? '?'} ${(req.url ?? '').split('?')[0] ?? ''}`);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get seen() {
      return seen;
    },
    reset() {
      seen = [];
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
