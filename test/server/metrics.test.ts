import assert from 'node:assert/strict';
import { Registry } from 'prom-client';
import { HANDLERS } from '../../shared/banking/handlers';
import { createMetrics, instrumentCertFetcher } from '../../skills/metrics';
import { readFacts, type Facts } from '../contract/facts';
import { PIN_SCENARIOS } from '../contract/pin-scenarios';
import { PLATFORMS, runScenario } from '../contract/runner';
import { SCENARIOS } from '../contract/scenarios';
import { containsSecret, secrets } from '../privacy/secrets';
import { parsePrometheus, sampleValue, type Exposition } from '../support/prometheus';
import { startTestService } from '../support/service';

/** Label names our metrics may carry: bounded sets only, nothing that names a person or an account. */
const ALLOWED_LABELS = new Set(['platform', 'intent', 'outcome', 'endpoint', 'le']);
const ENDPOINTS = new Set(['/accounts', '/accounts/{id}', '/accounts/{id}/transactions', '/customers/current']);

const PERIOD_INTENTS = new Set<string>(['spending', 'transactionsInPeriod']);

/** The exposition without sample values: names, labels and help, where personal data could hide. */
function textOutsideValues(text: string): string[] {
  return text.split('\n').map((line) => (line.startsWith('#') ? line : line.replace(/ \S+$/, '')));
}

async function scrape(url: string): Promise<{ text: string; parsed: Exposition; type: string | null }> {
  const response = await fetch(`${url}/metrics`);
  assert.equal(response.status, 200);
  const text = await response.text();
  return { text, parsed: parsePrometheus(text), type: response.headers.get('content-type') };
}

describe('GET /metrics', () => {
  let facts: Facts;
  let turns: { text: string; parsed: Exposition; type: string | null };
  let pins: { text: string; parsed: Exposition; type: string | null };

  before(async function () {
    this.timeout(60_000);
    const registry = new Registry();
    const service = await startTestService({ metrics: createMetrics({ registry }), logLevel: 'silent' });
    facts = await readFacts(service.bankUrl, ['demo-alex', 'demo-sam', 'demo-kim']);
    // Every scenario that does not name a calendar period (those are the date suite's business) or wait for a slow bank.
    const chosen = SCENARIOS.filter(
      (s) => !s.turns.some((t) => PERIOD_INTENTS.has(t.ask.intent)) && !s.token?.startsWith('fault-slow'),
    );
    for (const platform of PLATFORMS) {
      for (const scenario of chosen.filter((s) => !s.only || s.only === platform.name))
        await runScenario(platform, scenario, service.url, facts);
    }
    turns = await scrape(service.url);
    await service.close();
    const lockout = PIN_SCENARIOS.find((s) => s.name.startsWith('three wrong PINs lock'));
    assert.ok(lockout);
    const pinService = await startTestService({
      metrics: createMetrics({ registry: new Registry() }),
      logLevel: 'silent',
      env: { PIN_POLICY: 'session' },
    });
    await runScenario(PLATFORMS[0] ?? assert.fail('no platform'), lockout, pinService.url, facts);
    pins = await scrape(pinService.url);
    await pinService.close();
  });

  it('answers in the Prometheus text format, every line a declared family', () => {
    assert.match(turns.type ?? '', /^text\/plain; version=0\.0\.4/);
    assert.equal(turns.parsed.types.get('voicebank_requests_total'), 'counter');
    assert.equal(turns.parsed.types.get('voicebank_turn_duration_seconds'), 'histogram');
    assert.equal(turns.parsed.types.get('voicebank_bank_call_duration_seconds'), 'histogram');
  });

  it('counts turns by platform, intent and outcome, with their latency', () => {
    for (const platform of ['alexa', 'google']) {
      assert.ok(
        (sampleValue(turns.parsed, 'voicebank_requests_total', { platform, intent: 'getBalance', outcome: 'ok' }) ??
          0) > 0,
        platform,
      );
      assert.ok(
        (sampleValue(turns.parsed, 'voicebank_requests_total', { platform, outcome: 'unlinked' }) ?? 0) > 0,
        platform,
      );
    }
    const total = sampleValue(turns.parsed, 'voicebank_requests_total') ?? 0;
    assert.equal(sampleValue(turns.parsed, 'voicebank_turn_duration_seconds_count'), total);
    assert.equal(sampleValue(turns.parsed, 'voicebank_turn_duration_seconds_bucket', { le: '+Inf' }), total);
    assert.equal(sampleValue(turns.parsed, 'voicebank_turn_bank_calls_count'), total);
    assert.ok(
      (sampleValue(turns.parsed, 'voicebank_turn_bank_calls_sum', { intent: 'getBalance' }) ?? 0) >= 2,
      'a balance needs bank calls',
    );
    assert.equal(sampleValue(turns.parsed, 'voicebank_turn_critical_path_calls_count'), total);
    const critical = sampleValue(turns.parsed, 'voicebank_turn_critical_path_calls_sum', { intent: 'getBalance' }) ?? 0;
    const calls = sampleValue(turns.parsed, 'voicebank_turn_bank_calls_sum', { intent: 'getBalance' }) ?? 0;
    assert.ok(
      critical >= 2 && critical <= calls,
      `a balance waits for its calls back to back, at most all of them: ${critical} of ${calls}`,
    );
  });

  it('counts bank calls by endpoint template and outcome, failures included', () => {
    assert.ok(
      (sampleValue(turns.parsed, 'voicebank_bank_calls_total', { endpoint: '/accounts', outcome: 'ok' }) ?? 0) > 0,
    );
    assert.ok(
      (sampleValue(turns.parsed, 'voicebank_bank_calls_total', { endpoint: '/accounts/{id}', outcome: 'ok' }) ?? 0) > 0,
    );
    const failed = turns.parsed.samples.filter(
      (s) => s.name === 'voicebank_bank_calls_total' && s.labels.outcome !== 'ok',
    );
    assert.ok(failed.length > 0, 'the fault-token scenarios show up as failed bank calls');
  });

  it('counts PIN outcomes and the lockout', () => {
    assert.ok((sampleValue(pins.parsed, 'voicebank_pin_checks_total', { outcome: 'wrong' }) ?? 0) >= 3);
    assert.ok((sampleValue(pins.parsed, 'voicebank_pin_checks_total', { outcome: 'locked' }) ?? 0) >= 1);
    assert.equal(sampleValue(pins.parsed, 'voicebank_pin_lockouts_total'), 1);
  });

  it('counts Alexa certificate downloads and their failures', async () => {
    const registry = new Registry();
    const metrics = createMetrics({ registry });
    const fetcher = instrumentCertFetcher(async (url) => {
      if (url.endsWith('bad.pem')) throw new Error('download failed');
      return 'PEM';
    }, metrics);
    await fetcher('https://s3.amazonaws.com/echo.api/good.pem', 1000);
    await assert.rejects(fetcher('https://s3.amazonaws.com/echo.api/bad.pem', 1000));
    const parsed = parsePrometheus(await registry.metrics());
    assert.equal(sampleValue(parsed, 'voicebank_alexa_certificate_fetches_total', { outcome: 'ok' }), 1);
    assert.equal(sampleValue(parsed, 'voicebank_alexa_certificate_fetches_total', { outcome: 'failed' }), 1);
  });

  it('carries only bounded labels: platforms, core intents, outcome kinds, endpoint templates', () => {
    const intents = new Set(Object.keys(HANDLERS));
    for (const { parsed } of [turns, pins]) {
      for (const sample of parsed.samples.filter(
        (s) =>
          s.name.startsWith('voicebank_') &&
          !s.name.startsWith('voicebank_process') &&
          !s.name.startsWith('voicebank_nodejs'),
      )) {
        for (const name of Object.keys(sample.labels))
          assert.ok(ALLOWED_LABELS.has(name), `${sample.name} has label ${name}`);
        if (sample.labels.platform) assert.ok(['alexa', 'google'].includes(sample.labels.platform));
        if (sample.labels.intent) assert.ok(intents.has(sample.labels.intent), sample.labels.intent);
        if (sample.labels.endpoint) assert.ok(ENDPOINTS.has(sample.labels.endpoint), sample.labels.endpoint);
        if (sample.labels.outcome) assert.match(sample.labels.outcome, /^[a-zA-Z]{2,20}$/);
      }
    }
  });

  it('holds no token, PIN, amount, account number fragment or merchant (a log-style privacy scan)', () => {
    const lines = [...textOutsideValues(turns.text), ...textOutsideValues(pins.text)];
    assert.ok(lines.length > 50, 'there is something to scan');
    for (const secret of secrets(facts)) {
      const line = lines.find(containsSecret(secret));
      assert.equal(line, undefined, `/metrics contains "${secret}" in: ${line ?? ''}`);
    }
  });
});
