import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on 127.0.0.1 at a port the system picked. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Ends every connection, idle keep-alive ones included, and resolves once the server has closed. */
  readonly close: () => Promise<void>;
}

/**
 * Serves `handler` (an express app is one) or an existing server on a free loopback port: the
 * one way the tests, benchmarks and the certification kit stand up an HTTP peer on this machine.
 */
export async function listenOnLoopback(handler: RequestListener | Server): Promise<LoopbackServer> {
  const server = typeof handler === 'function' ? createServer(handler) : handler;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
