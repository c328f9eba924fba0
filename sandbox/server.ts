import { createServer } from 'node:http';
import { createSandboxApp } from './app';
import type { SandboxOptions } from './options';

/** Where and how to listen. */
export interface StartSandboxOptions extends SandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to bind; defaults to 127.0.0.1 (loopback only). */
  readonly host?: string;
}

/** A listening sandbox bank. */
export interface RunningSandbox {
  /** Base URL of the FDX API, e.g. `http://127.0.0.1:4000` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes every connection, idle keep-alive ones included. Idempotent. */
  close(): Promise<void>;
}

/** Starts the sandbox bank over HTTP and resolves once it listens. */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createSandboxApp(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox: not listening on TCP');
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
    return closing;
  };
  return { url: `http://${urlHost}:${address.port}`, port: address.port, close };
}
