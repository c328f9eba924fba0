import assert from 'node:assert/strict';
import { createPinGuard } from '../../shared/security/lockout';
import type { Fixture } from './store-contract';

/** The PIN lockout on a store backend: part of the store contract, run on memory and Redis. */
export function describeLockoutContract(fixture: () => Fixture): void {
  it('counts down two wrong PINs and locks on the third for about 900 seconds', async () => {
    const { store, alice } = fixture();
    const guard = createPinGuard({ store });
    assert.deepEqual(await guard.check(alice), { locked: false });
    assert.deepEqual(await guard.recordFailure(alice), { locked: false, attemptsLeft: 2 });
    assert.deepEqual(await guard.recordFailure(alice), { locked: false, attemptsLeft: 1 });
    const third = await guard.recordFailure(alice);
    assert.equal(third.locked, true);
    assert.equal(third.attemptsLeft, 0);
    const check = await guard.check(alice);
    assert.ok(check.locked, 'the customer should be locked after three wrong PINs');
    for (const seconds of [third.retryAfterSeconds, check.retryAfterSeconds]) {
      assert.ok(seconds !== undefined && seconds >= 898 && seconds <= 900, `retry after ${String(seconds)} s`);
    }
  });

  it('locks one customer without locking another', async () => {
    const { store, alice, bob } = fixture();
    const guard = createPinGuard({ store });
    for (let i = 0; i < 3; i++) await guard.recordFailure(alice);
    assert.equal((await guard.check(alice)).locked, true);
    assert.deepEqual(await guard.check(bob), { locked: false });
  });

  it('starts the count afresh after a right PIN', async () => {
    const { store, alice } = fixture();
    const guard = createPinGuard({ store });
    await guard.recordFailure(alice);
    await guard.recordFailure(alice);
    await guard.recordSuccess(alice);
    assert.deepEqual(await guard.recordFailure(alice), { locked: false, attemptsLeft: 2 });
  });

  it('does not lift an active lock when a right PIN is recorded', async () => {
    const { store, alice } = fixture();
    const guard = createPinGuard({ store });
    for (let i = 0; i < 3; i++) await guard.recordFailure(alice);
    await guard.recordSuccess(alice);
    assert.equal((await guard.check(alice)).locked, true);
  });

  it('shares one lock between two guards on the same store (the read PIN and the movement PIN)', async () => {
    const { store, alice } = fixture();
    const reads = createPinGuard({ store });
    const movement = createPinGuard({ store });
    for (let i = 0; i < 3; i++) await reads.recordFailure(alice);
    assert.equal((await movement.check(alice)).locked, true);
    assert.equal((await movement.takeAttempt(alice)).allowed, false);
  });

  it('lifts the lock once lockSeconds have passed', async () => {
    const { store, alice, pass } = fixture();
    const guard = createPinGuard({ store, lockSeconds: 1 });
    for (let i = 0; i < 3; i++) await guard.recordFailure(alice);
    assert.equal((await guard.check(alice)).locked, true);
    await pass(1500);
    assert.deepEqual(await guard.check(alice), { locked: false });
  });

  it('lets at most maxAttempts of 8 concurrent attempts check a PIN, and the rest are refused', async () => {
    const { store, alice } = fixture();
    const guard = createPinGuard({ store, maxAttempts: 3 });
    const attempts = await Promise.all(Array.from({ length: 8 }, () => guard.takeAttempt(alice)));
    const allowed = attempts.filter((attempt) => attempt.allowed);
    assert.equal(allowed.length, 3);
    assert.deepEqual(allowed.map((a) => (a.allowed ? a.attemptsLeftIfWrong : -1)).sort(), [0, 1, 2]);
    assert.equal((await guard.check(alice)).locked, true);
  });

  it('gives the attempts back after a right PIN, and starts a full lock after the last wrong one', async () => {
    const { store, alice } = fixture();
    const guard = createPinGuard({ store, maxAttempts: 2, lockSeconds: 600 });
    const first = await guard.takeAttempt(alice);
    assert.deepEqual(first, { allowed: true, attemptsLeftIfWrong: 1 });
    await guard.recordSuccess(alice);
    const again = await guard.takeAttempt(alice);
    assert.deepEqual(again, { allowed: true, attemptsLeftIfWrong: 1 });
    assert.deepEqual(await guard.attemptFailed(alice, again), { locked: false, attemptsLeft: 1 });
    const last = await guard.takeAttempt(alice);
    assert.ok(last.allowed);
    const failure = await guard.attemptFailed(alice, last);
    assert.equal(failure.locked, true);
    assert.ok(
      failure.retryAfterSeconds !== undefined && failure.retryAfterSeconds >= 598 && failure.retryAfterSeconds <= 600,
    );
    assert.equal((await guard.takeAttempt(alice)).allowed, false);
  });
}
