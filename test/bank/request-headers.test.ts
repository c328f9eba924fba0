import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import nock from 'nock';
import { createBankClient } from '../../shared/bank';
import { capturingLogger, fixture, JSON_HEADERS, makeClient, ORIGIN, PREFIX, TOKEN } from './helpers';
import { testClock } from '../support/clock';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('bank client requests', () => {
  it('sends the bearer token, a UUID interaction id, the USER actor type and Accept JSON', async () => {
    let seen: IncomingHttpHeaders = {};
    const scope = nock(ORIGIN)
      .get(`${PREFIX}/accounts`)
      .reply(function () {
        seen = this.req.headers;
        return [200, fixture('accounts-v6.json'), JSON_HEADERS];
      });
    await makeClient().listAccounts(TOKEN);
    scope.done();
    assert.equal(seen['authorization'], `Bearer ${TOKEN}`);
    assert.match(String(seen['x-fapi-interaction-id']), UUID);
    assert.equal(seen['fdx-api-actor-type'], 'USER');
    assert.equal(seen['accept'], 'application/json');
  });

  it('sends a fresh interaction id on every call', async () => {
    const ids: string[] = [];
    const scope = nock(ORIGIN)
      .get(`${PREFIX}/accounts`)
      .times(3)
      .reply(function () {
        ids.push(String(this.req.headers['x-fapi-interaction-id']));
        return [200, { accounts: [] }];
      });
    const client = makeClient();
    for (let i = 0; i < 3; i += 1) await client.listAccounts(TOKEN);
    scope.done();
    assert.equal(new Set(ids).size, 3);
  });

  it('appends endpoint paths to a base URL with a path prefix and a trailing slash', async () => {
    const scope = nock(ORIGIN).get('/api/fdx/v6/accounts').reply(200, { accounts: [] });
    await makeClient({ baseUrl: `${ORIGIN}/api/fdx/v6/` }).listAccounts(TOKEN);
    scope.done();
  });

  it('works with a base URL that has no path and a port', async () => {
    const scope = nock('http://127.0.0.1:8089').get('/accounts').reply(200, { accounts: [] });
    await makeClient({ baseUrl: 'http://127.0.0.1:8089' }).listAccounts(TOKEN);
    scope.done();
  });

  it('percent-encodes the account id into the path', async () => {
    const scope = nock(ORIGIN).get(`${PREFIX}/accounts/a%2Fb%3Fc`).reply(200, fixture('account-deposit-v6.json'));
    const details = await makeClient().getAccount(TOKEN, 'a/b?c');
    scope.done();
    assert.equal(details.kind, 'deposit');
  });

  it('works without keep-alive, as a benchmark baseline would run it', async () => {
    const scope = nock(ORIGIN).get(`${PREFIX}/accounts`).reply(200, { accounts: [] });
    assert.deepEqual(await makeClient({ keepAlive: false }).listAccounts(TOKEN), []);
    scope.done();
  });

  it('refuses an empty or malformed token without calling the bank', async () => {
    const client = makeClient();
    await assert.rejects(client.listAccounts(''), { kind: 'unauthorized' });
    await assert.rejects(client.listAccounts('abc\r\nX-Evil: 1'), { kind: 'unauthorized' });
  });

  it('logs endpoint template, status, latency, attempt and both interaction ids, and nothing secret', async () => {
    const { logger, lines, text } = capturingLogger();
    const scope = nock(ORIGIN)
      .get(`${PREFIX}/accounts/dep-0001`)
      .reply(200, fixture('account-deposit-v6.json'), { 'x-fapi-interaction-id': 'bank-echo-42' });
    await makeClient({ logger }).getAccount(TOKEN, 'dep-0001');
    scope.done();
    const [line, ...rest] = lines();
    assert.equal(rest.length, 0);
    assert.equal(line?.['endpoint'], '/accounts/{id}');
    assert.equal(line['status'], 200);
    assert.equal(line['attempt'], 1);
    assert.equal(typeof line['latencyMs'], 'number');
    assert.match(String(line['interactionId']), UUID);
    assert.equal(line['bankInteractionId'], 'bank-echo-42');
    // pino's wall-clock \`time\` and our random interaction ids are digits that say nothing about the customer.
    const scanned = JSON.stringify(lines().map(({ time: _time, interactionId: _ours, ...fields }) => fields));
    assert.ok(text().length > scanned.length);
    for (const secret of [TOKEN, 'dep-0001', '1523', '4821', 'Everyday', 'Bills'])
      assert.ok(!scanned.includes(secret), secret);
  });

  it('refuses a config it cannot work with', () => {
    assert.throws(() => createBankClient({ baseUrl: 'not a url', clock: testClock() }), TypeError);
    assert.throws(() => createBankClient({ baseUrl: 'ftp://bank.example', clock: testClock() }), TypeError);
    assert.throws(() => createBankClient({ baseUrl: `${ORIGIN}?x=1`, clock: testClock() }), TypeError);
    assert.throws(() => createBankClient({ baseUrl: ORIGIN, maxRetries: 2, clock: testClock() }), RangeError);
    assert.throws(() => createBankClient({ baseUrl: ORIGIN, timeoutMs: 0, clock: testClock() }), RangeError);
    assert.throws(() => createBankClient({ baseUrl: ORIGIN, maxPages: 1.5, clock: testClock() }), RangeError);
  });
});
