import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { startSandbox } from '../../sandbox';
import { alexa, google } from '../contract/platforms';
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

  it('keeps only hashes under its prefix: no PIN, token or customer id in any key or value', async () => {
    const keys = await keysUnder(redis, prefix);
    assert.ok(keys.length > 0, 'the instances wrote to Redis');
    for (const key of keys) {
      assert.doesNotMatch(key, /demo-alex|cust-alex|4826|9173/);
      const type = await redis.type(key);
      const value = type === 'string' ? await redis.get(key) : JSON.stringify(await redis.hgetall(key));
      assert.doesNotMatch(value ?? '', /demo-alex|cust-alex|(?<![\w$/+])4826(?![\w/+])/);
    }
  });
});
