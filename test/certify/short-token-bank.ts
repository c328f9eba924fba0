import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox } from '../../sandbox';
import type { Clock } from '../../shared/clock';

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
    const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await sandbox.close();
    },
  };
}
