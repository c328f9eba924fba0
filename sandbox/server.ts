import { createServer } from 'node:http';
import { createSandboxApp } from './app';
import { authorizationServerMetadata, METADATA_PATH } from './oauth';
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
  /** The authorization server's issuer: `publicUrl` (SANDBOX_PUBLIC_URL) when given, else `url`. */
  readonly issuer: string;
  /** Where its RFC 8414 metadata is served, under `issuer`. */
  readonly metadataUrl: string;
  /** The RFC 8414 metadata document itself (what `metadataUrl` answers). */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Stops listening and closes every connection, idle keep-alive ones included. Idempotent. */
  close(): Promise<void>;
}

/** Starts the sandbox bank over HTTP and resolves once it listens. */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  // Listen first: with no public URL, the issuer is the address we get.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox: not listening on TCP');
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${urlHost}:${address.port}`;
  const issuer = (options.publicUrl ?? url).replace(/\/+$/, '');
  server.on('request', createSandboxApp({ ...options, publicUrl: issuer }));
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
    return closing;
  };
  const metadata = authorizationServerMetadata(issuer);
  return { url, port: address.port, issuer, metadataUrl: `${issuer}${METADATA_PATH}`, metadata, close };
}
