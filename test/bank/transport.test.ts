import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { createTransport, TransportFailure, type Transport } from '../../shared/bank/transport';

/** A real loopback server: checks what nock cannot (socket reuse, real timeouts). */
async function startServer(
  handler: http.RequestListener,
): Promise<{ url: URL; connections: () => number; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  let connections = 0;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/fdx/v6/accounts`),
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function get(transport: Transport, url: URL, timeoutMs = 1000, signal?: AbortSignal): ReturnType<Transport['send']> {
  return transport.send({ method: 'GET', url, headers: { accept: 'application/json' }, timeoutMs, signal });
}

async function failureOf(promise: Promise<unknown>): Promise<TransportFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof TransportFailure, `expected a TransportFailure, got ${String(error)}`);
  return error;
}

describe('bank transport over real sockets', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(
    keepAlive: boolean,
    handler: http.RequestListener,
  ): Promise<{ transport: Transport; url: URL; connections: () => number }> {
    const server = await startServer(handler);
    const transport = createTransport({ keepAlive, maxBodyBytes: 1024 });
    cleanups.push(server.close, () => transport.close());
    return { transport, url: server.url, connections: server.connections };
  }

  it('returns status, headers and the UTF-8 body', async () => {
    const { transport, url } = await setup(true, (_req, res) => {
      res.writeHead(206, { 'content-type': 'application/json', 'x-fapi-interaction-id': 'echo' });
      res.end('{"name":"Café"}');
    });
    const response = await get(transport, url);
    assert.equal(response.status, 206);
    assert.equal(response.headers['x-fapi-interaction-id'], 'echo');
    assert.equal(response.body, '{"name":"Café"}');
  });

  it('reuses one connection with keep-alive and opens one per request without it', async () => {
    // nock's interceptor opens a fresh socket for every passed-through request, so step it aside.
    nock.restore();
    cleanups.push(() => nock.activate());
    const ok: http.RequestListener = (_req, res) => res.end('{}');
    const pooled = await setup(true, ok);
    for (let i = 0; i < 3; i += 1) await get(pooled.transport, pooled.url);
    assert.equal(pooled.connections(), 1);
    const unpooled = await setup(false, ok);
    for (let i = 0; i < 3; i += 1) await get(unpooled.transport, unpooled.url);
    assert.equal(unpooled.connections(), 3);
  });

  it('gives up on a server that never answers when the attempt deadline passes', async () => {
    const { transport, url } = await setup(true, () => undefined);
    const started = performance.now();
    const failure = await failureOf(get(transport, url, 150));
    assert.equal(failure.reason, 'timeout');
    assert.ok(performance.now() - started < 500);
  });

  it('gives up on a body that stalls half way', async () => {
    const { transport, url } = await setup(true, (_req, res) => {
      res.writeHead(200);
      res.write('{"accounts": [');
    });
    assert.equal((await failureOf(get(transport, url, 150))).reason, 'timeout');
  });

  it('stops when the signal aborts', async () => {
    const { transport, url } = await setup(true, () => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    assert.equal((await failureOf(get(transport, url, 5000, controller.signal))).reason, 'aborted');
  });

  it('refuses a body larger than the limit', async () => {
    const { transport, url } = await setup(true, (_req, res) => res.end('x'.repeat(4096)));
    assert.equal((await failureOf(get(transport, url))).reason, 'tooLarge');
  });

  it('reports a refused connection as a network failure with its code', async () => {
    const { transport, url } = await setup(true, (_req, res) => res.end('{}'));
    const closed = new URL(url.href);
    closed.port = '1';
    const failure = await failureOf(get(transport, closed));
    assert.equal(failure.reason, 'network');
    assert.match(failure.message, /ECONNREFUSED/);
  });
});
