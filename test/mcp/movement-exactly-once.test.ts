import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { openPostgresAudit } from '../../shared/audit/postgres-audit';
import type { AuditLog } from '../../shared/audit';
import { startSandbox, type RunningSandbox } from '../../sandbox';
import { testClock } from '../support/clock';
import { throwawayDatabase } from '../support/postgres';
import { startTestService, type TestService } from '../support/service';
import { adminClient, deleteUnder, REDIS_URL, requireRedis, uniquePrefix } from '../state/redis-support';
import { MOVEMENT_ENV } from '../movement/scenarios';
import { connect, factsOf, textOf, type McpSession } from './client';
import { countingBank, prepared, transfersAtBank, type BankCounts } from './movement-support';

describe('MCP money movement happens exactly once across two instances sharing Redis', function () {
  this.timeout(60_000);
  const prefix = uniquePrefix();
  let admin: Redis;
  let sandbox: RunningSandbox;
  let database: { url: string; drop: () => Promise<void> };
  const audits: AuditLog[] = [];
  const services: TestService[] = [];
  const sessions: McpSession[] = [];
  const env = {
    ...MOVEMENT_ENV,
    STATE_STORE: REDIS_URL,
    STATE_KEY_PREFIX: prefix,
    STATE_KEY_SECRET: 'mcp-exactly-once-secret-0123456789ab',
  };

  /** Two services on one sandbox bank, one Redis and one PostgreSQL audit, each with an MCP client for demo-alex. */
  async function twoInstances(counts: BankCounts, losePosts = 0): Promise<{ clients: McpSession[]; audit: AuditLog }> {
    const audit = await openPostgresAudit(database.url);
    audits.push(audit);
    // One shared budget of lost POSTs: whichever instance sends first loses it.
    const transfers = countingBank(counts, { losePosts });
    const started = await Promise.all(
      [0, 1].map(() => startTestService({ env, bankUrl: sandbox.url, audit, transfers })),
    );
    services.push(...started);
    const clients = await Promise.all(started.map((service) => connect(service.url, 'demo-alex')));
    sessions.push(...clients);
    return { clients, audit };
  }

  before(async () => {
    admin = adminClient();
    await requireRedis(admin);
    database = await throwawayDatabase();
  });
  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, clock: testClock() });
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await Promise.all(services.splice(0).map((s) => s.close()));
    await Promise.all(audits.splice(0).map((a) => a.close()));
    await sandbox.close();
    await deleteUnder(admin, prefix);
  });
  after(async () => {
    admin.disconnect();
    await database.drop();
  });

  it('the same confirm_transfer sent 20 times at once, half to each instance, makes exactly one POST /transfers', async () => {
    const counts = { posts: 0, reads: 0 };
    const { clients, audit } = await twoInstances(counts);
    const [first, second] = clients;
    assert.ok(first && second);
    const { handle } = await prepared(first, 'prepare_transfer', {
      amount: '200',
      from_account: 'checking',
      to_account: 'savings',
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? first : second).call('confirm_transfer', { handle, decision: 'confirm' }),
      ),
    );
    const texts = results.map(textOf);
    assert.equal(counts.posts, 1, texts.join('\n'));
    assert.equal((await transfersAtBank(sandbox.url, 'demo-alex')).length, 1);
    assert.ok(
      texts.every((text) => /^Done: \$200\.00|already on its way/.test(text)),
      texts.join('\n'),
    );
    assert.ok(texts.some((text) => text.startsWith('Done: $200.00')));
    // The other instance, asked later, has the recorded answer and sends nothing.
    assert.equal(factsOf(await second.call('confirm_transfer', { handle, decision: 'confirm' })).outcome, 'moved');
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['moved'],
    );
  });

  it('a POST lost before the bank: ten concurrent transfer_status calls on both instances re-send it exactly once', async () => {
    const counts = { posts: 0, reads: 0 };
    const { clients, audit } = await twoInstances(counts, 1);
    const [first, second] = clients;
    assert.ok(first && second);
    const { handle } = await prepared(first, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    assert.match(
      textOf(await second.call('confirm_transfer', { handle, decision: 'confirm' })),
      /hasn't confirmed the transfer yet/,
    );
    assert.equal(counts.posts, 0);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? first : second).call('transfer_status')),
    );
    const texts = results.map(textOf);
    assert.equal(counts.posts, 1, texts.join('\n'));
    assert.equal((await transfersAtBank(sandbox.url, 'demo-alex')).length, 1);
    assert.ok(
      texts.every((text) => /^Done: \$200\.00|already on its way|hasn't confirmed/.test(text)),
      texts.join('\n'),
    );
    assert.match(textOf(await first.call('transfer_status')), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['unknown', 'moved'],
    );
  });
});
