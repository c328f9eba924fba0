import assert from 'node:assert/strict';
import http from 'node:http';
import nock from 'nock';
import { loadConfig } from '../../shared/config';
import { silentLogger } from '../../shared/log/logger';
import { startDevService as startService } from '../../dev/server';
import type { RunningService } from '../../skills/server';
import { alexaEnvelope } from '../support/alexa-requests';
import { testClock } from '../support/clock';

interface Outcome {
  readonly status?: number | undefined;
  readonly connection?: string | undefined;
  readonly error?: string;
}

function post(url: string, agent: http.Agent, body: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(
      `${url}/alexa`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(body);
  });
}

async function service(): Promise<RunningService> {
  const config = loadConfig({ PORT: '0', VERIFY_REQUESTS: 'false', LOG_LEVEL: 'silent' });
  return startService(config, silentLogger(), { clock: testClock(), drain: { graceMs: 300 } });
}

const BALANCE = JSON.stringify(
  alexaEnvelope({ intent: 'getBalance', slots: { account: 'checking' }, token: 'demo-alex' }),
);

describe('graceful drain (what SIGTERM does)', () => {
  // nock's interception of node:http answers every request with its own socket handling, which
  // hides keep-alive; only loopback traffic to our own server happens here.
  before(() => nock.restore());
  after(() => nock.activate());

  it('under load, resets nothing: every request sent gets its answer or a refused connection, and answers after the drain say Connection: close', async () => {
    const running = await service();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const outcomes: Outcome[] = [];
    let answered = 0;
    let closing: Promise<void> | undefined;
    const loop = async (): Promise<void> => {
      for (;;) {
        const outcome = await post(running.url, agent, BALANCE);
        outcomes.push(outcome);
        if (outcome.error) return;
        answered += 1;
        if (answered === 200) closing = running.close();
      }
    };
    await Promise.all(Array.from({ length: 8 }, loop));
    await closing;
    agent.destroy();
    const errors = outcomes.flatMap((o) => (o.error ? [o.error] : []));
    assert.ok(
      errors.every((code) => code === 'ECONNREFUSED'),
      `errors: ${errors.join(', ')}`,
    );
    assert.ok(outcomes.every((o) => o.error || o.status === 200));
    assert.ok(
      outcomes.some((o) => o.connection === 'close'),
      'answers during the drain close their sockets',
    );
    assert.ok(answered > 200);
  });

  it('answers a request that arrives on an idle kept-alive socket after the drain began, with Connection: close', async () => {
    const running = await service();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const first = await post(running.url, agent, BALANCE);
    assert.equal(first.connection, 'keep-alive');
    const closing = running.close();
    const second = await post(running.url, agent, BALANCE);
    assert.deepEqual(second, { status: 200, connection: 'close' });
    await closing;
    agent.destroy();
  });
});
