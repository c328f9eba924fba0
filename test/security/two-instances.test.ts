import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { startSandbox } from '../../sandbox';
import { alexa, google } from '../contract/platforms';
import { atPinPrompt, wrongThenRight } from '../contract/pin-burst';
import { startInstance, type Instance } from '../support/instances';
import { connect, factsOf } from '../mcp/client';
import { adminClient, keysUnder, REDIS_URL, requireRedis, uniquePrefix } from '../state/redis-support';
import { testClock } from '../support/clock';

describe('lockouts shared across two service processes through Redis', function () {
  this.timeout(60_000);
  const prefix = uniquePrefix();
  let redis: Redis;
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  const instances: Instance[] = [];

  before(async () => {
    redis = adminClient();
    await requireRedis(redis);
    sandbox = await startSandbox({ port: 0, clock: testClock() });
    const env = {
      BANK_API_URL: sandbox.url,
      VERIFY_REQUESTS: 'false',
      PIN_POLICY: 'session',
      STATE_STORE: REDIS_URL,
      STATE_KEY_PREFIX: prefix,
      STATE_KEY_SECRET: 'two-instances-test-secret-0123456789abcdef',
      // MCP clients learn from the metadata that the sandbox issues the tokens.
      BANK_AUTH_ISSUER: sandbox.url,
    };
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
  });

  after(async () => {
    for (const { child } of instances) child.kill('SIGTERM');
    await sandbox.close();
    if (redis.status === 'ready') {
      const keys = await keysUnder(redis, prefix);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  it('three wrong PINs through the first instance lock the customer on the second, on the other platform too', async () => {
    const [first, second] = instances;
    assert.ok(first && second);
    const onFirst = alexa.start(first.url, 'demo-alex');
    await onFirst.say({ intent: 'getBalance' });
    await onFirst.say({ intent: 'pin', pin: '4826' });
    assert.match((await onFirst.say({ intent: 'pin', pin: '4826' })).text, /Your voice PIN is set/);
    onFirst.restart();
    assert.match((await onFirst.say({ intent: 'getBalance' })).text, /say your four-digit voice PIN/);
    for (const left of ['2 more tries', '1 more try']) {
      assert.match((await onFirst.say({ intent: 'pin', pin: '9173' })).text, new RegExp(left));
    }
    assert.match((await onFirst.say({ intent: 'pin', pin: '9173' })).text, /locked/);

    const onSecond = google.start(second.url, 'demo-alex');
    const heard = await onSecond.say({ intent: 'getBalance', account: 'checking' });
    assert.match(heard.text, /locked .* try again in 15 minutes/);
    assert.doesNotMatch(heard.text, /\$/);
    const viaAlexa = await alexa.start(second.url, 'demo-alex').say({ intent: 'recentTransactions' });
    assert.match(viaAlexa.text, /locked/);
  });

  it('0 of 8 wrong-then-right guessers split over both instances and both platforms reach the balance once the limit is hit', async () => {
    const urls = instances.map((instance) => instance.url);
    const setUp = google.start(urls[1] ?? '', 'demo-kim');
    await setUp.say({ intent: 'getBalance', account: 'savings' });
    await setUp.say({ intent: 'pin', pin: '5173' });
    assert.match((await setUp.say({ intent: 'pin', pin: '5173' })).text, /Your voice PIN is set/);
    const conversations = await atPinPrompt(urls, [alexa, google], 'demo-kim', 8, 'savings');
    const result = await wrongThenRight(conversations, '9173', '5173');
    assert.equal(result.checkedWrong, 3, result.replies.map((r) => r.text).join('\n'));
    assert.equal(result.balances, 0);
  });

  it('a PIN set by voice on one instance serves an MCP client on the other, and a voice lockout holds for it', async () => {
    const [first, second] = instances;
    assert.ok(first && second);
    const voice = alexa.start(second.url, 'demo-sam');
    await voice.say({ intent: 'getBalance' });
    await voice.say({ intent: 'pin', pin: '4826' });
    assert.match((await voice.say({ intent: 'pin', pin: '4826' })).text, /Your voice PIN is set/);

    const mcp = await connect(first.url, 'demo-sam');
    try {
      const asked = await mcp.call('get_balance');
      assert.equal(factsOf(asked).stage, 'verify');
      const wrong = await mcp.call('verify_pin', { pin: '9173', continuation: String(factsOf(asked).continuation) });
      assert.equal(factsOf(wrong).attemptsLeft, 2);
      const answered = await mcp.call('verify_pin', { pin: '4826', continuation: String(factsOf(wrong).continuation) });
      assert.equal(factsOf(answered).kind, 'balances');

      voice.restart();
      assert.match((await voice.say({ intent: 'listAccounts' })).text, /say your four-digit voice PIN/);
      for (let attempt = 0; attempt < 3; attempt += 1) await voice.say({ intent: 'pin', pin: '9173' });
      const locked = await mcp.call('get_balance');
      assert.equal(locked.isError, true);
      assert.deepEqual(factsOf(locked), { kind: 'failure', reason: 'pinLocked', retryAfterMinutes: 15 });
    } finally {
      await mcp.close();
    }
  });

  it('keeps only hashes under its prefix: no PIN, token or customer id in any key or value', async () => {
    const keys = await keysUnder(redis, prefix);
    assert.ok(keys.length > 0, 'the instances wrote to Redis');
    for (const key of keys) {
      // Keyed hashes are long hex or base64url runs, and any four digits can occur inside one by chance:
      // the PINs must not stand as a segment of their own.
      assert.doesNotMatch(key, /demo-|cust-|(?<![\w-])(?:4826|9173|5173)(?![\w-])/);
      const type = await redis.type(key);
      const value = type === 'string' ? await redis.get(key) : JSON.stringify(await redis.hgetall(key));
      assert.doesNotMatch(value ?? '', /demo-alex|demo-sam|cust-alex|cust-sam|(?<![\w$/+])4826(?![\w/+])/);
    }
  });
});
