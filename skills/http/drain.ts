import type { Server, ServerResponse } from 'node:http';
import net from 'node:net';

export interface DrainOptions {
  /**
   * After a drain starts, how long sockets idle since before it may still bring one more request
   * (answered with `Connection: close`) before they are closed, ms. Default 1,000.
   */
  readonly graceMs?: number;
  /** When to close whatever is still open, ms. Default 10,000. */
  readonly forceMs?: number;
}

/** Stops a server without resetting anyone: see {@link drainable}. */
export interface Drainable {
  /** Starts draining (once) and resolves when every connection is closed. */
  drain(): Promise<void>;
}

/**
 * Graceful drain for an HTTP/1.1 server with keep-alive. From the moment a drain starts every
 * response not yet sent carries `Connection: close`, so clients stop reusing their sockets and
 * Node closes each one after its response; nothing in flight is cut. The listener closes at once
 * (new connections are refused, never accepted and then reset); sockets idle since before the
 * drain are closed only after a grace period (closing a socket the instant a client sends on it is
 * what resets requests); stragglers are forced after `forceMs`.
 */
export function drainable(server: Server, options: DrainOptions = {}): Drainable {
  const { graceMs = 1_000, forceMs = 10_000 } = options;
  const open = new Set<ServerResponse>();
  let draining: Promise<void> | undefined;
  const closeAfterThis = (res: ServerResponse): void => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  // Before express's own listener: the header must be set before any handler can send.
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (draining) closeAfterThis(res);
    open.add(res);
    res.once('close', () => open.delete(res));
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      for (const res of open) closeAfterThis(res);
      const force = setTimeout(() => server.closeAllConnections(), forceMs);
      const idle = setTimeout(() => server.closeIdleConnections(), graceMs);
      // Stop accepting at once, but through net.Server's close: http.Server#close would also close
      // every idle socket now, resetting requests already on their way over them.
      net.Server.prototype.close.call(server, () => {
        clearTimeout(force);
        clearTimeout(idle);
        resolve();
      });
    });
  return {
    drain: () => (draining ??= stop()),
  };
}
