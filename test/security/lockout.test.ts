import assert from 'node:assert/strict';
import { silentLogger } from '../../shared/log/logger';
import { createPinGuard } from '../../shared/security/lockout';
import { createStateStore } from '../../shared/state/create-state-store';
import { StateUnavailableError } from '../../shared/state/errors';
import { freshCustomer } from '../state/helpers';
import { testClock } from '../support/clock';

// The contract suite (test/state) runs the lockout on memory and Redis; these are the guard's own rules.
describe('PIN guard', () => {
  it('refuses attempt counts and lock lengths that are not whole numbers of at least 1', () => {
    const store = createStateStore('memory', silentLogger(), { clock: testClock() });
    for (const options of [{ maxAttempts: 0 }, { maxAttempts: 2.5 }, { lockSeconds: 0 }, { lockSeconds: -900 }]) {
      assert.throws(() => createPinGuard({ store, ...options }), RangeError);
    }
  });

  it('locks on the first wrong PIN when maxAttempts is 1', async () => {
    const store = createStateStore('memory', silentLogger(), { clock: testClock() });
    const guard = createPinGuard({ store, maxAttempts: 1, lockSeconds: 60 });
    const failure = await guard.recordFailure(freshCustomer());
    assert.equal(failure.locked, true);
    assert.ok(
      failure.retryAfterSeconds !== undefined && failure.retryAfterSeconds <= 60 && failure.retryAfterSeconds >= 59,
    );
  });

  it('keeps a customer locked through further wrong PINs', async () => {
    const store = createStateStore('memory', silentLogger(), { clock: testClock() });
    const guard = createPinGuard({ store, maxAttempts: 2, lockSeconds: 900 });
    const alice = freshCustomer();
    await guard.recordFailure(alice);
    await guard.recordFailure(alice);
    const again = await guard.recordFailure(alice);
    assert.equal(again.locked, true);
    assert.equal(again.attemptsLeft, 0);
    assert.ok(again.retryAfterSeconds !== undefined && again.retryAfterSeconds <= 900);
  });

  it('fails closed: every call rejects with StateUnavailableError when the store is down', async () => {
    const store = createStateStore('memory', silentLogger(), { clock: testClock() });
    const guard = createPinGuard({ store });
    await store.close();
    const alice = freshCustomer();
    await assert.rejects(guard.check(alice), StateUnavailableError);
    await assert.rejects(guard.recordFailure(alice), StateUnavailableError);
    await assert.rejects(guard.recordSuccess(alice), StateUnavailableError);
  });
});
