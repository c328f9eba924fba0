import assert from 'node:assert/strict';
import nock from 'nock';
import { capturingLogger, makeClient, ORIGIN, PREFIX, rejectsWithKind, socketError, TOKEN } from './helpers';
import { TEST_NOW_MS } from '../support/clock';

const LIST = `${PREFIX}/accounts`;
const EMPTY = { accounts: [] };

describe('bank retries and the voice budget', () => {
  it('retries once after a 503 and returns the second answer', async () => {
    const { logger, lines } = capturingLogger();
    const scope = nock(ORIGIN).get(LIST).reply(503).get(LIST).reply(200, EMPTY);
    assert.deepEqual(await makeClient({ logger }).listAccounts(TOKEN), []);
    scope.done();
    assert.deepEqual(
      lines().map((line) => [line['attempt'], line['status']]),
      [
        [1, 503],
        [2, 200],
      ],
    );
  });

  it('retries at most once: two 500s give unavailable', async () => {
    const scope = nock(ORIGIN).get(LIST).times(2).reply(500);
    await rejectsWithKind(makeClient().listAccounts(TOKEN), 'unavailable');
    scope.done();
  });

  it('does not retry when maxRetries is 0', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(503);
    await rejectsWithKind(makeClient({ maxRetries: 0 }).listAccounts(TOKEN), 'unavailable');
    scope.done();
  });

  for (const [status, kind] of [
    [400, 'badRequest'],
    [401, 'unauthorized'],
  ] as const) {
    it(`does not retry a ${status}`, async () => {
      const first = nock(ORIGIN).get(LIST).reply(status);
      const retry = nock(ORIGIN).get(LIST).reply(200, EMPTY);
      await rejectsWithKind(makeClient().listAccounts(TOKEN), kind);
      first.done();
      assert.equal(retry.isDone(), false, 'a retry was sent');
    });
  }

  it('retries a 429 whose Retry-After fits in the remaining budget', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(429, '', { 'retry-after': '0' }).get(LIST).reply(200, EMPTY);
    assert.deepEqual(await makeClient().listAccounts(TOKEN), []);
    scope.done();
  });

  it('retries a 429 whose Retry-After is an HTTP date already reached', async () => {
    const past = new Date(TEST_NOW_MS - 5000).toUTCString();
    const scope = nock(ORIGIN).get(LIST).reply(429, '', { 'retry-after': past }).get(LIST).reply(200, EMPTY);
    assert.deepEqual(await makeClient().listAccounts(TOKEN), []);
    scope.done();
  });

  it('waits out a Retry-After that fits the budget before retrying', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(503, '', { 'retry-after': '1' }).get(LIST).reply(200, EMPTY);
    const started = performance.now();
    assert.deepEqual(await makeClient({ timeoutMs: 1500 }).listAccounts(TOKEN), []);
    scope.done();
    assert.ok(performance.now() - started >= 990, 'retried before Retry-After');
  });

  it('does not retry a 429 whose Retry-After is beyond the budget, and answers at once', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(429, '', { 'retry-after': '5' });
    const started = performance.now();
    const error = await rejectsWithKind(makeClient().listAccounts(TOKEN), 'unavailable');
    scope.done();
    assert.equal(error.details.status, 429);
    assert.ok(performance.now() - started < 1000, 'waited for a Retry-After beyond the budget');
  });

  it('does not retry a 429 without Retry-After', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(429);
    await rejectsWithKind(makeClient().listAccounts(TOKEN), 'unavailable');
    scope.done();
  });

  it('retries after a connection error', async () => {
    const scope = nock(ORIGIN).get(LIST).replyWithError(socketError()).get(LIST).reply(200, EMPTY);
    assert.deepEqual(await makeClient().listAccounts(TOKEN), []);
    scope.done();
  });

  it('reports unavailable when the connection fails twice', async () => {
    const scope = nock(ORIGIN).get(LIST).times(2).replyWithError(socketError('ECONNREFUSED'));
    const error = await rejectsWithKind(makeClient().listAccounts(TOKEN), 'unavailable');
    scope.done();
    assert.match(error.message, /ECONNREFUSED/);
  });

  it('gives timeout when the bank is slower than the budget, within the budget', async () => {
    const scope = nock(ORIGIN).get(LIST).delay(5000).reply(200, EMPTY);
    const started = performance.now();
    await rejectsWithKind(makeClient({ timeoutMs: 300 }).listAccounts(TOKEN), 'timeout');
    const elapsed = performance.now() - started;
    scope.done();
    assert.ok(elapsed >= 280 && elapsed < 1500, `took ${elapsed} ms`);
  });

  it('gives the retry only what is left of the budget', async () => {
    const scope = nock(ORIGIN).get(LIST).delay(150).reply(503).get(LIST).delay(5000).reply(200, EMPTY);
    const started = performance.now();
    await rejectsWithKind(makeClient({ timeoutMs: 400 }).listAccounts(TOKEN), 'timeout');
    const elapsed = performance.now() - started;
    scope.done();
    assert.ok(elapsed >= 380 && elapsed < 1500, `took ${elapsed} ms`);
  });

  it('shares one budget across the pages of one call', async () => {
    const scope = nock(ORIGIN)
      .get(LIST)
      .delay(200)
      .reply(200, { page: { nextPageKey: 'p2' }, accounts: [] })
      .get(LIST)
      .query({ pageKey: 'p2' })
      .delay(200)
      .reply(200, EMPTY);
    await rejectsWithKind(makeClient({ timeoutMs: 300 }).listAccounts(TOKEN), 'timeout');
    scope.done();
  });

  it('stops at once when the caller aborts, and reports timeout', async () => {
    const scope = nock(ORIGIN).get(LIST).delay(5000).reply(200, EMPTY);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await rejectsWithKind(
      makeClient({ timeoutMs: 2500 }).listAccounts(TOKEN, { signal: controller.signal }),
      'timeout',
    );
    scope.done();
    assert.ok(performance.now() - started < 1000);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(200, EMPTY);
    await rejectsWithKind(makeClient().listAccounts(TOKEN, { signal: AbortSignal.abort() }), 'timeout');
    assert.equal(scope.isDone(), false);
  });

  it('stops waiting for a Retry-After when the caller aborts', async () => {
    const scope = nock(ORIGIN).get(LIST).reply(503, '', { 'retry-after': '2' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await rejectsWithKind(
      makeClient({ timeoutMs: 2500 }).listAccounts(TOKEN, { signal: controller.signal }),
      'timeout',
    );
    scope.done();
    assert.ok(performance.now() - started < 1000);
  });
});
