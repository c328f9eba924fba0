import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { MovementRecord } from '../../shared/state';
import type { StateStore } from '../../shared/state/state-store';
import type { CustomerKey } from '../../shared/state/types';

/** A proposal as the core writes it. */
export function proposal(overrides: Partial<MovementRecord> = {}): MovementRecord {
  return {
    transferId: `vb-${randomUUID()}`,
    idempotencyKey: randomUUID(),
    amountMinor: 20_000,
    currency: 'USD',
    fromAccountId: 'acc-chk',
    toAccountId: 'acc-sav',
    fromLast4: '4821',
    toLast4: '7710',
    day: '2026-06-17',
    proposedAt: 1_781_700_000_000,
    ...overrides,
  };
}

/** Movement records on any backend: proposals, the one claim, results, daily totals. */
export function describeMovementContract(
  context: () => { store: StateStore; alice: CustomerKey; bob: CustomerKey },
): void {
  describe('movements', () => {
    it('keeps a proposal under its customer only, as the latest one', async () => {
      const { store, alice, bob } = context();
      const record = proposal();
      await store.movements.propose(alice, record);
      assert.deepEqual(await store.movements.get(alice, record.transferId), { record });
      assert.equal(await store.movements.get(bob, record.transferId), undefined);
      assert.equal(await store.movements.latest(alice), record.transferId);
      assert.equal(await store.movements.latest(bob), undefined);
    });

    it('lets exactly one of twenty concurrent claims win', async () => {
      const { store, alice } = context();
      const record = proposal();
      await store.movements.propose(alice, record);
      const wins = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.movements.claim(alice, record.transferId, { by: i % 2 === 0 ? 'confirm' : 'cancel', at: i }),
        ),
      );
      assert.equal(wins.filter(Boolean).length, 1);
      const held = await store.movements.get(alice, record.transferId);
      assert.equal(held?.claim?.at, wins.indexOf(true));
    });

    it('records a result once; only an unknown result may be replaced', async () => {
      const { store, alice } = context();
      const record = proposal();
      await store.movements.propose(alice, record);
      assert.equal(await store.movements.finish(alice, record.transferId, { outcome: 'unknown', at: 1 }), true);
      assert.equal((await store.movements.get(alice, record.transferId))?.result?.outcome, 'unknown');
      assert.equal(
        await store.movements.finish(alice, record.transferId, {
          outcome: 'moved',
          referenceId: '0004417731',
          status: 'PROCESSED',
          at: 2,
        }),
        true,
      );
      assert.equal(await store.movements.finish(alice, record.transferId, { outcome: 'unavailable', at: 3 }), false);
      assert.equal(await store.movements.finish(alice, record.transferId, { outcome: 'unknown', at: 4 }), false);
      assert.deepEqual((await store.movements.get(alice, record.transferId))?.result, {
        outcome: 'moved',
        referenceId: '0004417731',
        status: 'PROCESSED',
        at: 2,
      });
    });

    it('lets exactly one of many concurrent final results be recorded', async () => {
      const { store, alice } = context();
      const record = proposal();
      await store.movements.propose(alice, record);
      const recorded = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.movements.finish(alice, record.transferId, { outcome: i % 2 === 0 ? 'moved' : 'refused', at: i }),
        ),
      );
      assert.equal(recorded.filter(Boolean).length, 1);
      assert.equal((await store.movements.get(alice, record.transferId))?.result?.at, recorded.indexOf(true));
    });

    it('reserves against the daily limit atomically and releases what the bank refused, once per transfer', async () => {
      const { store, alice, bob } = context();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.movements.reserveDaily(alice, '2026-06-17', 30_000, 100_000)),
      );
      assert.equal(results.filter((r) => r.ok).length, 3);
      assert.equal(await store.movements.usedOn(alice, '2026-06-17'), 90_000);
      const refused = proposal();
      await Promise.all(
        Array.from({ length: 5 }, () => store.movements.releaseDaily(alice, refused.transferId, '2026-06-17', 30_000)),
      );
      assert.equal(await store.movements.usedOn(alice, '2026-06-17'), 60_000);
      await store.movements.releaseDaily(alice, proposal().transferId, '2026-06-17', 30_000);
      assert.equal(await store.movements.usedOn(alice, '2026-06-17'), 30_000);
      assert.equal(await store.movements.usedOn(alice, '2026-06-18'), 0);
      assert.equal(await store.movements.usedOn(bob, '2026-06-17'), 0);
    });

    it('marks a movement sent, and lets one of many concurrent recoveries re-send it', async () => {
      const { store, alice, bob } = context();
      const record = proposal();
      await store.movements.propose(alice, record);
      assert.equal((await store.movements.get(alice, record.transferId))?.sent, undefined);
      assert.equal(await store.movements.markSent(alice, record.transferId), true);
      assert.equal((await store.movements.get(alice, record.transferId))?.sent, true);
      const wins = await Promise.all(
        Array.from({ length: 10 }, () => store.movements.claimResend(alice, record.transferId)),
      );
      assert.equal(wins.filter(Boolean).length, 1);
      assert.equal(await store.movements.claimResend(bob, record.transferId), true);
    });

    it("lets exactly one of a confirming turn and many recoveries fix a movement's fate, atomically", async () => {
      const { store, alice } = context();
      const raced = proposal();
      await store.movements.propose(alice, raced);
      const bids = await Promise.all([
        store.movements.markSent(alice, raced.transferId),
        ...Array.from({ length: 9 }, () => store.movements.markNotReceived(alice, raced.transferId)),
      ]);
      assert.equal(bids.filter(Boolean).length, 1);
      assert.equal((await store.movements.get(alice, raced.transferId))?.sent === true, bids[0]);
      // Once declared never received, it can no longer be marked sent; once sent, never declared.
      const declared = proposal();
      await store.movements.propose(alice, declared);
      assert.equal(await store.movements.markNotReceived(alice, declared.transferId), true);
      assert.equal(await store.movements.markSent(alice, declared.transferId), false);
      assert.equal((await store.movements.get(alice, declared.transferId))?.sent, undefined);
      const sent = proposal();
      await store.movements.propose(alice, sent);
      assert.equal(await store.movements.markSent(alice, sent.transferId), true);
      assert.equal(await store.movements.markNotReceived(alice, sent.transferId), false);
      assert.equal(await store.movements.markSent(alice, sent.transferId), false);
      assert.equal((await store.movements.get(alice, sent.transferId))?.sent, true);
    });

    it('notes a reservation that fit on its movement, and none that did not', async () => {
      const { store, alice } = context();
      const fits = proposal();
      const over = proposal();
      await store.movements.propose(alice, fits);
      await store.movements.propose(alice, over);
      assert.equal((await store.movements.reserveDaily(alice, '2026-06-17', 30_000, 50_000, fits.transferId)).ok, true);
      assert.equal(
        (await store.movements.reserveDaily(alice, '2026-06-17', 30_000, 50_000, over.transferId)).ok,
        false,
      );
      assert.equal((await store.movements.get(alice, fits.transferId))?.reserved, true);
      assert.equal((await store.movements.get(alice, over.transferId))?.reserved, undefined);
      assert.equal(await store.movements.usedOn(alice, '2026-06-17'), 30_000);
    });

    it('refuses ids that are not ours before touching the store', async () => {
      const { store, alice } = context();
      await assert.rejects(store.movements.get(alice, 'acc-*'), TypeError);
      await assert.rejects(store.movements.usedOn(alice, 'today'), TypeError);
    });
  });
}
