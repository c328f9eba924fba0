import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { startSandbox } from '../../sandbox';
import { alexa, google } from '../contract/platforms';
import { atPinPrompt, mixedBurst, wrongThenRight } from '../contract/pin-burst';
import { adminClient, keysUnder, REDIS_URL, requireRedis, uniquePrefix } from '../state/redis-support';
import { testClock } from '../support/clock';

interface Instance { readonly url: string; readonly child: ChildProcess }

/** Starts `skills/server.ts` as its own process and waits for the port it logs. */
function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '..', '..', 'skills', 'server.ts')], {
    env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+),"msg":"voicebank listening/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, child });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => reject(new Error(`instance exited with ${String(code)}: ${output}`)));
  });
}

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
      BANK_API_URL: sandbox.url, VERIFY_REQUESTS: 'false', PIN_POLICY: 'session', STATE_STORE: REDIS_URL,
      STATE_KEY_PREFIX: prefix, STATE_KEY_SECRET: 'two-instances-test-secret-0123456789abcdef',
    };
    instances.push(...await Promise.all([startInstance(env), startInstance(env)]));
  });

  after(async () => {
    for (const { child } of instances) child.kill('SIGTERM');
    await sandbox?.close();
    if (redis?.status === 'ready') {
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

  it('checks at most 3 of 8 guesses sent at the same moment to both instances (7 wrong, then the right one)', async () => {
    const urls = instances.map((instance) => instance.url);
    const setUp = alexa.start(urls[0] ?? '', 'demo-sam');
    await setUp.say({ intent: 'getBalance' });
    await setUp.say({ intent: 'pin', pin: '3958' });
    assert.match((await setUp.say({ intent: 'pin', pin: '3958' })).text, /Your voice PIN is set/);
    const result = await mixedBurst(await atPinPrompt(urls, [google, alexa], 'demo-sam', 8), 7, '9173', '3958');
    assert.ok(result.checkedWrong + result.balances <= 3, result.replies.map((r) => r.text).join('\n'));
  });

  it('keeps only hashes under its prefix: no PIN, token or customer id in any key or value', async () => {
    const keys = await keysUnder(redis, prefix);
    assert.ok(keys.length > 0, 'the instances wrote to Redis');
    for (const key of keys) {
      assert.doesNotMatch(key, /demo-|cust-|4826|9173|5173|3958/);
      const type = await redis.type(key);
      const value = type === 'string' ? await redis.get(key) : JSON.stringify(await redis.hgetall(key));
      assert.doesNotMatch(value ?? '', /demo-alex|cust-alex|(?<![\w$/+])4826(?![\w/+])/);
    }
  });
});
