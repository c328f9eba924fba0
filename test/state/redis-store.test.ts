import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { createLogger, silentLogger } from '../../shared/log/logger';
import { createPinGuard } from '../../shared/security/lockout';
import { createStateStore } from '../../shared/state/create-state-store';
import { StateUnavailableError } from '../../shared/state/errors';
import type { StateStore } from '../../shared/state/state-store';
import { freshCustomer, settleTimed } from './helpers';
import { adminClient, deleteUnder, keysUnder, REDIS_URL, requireRedis, uniquePrefix } from './redis-support';
import { describeStoreContract } from './store-contract';
import { proposal } from './movement-contract';
import { testClock } from '../support/clock';

describe(`state store: Redis at ${REDIS_URL}`, () => {
  const prefix = uniquePrefix();
  let admin: Redis;
  const opened: StateStore[] = [];
  const open = (): StateStore => {
    const store = createStateStore(REDIS_URL, silentLogger(), { keyPrefix: prefix, clock: testClock() });
    opened.push(store);
    return store;
  };

  before(async () => {
    admin = adminClient();
    await requireRedis(admin);
  });
  after(async () => {
    await Promise.all(opened.map((store) => store.close()));
    if (admin.status === 'ready') await deleteUnder(admin, prefix);
    admin.disconnect();
  });

  describeStoreContract(open);

  it('lets exactly one claim win across two stores, as two instances would', async () => {
    const alice = freshCustomer();
    const [first, second] = [open(), open()];
    const record = proposal();
    await first.movements.propose(alice, record);
    const claims = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? first : second).movements.claim(alice, record.transferId, { by: 'confirm', at: i }),
    );
    assert.equal((await Promise.all(claims)).filter(Boolean).length, 1);
  });

  it('keeps a final result written in the earlier layout (one result key): a later result does not replace it', async () => {
    const alice = freshCustomer();
    const store = open();
    const record = proposal();
    await store.movements.propose(alice, record);
    await admin.set(
      `${prefix}movement-result:${alice}:${record.transferId}`,
      JSON.stringify({ outcome: 'moved', referenceId: '0000001234', at: 1 }),
    );
    assert.equal(await store.movements.finish(alice, record.transferId, { outcome: 'refused', at: 2 }), false);
    assert.equal((await store.movements.get(alice, record.transferId))?.result?.outcome, 'moved');
  });

  it('shares a lock between two separate stores and guards, as two processes would', async () => {
    const alice = freshCustomer();
    const first = createPinGuard({ store: open() });
    const second = createPinGuard({ store: open() });
    await first.recordFailure(alice);
    assert.deepEqual(await second.recordFailure(alice), { locked: false, attemptsLeft: 1 });
    assert.equal((await first.recordFailure(alice)).locked, true);
    const seen = await second.check(alice);
    assert.ok(seen.locked && seen.retryAfterSeconds >= 898, 'the other instance should see the lock');
  });

  it('writes only under its prefix and never the raw customer id', async () => {
    const store = open();
    const alice = freshCustomer();
    await store.setPinHash(alice, 'scrypt$h');
    await store.markPinVerified(alice, 'amzn1.echo-api.session.raw', 60);
    await createPinGuard({ store }).recordFailure(alice);
    const keys = await keysUnder(admin, prefix);
    const mine = keys.filter((key) => key.includes(alice));
    assert.equal(mine.length, 3, `keys: ${mine.join(', ')}`);
    assert.ok(mine.every((key) => key.startsWith(prefix) && !key.includes('amzn1')));
  });

  it('gives every key it writes a time to live, and the PIN candidate five minutes at most', async () => {
    const store = open();
    const alice = freshCustomer();
    await store.setPinHash(alice, 'scrypt-hmac$h');
    await store.markPinVerified(alice, 'session', 60);
    await store.setPreference(alice, 'voice', { brief: true });
    await store.setPreference(alice, 'pin-candidate', { hash: 'scrypt-hmac$c' }, 300);
    await createPinGuard({ store }).recordFailure(alice);
    const mine = (await keysUnder(admin, prefix)).filter((key) => key.includes(alice));
    assert.equal(mine.length, 5, `keys: ${mine.join(', ')}`);
    for (const key of mine) {
      const ttl = await admin.ttl(key);
      assert.ok(ttl > 0, `${key} has no expiry`);
      if (key.endsWith(':pin-candidate')) assert.ok(ttl <= 300, `candidate lives ${ttl} s`);
    }
  });
});

describe('state store: Redis that cannot be reached', () => {
  it('rejects every operation with StateUnavailableError within 1.5 s', async () => {
    const store = createStateStore('redis://127.0.0.1:1', silentLogger(), { clock: testClock() });
    const guard = createPinGuard({ store });
    const alice = freshCustomer();
    const operations: ReadonlyArray<[string, () => Promise<unknown>]> = [
      ['getPinHash', () => store.getPinHash(alice)],
      ['setPinHash', () => store.setPinHash(alice, 'scrypt$h')],
      ['markPinVerified', () => store.markPinVerified(alice, 's', 60)],
      ['isPinVerified', () => store.isPinVerified(alice, 's')],
      ['touchPinSession', () => store.touchPinSession(alice, 's')],
      ['getPreference', () => store.getPreference(alice, 'p')],
      ['setPreference', () => store.setPreference(alice, 'p', 1)],
      ['check', () => guard.check(alice)],
      ['recordFailure', () => guard.recordFailure(alice)],
      ['recordSuccess', () => guard.recordSuccess(alice)],
    ];
    try {
      for (const [name, operation] of operations) {
        const { ms, error } = await settleTimed(operation());
        assert.ok(error instanceof StateUnavailableError, `${name} should reject with StateUnavailableError`);
        assert.ok(ms < 1500, `${name} took ${ms} ms`);
      }
    } finally {
      await store.close();
    }
  });

  it('logs the outage once, without the password from the URL', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const store = createStateStore('redis://:hunter2-secret@127.0.0.1:1', createLogger({ destination }), {
      clock: testClock(),
    });
    await assert.rejects(store.getPinHash(freshCustomer()), StateUnavailableError);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await store.close();
    const warnings = lines.filter((line) => line.includes('state store unreachable'));
    assert.equal(warnings.length, 1, lines.join(''));
    assert.ok(lines.every((line) => !line.includes('hunter2')));
  });
});
