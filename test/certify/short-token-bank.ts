import http from 'node:http';
import { startSandbox } from '../../sandbox';
import type { Clock } from '../../shared/clock';
import { listenOnLoopback } from '../../shared/loopback';

/** A real FDX bank over HTTP whose test customer's token is one character long. */
export interface ShortTokenBank {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The sandbox behind a loopback proxy that accepts `Bearer <short>` for demo-alex and passes
 * every other request through untouched: a bank whose test token occurs in every log line.
 */
export async function startShortTokenBank(short: string, clock: Clock): Promise<ShortTokenBank> {
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', clock });
  const target = new URL(sandbox.url);
  const proxy = http.createServer((req, res) => {
    const headers = { ...req.headers, host: target.host };
    if (headers.authorization === `Bearer ${short}`) headers.authorization = 'Bearer demo-alex';
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const listening = await listenOnLoopback(proxy);
  return {
    url: listening.url,
    close: async () => {
      await listening.close();
      await sandbox.close();
    },
  };
}
