import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import type { AuditLog } from '../../shared/audit';
import { BankError, type FdxBankClient, type TransferClient } from '../../shared/bank';
import { anchoredClock, type SettableClock } from '../../shared/clock';
import { loadConfig } from '../../shared/config';
import { createLogger } from '../../shared/log/logger';
import { customerKey } from '../../shared/security';
import { createStateStore } from '../../shared/state';
import { connect, factsOf, textOf, type McpSession } from '../mcp/client';
import { countingBank, prepared, transfersAtBank, type BankCounts } from '../mcp/movement-support';
import { testClock } from '../support/clock';
import { startTestService, type TestService } from '../support/service';
import { adminClient, deleteUnder, REDIS_URL, requireRedis, uniquePrefix } from '../state/redis-support';
import { MOVEMENT_ENV } from './scenarios';

const SECRET = 'recovery-secret-0123456789abcdefghij';
const ZONE = loadConfig({}).defaultTimeZone;
const HOUR = 3_600_000;

/** A transfer client whose read-backs fail (bank unavailable) while `failing.reads` is above zero. */
function unreadable(
  inner: (bank: FdxBankClient) => TransferClient,
  failing: { reads: number },
): (bank: FdxBankClient) => TransferClient {
  return (bank) => {
    const client = inner(bank);
    return {
      createTransfer: (token, order, options) => client.createTransfer(token, order, options),
      async getTransfer(token, id, options) {
        if (failing.reads > 0) {
          failing.reads -= 1;
          throw new BankError('unavailable', 'bank down for the read-back', { status: 503 });
        }
        return client.getTransfer(token, id, options);
      },
    };
  };
}

/**
 * What the service does when the bank has no record of a transfer whose answer was lost: re-send
 * the same order (same transferId, body, idempotency key) on the day the customer confirmed, and
 * never on another; say "nothing was moved" only when that is certain.
 */
describe('recovering a lost transfer answer when the read-back finds nothing', function () {
  this.timeout(60_000);
  const prefix = uniquePrefix();
  const folder = mkdtempSync(join(tmpdir(), 'voicebank-recovery-'));
  const env = { ...MOVEMENT_ENV, STATE_STORE: REDIS_URL, STATE_KEY_PREFIX: prefix, STATE_KEY_SECRET: SECRET };
  let admin: Redis;
  const opened: { service: TestService; audit: AuditLog; mcp: McpSession }[] = [];
  let counts: BankCounts;

  async function start(
    clock: SettableClock,
    transfers: (counts: BankCounts) => (bank: FdxBankClient) => TransferClient,
  ) {
    counts = { posts: 0, reads: 0 };
    const audit = openSqliteAudit(join(folder, `${randomUUID()}.sqlite`));
    const service = await startTestService({ env, audit, clock, transfers: transfers(counts) });
    const mcp = await connect(service.url, 'demo-alex');
    opened.push({ service, audit, mcp });
    return { service, audit, mcp };
  }

  before(async () => {
    admin = adminClient();
    await requireRedis(admin);
  });
  afterEach(async () => {
    for (const { service, audit, mcp } of opened.splice(0)) {
      await mcp.close();
      await service.close();
      await audit.close();
    }
    await deleteUnder(admin, prefix);
  });
  after(() => {
    admin.disconnect();
    rmSync(folder, { recursive: true, force: true });
  });

  it("the same day: the one order is sent again with its idempotency key and the customer hears the bank's answer", async () => {
    const { service, audit, mcp } = await start(testClock(), (c) => countingBank(c, { losePosts: 1 }));
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    assert.match(
      textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })),
      /hasn't confirmed the transfer yet/,
    );
    assert.match(textOf(await mcp.call('transfer_status')), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 1);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['unknown', 'moved'],
    );
  });

  it('a bank that had it but did not show it yet: the same order again is de-duplicated by its idempotency key (one transfer at the bank)', async () => {
    // The first POST reaches the sandbox but its answer is lost, and the first read-back comes back empty.
    const slowToShow =
      (c: BankCounts) =>
      (bank: FdxBankClient): TransferClient => {
        let hidden = 1;
        return {
          async createTransfer(token, order, options) {
            c.posts += 1;
            const receipt = await bank.createTransfer(token, order, options);
            if (c.posts === 1) throw new BankError('timeout', 'answer lost after the bank received the transfer');
            return receipt;
          },
          async getTransfer(token, id, options) {
            c.reads += 1;
            if (hidden > 0) {
              hidden -= 1;
              return undefined;
            }
            return bank.getTransfer(token, id, options);
          },
        };
      };
    const { service, audit, mcp } = await start(testClock(), slowToShow);
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    assert.match(
      textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })),
      /hasn't confirmed the transfer yet/,
    );
    const status = await mcp.call('transfer_status');
    assert.match(textOf(status), /^Done: \$200\.00/);
    assert.equal(counts.posts, 2, 'the order went twice');
    const atBank = await transfersAtBank(service.bankUrl, 'demo-alex');
    assert.equal(atBank.length, 1, 'and the bank holds it once');
    assert.equal(
      String((atBank[0] as { referenceId?: string }).referenceId).slice(-4),
      factsOf(status).referenceLastFour,
    );
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['unknown', 'moved'],
    );
  });

  it('a later day: not sent again; once the bank has had time to show it, "never received, nothing moved", and the day\'s limit is given back', async () => {
    const clock = testClock();
    const { service, audit, mcp } = await start(clock, (c) => countingBank(c, { losePosts: 1 }));
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '2000', to_account: 'savings' });
    const day = DateTime.fromMillis(clock.epochMs(), { zone: ZONE }).toISODate() ?? '';
    assert.match(
      textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })),
      /hasn't confirmed the transfer yet/,
    );
    clock.advance(24 * HOUR);
    const status = await mcp.call('transfer_status');
    assert.match(textOf(status), /^Your bank never received that transfer, so no money was moved\./);
    assert.equal(factsOf(status).outcome, 'notReceived');
    assert.equal(factsOf(status).moved, false);
    assert.equal(counts.posts, 0, 'nothing is sent on a day the customer did not confirm');
    assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 0);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['unknown', 'notReceived'],
    );
    const store = createStateStore(REDIS_URL, createLogger({ level: 'silent' }), { keyPrefix: prefix, clock });
    try {
      assert.equal(await store.movements.usedOn(customerKey({ customerId: 'cust-alex' }, SECRET), day), 0);
    } finally {
      await store.close();
    }
  });

  it('just past midnight the bank may not show it yet: still unknown, nothing sent', async () => {
    const lateEvening = testClock().now().setZone(ZONE).set({ hour: 23, minute: 58, second: 0, millisecond: 0 });
    const clock = anchoredClock(lateEvening);
    const { mcp } = await start(clock, (c) => countingBank(c, { losePosts: 1 }));
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    assert.match(
      textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })),
      /hasn't confirmed the transfer yet/,
    );
    clock.advance(5 * 60_000);
    const status = await mcp.call('transfer_status');
    assert.match(textOf(status), /hasn't confirmed the transfer yet, and I won't send it twice/);
    assert.equal(factsOf(status).moved, undefined);
    assert.equal(counts.posts, 0);
  });

  it('a read-back that fails is no answer: still unknown (never "nothing moved"), then resolved when the bank answers', async () => {
    const failing = { reads: 1 };
    const { audit, mcp } = await start(testClock(), (c) => unreadable(countingBank(c, { losePosts: 1 }), failing));
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    await mcp.call('confirm_transfer', { handle, decision: 'confirm' });
    const down = await mcp.call('transfer_status');
    assert.match(textOf(down), /hasn't confirmed the transfer yet/);
    assert.doesNotMatch(textOf(down), /no money was moved/i);
    assert.match(textOf(await mcp.call('transfer_status')), /^Done: \$200\.00/);
    assert.equal(counts.posts, 1);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['unknown', 'moved'],
    );
  });

  it('a confirming turn that died after its claim, before the bank call: "never received, nothing moved", nothing sent', async () => {
    const clock = testClock();
    const { audit, mcp } = await start(clock, (c) => countingBank(c));
    const { handle } = await prepared(mcp, 'prepare_transfer', { amount: '200', to_account: 'savings' });
    // What a crashed instance leaves behind: its claim, and nothing after it.
    const store = createStateStore(REDIS_URL, createLogger({ level: 'silent' }), { keyPrefix: prefix, clock });
    try {
      assert.equal(
        await store.movements.claim(customerKey({ customerId: 'cust-alex' }, SECRET), handle, {
          by: 'confirm',
          at: clock.epochMs(),
        }),
        true,
      );
    } finally {
      await store.close();
    }
    assert.match(textOf(await mcp.call('confirm_transfer', { handle, decision: 'confirm' })), /already on its way/);
    clock.advance(11_000);
    const after = await mcp.call('confirm_transfer', { handle, decision: 'confirm' });
    assert.match(textOf(after), /^Your bank never received that transfer, so no money was moved\./);
    assert.equal(counts.posts, 0);
    assert.deepEqual(
      (await audit.linesFor(handle)).map((line) => line.outcome),
      ['notReceived'],
    );
  });
});
