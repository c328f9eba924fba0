import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import { createMetrics } from '../../skills/metrics';
import { connect, textOf } from '../mcp/client';
import { countingBank, prepared } from '../mcp/movement-support';
import { MOVEMENT_ENV } from '../movement/scenarios';
import { parsePrometheus, sampleValue } from '../support/prometheus';
import { startTestService } from '../support/service';

describe('GET /metrics counts money movement, with nothing financial in it', function () {
  this.timeout(60_000);
  const folder = mkdtempSync(join(tmpdir(), 'voicebank-movement-metrics-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('moves prepared, confirmed, outcome and recovery counters as transfers happen', async () => {
    const audit = openSqliteAudit(join(folder, 'audit.sqlite'));
    const counts = { posts: 0, reads: 0 };
    // The first POST is lost on the way to the bank, so one transfer needs a recovery.
    const service = await startTestService({
      env: MOVEMENT_ENV,
      audit,
      metrics: createMetrics({ registry: new Registry() }),
      logLevel: 'silent',
      transfers: countingBank(counts, { losePosts: 1 }),
    });
    const mcp = await connect(service.url, 'demo-alex');
    const scrape = async () => {
      const text = await (await fetch(`${service.url}/metrics`)).text();
      return { text, parsed: parsePrometheus(text) };
    };
    try {
      const before = await scrape();
      assert.equal(sampleValue(before.parsed, 'voicebank_movements_prepared_total'), 0);
      assert.equal(sampleValue(before.parsed, 'voicebank_movement_outcomes_total', { outcome: 'moved' }), undefined);

      const lost = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
      assert.match(
        textOf(await mcp.call('confirm_transfer', { handle: lost.handle, decision: 'confirm' })),
        /hasn't confirmed/,
      );
      assert.match(textOf(await mcp.call('transfer_status')), /^Done: \$200\.00/);
      const moved = await prepared(mcp, 'prepare_transfer', { amount: '50.20', to_account: 'savings' });
      assert.match(
        textOf(await mcp.call('confirm_transfer', { handle: moved.handle, decision: 'confirm' })),
        /^Done: \$50\.20/,
      );
      // A repeated confirm is no new confirmation and no new outcome.
      await mcp.call('confirm_transfer', { handle: moved.handle, decision: 'confirm' });
      const declined = await prepared(mcp, 'prepare_transfer', { amount: '10', to_account: 'savings' });
      assert.match(
        textOf(await mcp.call('confirm_transfer', { handle: declined.handle, decision: 'cancel' })),
        /cancelled/,
      );

      const { text, parsed } = await scrape();
      assert.equal(parsed.types.get('voicebank_movement_outcomes_total'), 'counter');
      assert.equal(sampleValue(parsed, 'voicebank_movements_prepared_total'), 3);
      assert.equal(sampleValue(parsed, 'voicebank_movements_confirmed_total'), 2);
      assert.equal(sampleValue(parsed, 'voicebank_movement_outcomes_total', { outcome: 'unknown' }), 1);
      assert.equal(sampleValue(parsed, 'voicebank_movement_outcomes_total', { outcome: 'moved' }), 2);
      assert.equal(sampleValue(parsed, 'voicebank_movement_outcomes_total', { outcome: 'cancelled' }), 1);
      assert.equal(sampleValue(parsed, 'voicebank_movement_recoveries_total', { outcome: 'resent' }), 1);
      assert.equal(counts.posts, 2);
      // The bank calls behind them, by endpoint template: the lost POST, the re-sent one, the second transfer.
      assert.equal(
        sampleValue(parsed, 'voicebank_bank_calls_total', { endpoint: 'POST /transfers', outcome: 'timeout' }),
        1,
      );
      assert.equal(
        sampleValue(parsed, 'voicebank_bank_calls_total', { endpoint: 'POST /transfers', outcome: 'ok' }),
        2,
      );
      assert.ok(
        (sampleValue(parsed, 'voicebank_bank_calls_total', { endpoint: '/transfers/{id}', outcome: 'ok' }) ?? 0) >= 1,
      );
      const movementLines = text.split('\n').filter((line) => /voicebank_movement/.test(line) && !line.startsWith('#'));
      for (const line of movementLines)
        assert.match(line, /^voicebank_movements?_[a-z_]+(\{outcome="[a-zA-Z]+"\})? \d+$/, line);
      // Names, labels and help (the values are numbers: a latency sum may well hold "7710").
      const words = text
        .split('\n')
        .map((line) => (line.startsWith('#') ? line : line.replace(/ \S+$/, '')))
        .join('\n');
      for (const secret of ['4821', '7710', 'vb-', 'demo-alex', 'cust-alex', '50.2', '200.00', lost.handle])
        assert.ok(!words.includes(secret), secret);
    } finally {
      await mcp.close();
      await service.close();
      await audit.close();
    }
  });
});
