import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { startSandbox } from '../../sandbox';
import { body, get, useSandbox, type AccountsPage, type ErrorBody, sandboxClock } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sandbox authentication and interaction ids', () => {
  const sandbox = useSandbox();

  it('answers 401 with a bearer challenge for a missing, unknown, malformed or expired token', async () => {
    const cases: [string, Record<string, string>][] = [
      ['missing', {}],
      ['unknown', { authorization: 'Bearer demo-nobody' }],
      ['wrong scheme', { authorization: 'Basic ZGVtby1hbGV4Og==' }],
      ['expired', { authorization: 'Bearer fault-expired' }],
    ];
    for (const [name, headers] of cases) {
      const reply = await get(sandbox.url, '/accounts', { headers });
      assert.equal(reply.status, 401, name);
      assert.equal(reply.headers['www-authenticate'], 'Bearer error="invalid_token"', name);
      const error = body<ErrorBody>(reply);
      assert.equal(error.code, '602', name);
      assert.ok(!reply.text.includes('demo-nobody'), 'the token is not echoed');
    }
  });

  it('accepts the scheme name in any case', async () => {
    assert.equal((await get(sandbox.url, '/accounts', { headers: { authorization: 'bearer demo-sam' } })).status, 200);
  });

  it("echoes the caller's x-fapi-interaction-id on success, 401 and 404", async () => {
    const id = 'c770aef3-6784-41f7-8e0e-ff5f97bddb3a';
    const headers = { 'x-fapi-interaction-id': id };
    for (const [path, token, status] of [
      ['/accounts', 'demo-alex', 200],
      ['/accounts', 'nobody', 401],
      ['/nowhere', 'demo-alex', 404],
    ] as const) {
      const reply = await get(sandbox.url, path, { token, headers });
      assert.equal(reply.status, status);
      assert.equal(reply.headers['x-fapi-interaction-id'], id);
    }
  });

  it('echoes only a UUID interaction id, replacing anything else with a fresh UUID', async () => {
    for (const given of ['f-500', 'not a uuid', '<script>', 'c0ffee00-0000-4000-8000-00000000050']) {
      const reply = await get(sandbox.url, '/accounts', {
        token: 'demo-alex',
        headers: { 'x-fapi-interaction-id': given },
      });
      assert.notEqual(reply.headers['x-fapi-interaction-id'], given);
      assert.match(String(reply.headers['x-fapi-interaction-id']), UUID);
    }
  });

  it('generates a UUID interaction id when the caller sends none', async () => {
    const a = await get(sandbox.url, '/accounts', { token: 'demo-alex' });
    const b = await get(sandbox.url, '/accounts', { token: 'demo-alex' });
    assert.match(String(a.headers['x-fapi-interaction-id']), UUID);
    assert.notEqual(a.headers['x-fapi-interaction-id'], b.headers['x-fapi-interaction-id']);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const reply = await get(sandbox.url, '/balances', { token: 'demo-alex' });
    assert.equal(reply.status, 404);
    assert.match(String(reply.headers['content-type']), /^application\/json/);
    assert.equal(body<ErrorBody>(reply).code, '404');
  });
});

describe('sandbox fault tokens over HTTP', () => {
  const sandbox = useSandbox();

  it("fault-slow-<ms> answers with demo-alex's data only after the delay", async () => {
    const started = performance.now();
    const reply = await get(sandbox.url, '/accounts', { token: 'fault-slow-300' });
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 290, `answered after ${elapsed} ms`);
    assert.equal(reply.status, 200);
    assert.equal(body<AccountsPage>(reply).accounts[0]?.accountId, 'acc-alex-chk');
  });

  it('fault-500 answers 500 with an FDX error body', async () => {
    const reply = await get(sandbox.url, '/accounts/acc-alex-chk', {
      token: 'fault-500',
      headers: { 'x-fapi-interaction-id': 'c0ffee00-0000-4000-8000-000000000500' },
    });
    assert.equal(reply.status, 500);
    assert.equal(reply.headers['x-fapi-interaction-id'], 'c0ffee00-0000-4000-8000-000000000500');
    assert.deepEqual(body<ErrorBody>(reply), { code: '500', message: 'Internal server error' });
  });

  it('fault-429 answers 429 with Retry-After: 1', async () => {
    const reply = await get(sandbox.url, '/accounts', { token: 'fault-429' });
    assert.equal(reply.status, 429);
    assert.equal(reply.headers['retry-after'], '1');
    assert.equal(body<ErrorBody>(reply).code, '429');
  });

  it('fault-malformed answers 200 with a JSON content type and a body that does not parse', async () => {
    const reply = await get(sandbox.url, '/accounts', { token: 'fault-malformed' });
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['content-type']), /^application\/json/);
    assert.throws(() => JSON.parse(reply.text), SyntaxError);
  });

  it('fault-reset drops the connection without an answer', async () => {
    await assert.rejects(get(sandbox.url, '/accounts', { token: 'fault-reset' }), (error: NodeJS.ErrnoException) => {
      assert.ok(error.code === 'ECONNRESET' || /socket hang up/.test(error.message), error.message);
      return true;
    });
  });

  it('fault-expired answers 401 like an invalid token', async () => {
    const reply = await get(sandbox.url, '/accounts', { token: 'fault-expired' });
    assert.equal(reply.status, 401);
    assert.equal(reply.headers['www-authenticate'], 'Bearer error="invalid_token"');
  });
});

describe('startSandbox', () => {
  it('listens on an ephemeral loopback port and on close drops idle and busy connections at once', async () => {
    const sandbox = await startSandbox({ clock: sandboxClock(), port: 0 });
    assert.match(sandbox.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(sandbox.port > 0);
    // Raw sockets: nock's interceptor wraps node:http client sockets, which hides keep-alive pooling.
    const idle = connect(sandbox.port, '127.0.0.1');
    const busy = connect(sandbox.port, '127.0.0.1');
    const closed = (socket: Socket): Promise<void> => new Promise((resolve) => socket.once('close', () => resolve()));
    try {
      const answered = new Promise<string>((resolve) =>
        idle.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1'))),
      );
      idle.write('GET /customers/current HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer demo-sam\r\n\r\n');
      const head = await answered;
      assert.match(head, /^HTTP\/1\.1 200 /);
      assert.match(head, /\r\nConnection: keep-alive\r\n/i);
      busy.write('GET /accounts HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer fault-slow-20000\r\n\r\n');
      await new Promise((resolve) => setTimeout(resolve, 50)); // let the slow request reach the server
      const outcome = await Promise.race([
        sandbox
          .close()
          .then(() => Promise.all([closed(idle), closed(busy)]))
          .then(() => 'closed' as const),
        new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 2_000).unref()),
      ]);
      assert.equal(outcome, 'closed');
      await sandbox.close(); // idempotent
      await assert.rejects(get(sandbox.url, '/accounts', { token: 'demo-alex' }));
    } finally {
      idle.destroy();
      busy.destroy();
    }
  });

  it('refuses an unknown time zone', async () => {
    await assert.rejects(startSandbox({ zone: 'Mars/Olympus_Mons', clock: sandboxClock() }), /time zone/);
  });
});
