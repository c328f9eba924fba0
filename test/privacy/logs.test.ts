import assert from 'node:assert/strict';
import { startTestService, type TestService } from '../support/service';
import { readFacts, type Facts } from '../contract/facts';
import { containsSecret, secrets } from './secrets';
import type { Heard } from '../contract/platforms';
import { SCENARIOS } from '../contract/scenarios';
import { PIN_SCENARIOS } from '../contract/pin-scenarios';
import { advancing, PLATFORMS, runScenario } from '../contract/runner';
import { testClock } from '../support/clock';

describe('privacy: what the service logs', () => {
  let service: TestService;
  let facts: Facts;
  const heard: Heard[] = [];

  const pinLogs: string[] = [];

  before(async function () {
    this.timeout(90_000);
    service = await startTestService({ logLevel: 'trace' });
    facts = await readFacts(service.bankUrl, ['demo-alex', 'demo-sam', 'demo-kim']);
    for (const platform of PLATFORMS) {
      for (const scenario of SCENARIOS.filter((s) => !s.only || s.only === platform.name))
        heard.push(...(await runScenario(platform, scenario, service.url, facts)));
      // The PIN flows, each on a fresh PIN-enabled service, logged at trace too.
      for (const scenario of PIN_SCENARIOS) {
        const clock = testClock();
        const pinService = await startTestService({
          logLevel: 'trace',
          clock,
          env: { PIN_POLICY: 'session', PIN_SESSION_IDLE_SECONDS: '3' },
        });
        heard.push(...(await runScenario(platform, scenario, pinService.url, facts, advancing(clock))));
        await pinService.close();
        pinLogs.push(...pinService.logs);
      }
    }
  });
  after(async () => service.close());

  it('logs one line per turn with request id, intent, platform, outcome, latency and its bank round trips', () => {
    const turns = service.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg === 'turn');
    assert.ok(turns.length >= SCENARIOS.length * PLATFORMS.length, `only ${turns.length} turn lines`);
    for (const turn of turns) {
      assert.deepEqual(
        Object.keys(turn)
          .filter((k) => !['level', 'time', 'service', 'msg', 'partial'].includes(k))
          .sort(),
        ['bankCalls', 'criticalPath', 'intent', 'ms', 'outcome', 'platform', 'requestId'],
      );
      const { bankCalls, criticalPath } = turn;
      assert.ok(
        typeof bankCalls === 'number' && typeof criticalPath === 'number' && criticalPath <= bankCalls,
        JSON.stringify(turn),
      );
    }
    assert.ok(
      turns.some((turn) => Number(turn['bankCalls']) >= 2),
      'some turns called the bank more than once',
    );
  });

  it('never logs a token, PIN, amount, account number fragment or merchant, even at trace level', () => {
    assert.ok(service.logs.length > 50 && pinLogs.length > 20, 'the run produced logs to scan');
    const logs = [...service.logs, ...pinLogs];
    for (const secret of secrets(facts)) {
      const line = logs.find(containsSecret(secret));
      assert.equal(line, undefined, `the log contains "${secret}" in: ${line ?? ''}`);
    }
  });

  it('never speaks or shows more than the last four digits of a number', () => {
    assert.ok(heard.length > 0);
    for (const reply of heard) {
      for (const text of [reply.text, reply.cardText]) {
        assert.doesNotMatch(text.replace(/\$[\d,]+\.\d\d/g, ''), /\d{5,}/, `a long number in: ${text}`);
      }
    }
  });
});
