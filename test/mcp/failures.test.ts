import assert from 'node:assert/strict';
import { startTestService, postJson, type TestService } from '../support/service';
import { connect, factsOf, textOf } from './client';

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};
const accept = { accept: 'application/json, text/event-stream' };

describe('the MCP endpoint refuses and fails politely', function () {
  this.timeout(30_000);
  let service: TestService;

  before(async () => {
    service = await startTestService();
  });
  after(async () => {
    await service.close();
  });

  it('answers 401 without a bearer token, pointing at its RFC 9728 metadata', async () => {
    const { status, body, text } = await postJson(`${service.url}/mcp`, initialize, accept);
    const response = await fetch(`${service.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...accept },
      body: JSON.stringify(initialize),
    });
    assert.equal(status, 401);
    assert.deepEqual(body, { error: 'unauthorized' });
    assert.doesNotMatch(text, /stack|Error:/);
    assert.equal(
      response.headers.get('www-authenticate'),
      `Bearer resource_metadata="${service.url}/.well-known/oauth-protected-resource/mcp"`,
    );
  });

  it('answers 401 invalid_token to a malformed bearer token, and never passes it to the bank', async () => {
    for (const authorization of [
      'Bearer ',
      'Bearer a b',
      'Basic ZGVtby1hbGV4',
      `Bearer ${'x'.repeat(5000)}`,
      'Bearer dé',
    ]) {
      const response = await fetch(`${service.url}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, ...accept },
        body: JSON.stringify(initialize),
      });
      assert.equal(response.status, 401, authorization.slice(0, 20));
      assert.match(
        response.headers.get('www-authenticate') ?? '',
        /^Bearer error="invalid_token", resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource\/mcp"$/,
      );
    }
  });

  it('publishes protected-resource metadata naming the sandbox as the authorization server', async () => {
    for (const path of ['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource']) {
      const response = await fetch(`${service.url}${path}`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), {
        resource: `${service.url}/mcp`,
        authorization_servers: [service.bankUrl],
        bearer_methods_supported: ['header'],
        resource_name: 'voicebank',
      });
    }
  });

  it('answers malformed bodies and other methods with a 4xx and a fixed body, never a 500', async () => {
    const auth = { authorization: 'Bearer demo-alex', ...accept };
    const broken = await postJson(`${service.url}/mcp`, '{"jsonrpc":', auth);
    assert.equal(broken.status, 400);
    assert.deepEqual(broken.body, { error: 'bad request' });
    const notRpc = await postJson(`${service.url}/mcp`, { hello: 'world' }, auth);
    assert.ok(notRpc.status >= 400 && notRpc.status < 500, String(notRpc.status));
    const get = await fetch(`${service.url}/mcp`, { headers: auth });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
  });

  it('answers bad tool input with a tool error result, not a protocol failure', async () => {
    const mcp = await connect(service.url, 'demo-alex');
    try {
      for (const [name, args] of [
        ['recent_transactions', { count: 99 }],
        ['get_balance', { last_four: '12' }],
        ['spending', { period: 'next_century' }],
        ['verify_pin', { pin: 'abcd' }],
        ['transactions_in_period', { from: 'yesterday' }],
        ['no_such_tool', {}],
      ] as const) {
        const result = await mcp.call(name, args);
        assert.equal(result.isError, true, name);
        assert.ok(textOf(result).length > 0, name);
      }
    } finally {
      await mcp.close();
    }
  });

  it("answers a period it cannot serve with the core's explanation as a tool error", async () => {
    const mcp = await connect(service.url, 'demo-alex');
    try {
      const mixed = await mcp.call('spending', { period: 'last_month', from: '2026-01-01' });
      assert.equal(mixed.isError, true);
      assert.deepEqual(factsOf(mixed), { kind: 'failure', reason: 'periodMalformed' });
      const old = await mcp.call('transactions_in_period', { from: '2001-01-01', to: '2001-01-31' });
      assert.deepEqual(factsOf(old), { kind: 'failure', reason: 'periodBeforeHistory' });
    } finally {
      await mcp.close();
    }
  });

  it('turns a failing bank into a polite tool error', async () => {
    for (const [token, reason] of [
      ['fault-500', 'bankUnavailable'],
      ['fault-malformed', 'bankUnreadable'],
    ] as const) {
      const mcp = await connect(service.url, token);
      try {
        const result = await mcp.call('get_balance', { account: 'checking' });
        assert.equal(result.isError, true, token);
        assert.deepEqual(factsOf(result), { kind: 'failure', reason }, token);
        assert.doesNotMatch(textOf(result), /500|error|Error|\$/, token);
      } finally {
        await mcp.close();
      }
    }
  });

  it('answers 401 invalid_token with the metadata pointer when the bank refuses the token of a tool call', async () => {
    const mcp = await connect(service.url, 'fault-expired');
    try {
      // initialize and tools/list reveal nothing and need no bank: a client-credentials token passes them.
      assert.ok((await mcp.client.listTools()).tools.length > 0);
      await assert.rejects(mcp.call('get_balance', { account: 'checking' }), /401|invalid_token|Unauthorized/i);
    } finally {
      await mcp.close();
    }
    const call = { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'list_accounts', arguments: {} } };
    const response = await fetch(`${service.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer fault-expired',
        'mcp-protocol-version': '2025-11-25',
        ...accept,
      },
      body: JSON.stringify(call),
    });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: 'invalid_token' });
    assert.equal(
      response.headers.get('www-authenticate'),
      `Bearer error="invalid_token", resource_metadata="${service.url}/.well-known/oauth-protected-resource/mcp"`,
    );
  });

  it('answers before a slow bank does: the turn deadline cuts the call and the result is a polite error', async () => {
    const mcp = await connect(service.url, 'fault-slow-4000');
    try {
      // TURN_DEADLINE_MS is 2500 in the test service; the sandbox would answer after 4000 ms.
      const answered = mcp.call('get_balance', { account: 'checking' }).then((result) => ({ result }));
      const bank = new Promise<'bank'>((resolve) => setTimeout(() => resolve('bank'), 4000).unref());
      const first = await Promise.race([answered, bank]);
      assert.ok(first !== 'bank', 'the tool answered before the slow bank would have');
      assert.equal(first.result.isError, true);
      assert.deepEqual(factsOf(first.result), { kind: 'failure', reason: 'bankUnavailable' });
      assert.match(textOf(first.result), /can't reach your bank/);
    } finally {
      await mcp.close();
    }
  });

  it('logs no token, amount or merchant on the MCP path', () => {
    const mcpLines = service.logs.filter((line) => line.includes('"platform":"mcp"'));
    assert.ok(mcpLines.length > 0);
    for (const line of service.logs) assert.doesNotMatch(line, /demo-alex|fault-500|\$\d|Starbucks|4821/);
  });
});
