import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import type { AuditLog } from '../../shared/audit';
import { loadConfig } from '../../shared/config';
import { customerKey } from '../../shared/security';
import type { MovementStore, StateStore } from '../../shared/state';
import { connect, factsOf, textOf, type McpSession } from '../mcp/client';
import { countingBank, prepared, transfersAtBank, type BankCounts } from '../mcp/movement-support';
import { testClock } from '../support/clock';
import { startTestService, type TestService } from '../support/service';
import { adminClient, deleteUnder, REDIS_URL, requireRedis, uniquePrefix } from '../state/redis-support';
import { MOVEMENT_ENV } from './scenarios';

const SECRET = 'fate-secret-0123456789abcdefghijklmn';
const ZONE = loadConfig({}).defaultTimeZone;
const ALEX = customerKey({ customerId: 'cust-alex' }, SECRET);
const NOT_MOVED = /^Your bank never received that transfer, so no money was moved\./;
const DONE = /^Done: \$200\.00/;

/** One call of the movement store, held at its start until `release()`; `reached` resolves when it is. */
interface Stall {
  readonly reached: Promise<void>;
  release(): void;
}

function gate(): Stall & { readonly opened: Promise<void>; arrive(): void } {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { reached, opened, arrive, release };
}

/**
 * Wraps a state store so that the first call of each named method of its movements waits for the
 * test before it runs (a store that stalls, as a slow Redis or a paused instance does). Every other
 * call goes straight through.
 */
function stalling(...methods: (keyof MovementStore)[]): {
  wrap: (store: StateStore) => StateStore;
  stalls: Map<string, Stall>;
  inner: () => StateStore;
} {
  const gates = new Map(methods.map((method) => [method as string, { ...gate(), held: false }]));
  let original: StateStore | undefined;
  const wrap = (store: StateStore): StateStore => {
    original = store;
    const movements = new Proxy(store.movements, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        const held = typeof name === 'string' ? gates.get(name) : undefined;
        if (!held || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (!held.held) {
            held.held = true;
            held.arrive();
            await held.opened;
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return new Proxy(store, {
      get: (target, name, receiver): unknown =>
        name === 'movements' ? movements : Reflect.get(target, name, receiver),
    });
  };
  return { wrap, stalls: new Map(gates), inner: () => original ?? assert.fail('the service made no store') };
}

const stallOf = (stalls: Map<string, Stall>, method: keyof MovementStore): Stall =>
  stalls.get(method) ?? assert.fail(`no stall on ${method}`);

/**
 * Exactly one of {the confirming turn sends the POST, a recovery declares it never received} wins,
 * whichever of them the state store lets through first, on both backends (issue 18 review).
 */
for (const backend of ['memory', 'redis'] as const) {
  describe(`a stalled confirmation against a recovery (${backend} store)`, function () {
    this.timeout(60_000);
    const prefix = uniquePrefix();
    const folder = mkdtempSync(join(tmpdir(), 'voicebank-fate-'));
    // The turn deadline is a real timer: the longest allowed, so the stalled turn is still waited for.
    const env: Record<string, string> = {
      ...MOVEMENT_ENV,
      STATE_KEY_SECRET: SECRET,
      TURN_DEADLINE_MS: '4500',
      ...(backend === 'redis' ? { STATE_STORE: REDIS_URL, STATE_KEY_PREFIX: prefix } : {}),
    };
    let admin: Redis | undefined;
    const opened: { service: TestService; audit: AuditLog; sessions: McpSession[] }[] = [];

    async function start(...methods: (keyof MovementStore)[]) {
      const counts: BankCounts = { posts: 0, reads: 0 };
      const clock = testClock();
      const { wrap, stalls, inner } = stalling(...methods);
      const stall = stallOf(stalls, methods[0] ?? 'markSent');
      const audit = openSqliteAudit(join(folder, `${randomUUID()}.sqlite`));
      const service = await startTestService({ env, audit, clock, transfers: countingBank(counts), wrapStore: wrap });
      const first = await connect(service.url, 'demo-alex');
      const second = await connect(service.url, 'demo-alex');
      opened.push({ service, audit, sessions: [first, second] });
      const { handle } = await prepared(first, 'prepare_transfer', { amount: '200', to_account: 'savings' });
      const day = DateTime.fromMillis(clock.epochMs(), { zone: ZONE }).toISODate() ?? '';
      const usedToday = () => inner().movements.usedOn(ALEX, day);
      return { counts, clock, stall, stalls, audit, service, first, second, handle, usedToday };
    }

    before(async function () {
      if (backend !== 'redis') return;
      admin = adminClient();
      await requireRedis(admin);
    });
    afterEach(async () => {
      for (const { service, audit, sessions } of opened.splice(0)) {
        for (const session of sessions) await session.close();
        await service.close();
        await audit.close();
      }
      if (admin) await deleteUnder(admin, prefix);
    });
    after(() => {
      admin?.disconnect();
      rmSync(folder, { recursive: true, force: true });
    });

    it('the store stalls the "yes" between its claim and marking it sent: the recovery wins, the stalled turn sends nothing, the limit is given back once', async () => {
      const { counts, clock, stall, audit, service, first, second, handle, usedToday } = await start('markSent');
      const stalled = first.call('confirm_transfer', { handle, decision: 'confirm' });
      await stall.reached;
      assert.equal(await usedToday(), 20_000, 'the stalled turn has reserved the amount');
      clock.advance(11_000);
      const repeated = await second.call('confirm_transfer', { handle, decision: 'confirm' });
      assert.match(textOf(repeated), NOT_MOVED);
      stall.release();
      const resumed = await stalled;
      assert.match(textOf(resumed), NOT_MOVED);
      assert.equal(factsOf(resumed).outcome, 'notReceived');
      assert.equal(counts.posts, 0, "a turn that lost the movement's fate never sends it");
      assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 0);
      assert.match(textOf(await second.call('transfer_status')), NOT_MOVED);
      assert.deepEqual(
        (await audit.linesFor(handle)).map((line) => line.outcome),
        ['notReceived'],
      );
      assert.equal(await usedToday(), 0, 'the reservation is given back exactly once');
    });

    it('the store stalls the "yes" before it reserves the limit: the same, and nothing stays reserved', async () => {
      const { counts, clock, stall, audit, second, first, handle, usedToday } = await start('reserveDaily');
      const stalled = first.call('confirm_transfer', { handle, decision: 'confirm' });
      await stall.reached;
      clock.advance(11_000);
      assert.match(textOf(await second.call('confirm_transfer', { handle, decision: 'confirm' })), NOT_MOVED);
      stall.release();
      assert.match(textOf(await stalled), NOT_MOVED);
      assert.equal(counts.posts, 0);
      assert.deepEqual(
        (await audit.linesFor(handle)).map((line) => line.outcome),
        ['notReceived'],
      );
      assert.equal(await usedToday(), 0);
    });

    it('the store stalls the recovery before it bids for the fate: the stalled "yes" sends once, and the recovery reads it back and says it moved', async () => {
      const { counts, clock, stalls, audit, service, first, second, handle, usedToday } = await start(
        'markSent',
        'markNotReceived',
      );
      const confirming = first.call('confirm_transfer', { handle, decision: 'confirm' });
      await stallOf(stalls, 'markSent').reached;
      clock.advance(11_000);
      // The repeated "yes" finds a stale claim not marked sent and the bank without the transfer.
      const repeated = second.call('confirm_transfer', { handle, decision: 'confirm' });
      await stallOf(stalls, 'markNotReceived').reached;
      stallOf(stalls, 'markSent').release();
      assert.match(textOf(await confirming), DONE);
      stallOf(stalls, 'markNotReceived').release();
      const recovered = await repeated;
      assert.match(textOf(recovered), DONE);
      assert.equal(factsOf(recovered).moved, true);
      assert.equal(counts.posts, 1, 'the recovery that lost the fate sends nothing');
      assert.equal((await transfersAtBank(service.bankUrl, 'demo-alex')).length, 1);
      assert.deepEqual(
        (await audit.linesFor(handle)).map((line) => line.outcome),
        ['moved'],
      );
      assert.equal(await usedToday(), 20_000, 'what moved stays counted against the day');
    });
  });
}
