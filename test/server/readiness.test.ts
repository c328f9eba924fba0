import assert from 'node:assert/strict';
import { loadConfig } from '../../shared/config';
import { silentLogger } from '../../shared/log/logger';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { startDevService as startService } from '../../dev/server';
import type { RunningService } from '../../skills/server';
import { testClock } from '../support/clock';
import { REDIS_URL, uniquePrefix } from '../state/redis-support';

interface Readiness {
  status: number;
  body: { status?: string; checks?: Record<string, string>; failed?: string[] };
  text: string;
}

async function readyz(service: RunningService): Promise<Readiness> {
  const response = await fetch(`${service.url}/readyz`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Readiness['body'], text };
}

describe("GET /healthz, GET /readyz and the service's /metrics", () => {
  const clock = testClock();
  let bank: RunningSandbox | undefined;
  let service: RunningService | undefined;
  afterEach(async () => {
    await service?.close();
    await bank?.close();
    service = undefined;
    bank = undefined;
  });

  const start = async (env: Record<string, string>): Promise<RunningService> =>
    // No SIGTERM drain here (test/server/drain.test.ts has it): close at once.
    startService(loadConfig({ PORT: '0', VERIFY_REQUESTS: 'false', ...env }), silentLogger(), {
      clock,
      drain: { graceMs: 0 },
    });

  it('turns 503 naming the bank when it is unreachable, and back to 200 when it returns', async () => {
    bank = await startSandbox({ clock });
    const { port, url } = bank;
    service = await start({ BANK_API_URL: url });
    const up = await readyz(service);
    assert.equal(up.status, 200);
    assert.deepEqual(up.body, { status: 'ready', checks: { bank: 'ok' } });

    await bank.close();
    const down = await readyz(service);
    assert.equal(down.status, 503);
    assert.equal(down.body.status, 'not ready');
    assert.deepEqual(down.body.failed, ['bank']);
    assert.equal(down.body.checks?.bank, 'unreachable');
    assert.ok(!down.text.includes(url) && !down.text.includes(String(port)), 'no address in the body');
    const health = await fetch(`${service.url}/healthz`);
    assert.equal(health.status, 200, 'the process is still up');

    bank = await startSandbox({ clock, port });
    assert.equal((await readyz(service)).status, 200);
  });

  it('serves the Node process metrics next to ours when started as the service', async () => {
    bank = await startSandbox({ clock });
    service = await start({ BANK_API_URL: bank.url });
    const text = await (await fetch(`${service.url}/metrics`)).text();
    assert.match(text, /^# TYPE voicebank_process_cpu_user_seconds_total counter$/m);
    assert.match(text, /^# TYPE voicebank_requests_total counter$/m);
  });

  it('checks the state store when a PIN policy uses one, and names it when Redis is unreachable', async () => {
    bank = await startSandbox({ clock });
    const secret = 'k'.repeat(32);
    service = await start({
      BANK_API_URL: bank.url,
      PIN_POLICY: 'session',
      STATE_STORE: REDIS_URL,
      STATE_KEY_SECRET: secret,
      STATE_KEY_PREFIX: uniquePrefix(),
    });
    assert.deepEqual((await readyz(service)).body, { status: 'ready', checks: { bank: 'ok', stateStore: 'ok' } });
    await service.close();
    service = await start({
      BANK_API_URL: bank.url,
      PIN_POLICY: 'session',
      STATE_STORE: 'redis://:hunter2hunter2@127.0.0.1:1',
      STATE_KEY_SECRET: secret,
    });
    const down = await readyz(service);
    assert.equal(down.status, 503);
    assert.deepEqual(down.body.failed, ['stateStore']);
    assert.ok(!down.text.includes('hunter2') && !down.text.includes(secret), 'no secret in the body');
  });
});
