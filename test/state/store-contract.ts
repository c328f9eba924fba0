import assert from 'node:assert/strict';
import { createPinGuard } from '../../shared/security/lockout';
import { StateUnavailableError } from '../../shared/state/errors';
import type { StateStore } from '../../shared/state/state-store';
import type { CustomerKey } from '../../shared/state/types';
import { freshCustomer, sleep } from './helpers';
import { describeLockoutContract } from './lockout-contract';
import { describeMovementContract } from './movement-contract';

/** Opens a fresh store on the backend under test; the contract closes it after each test. */
export type OpenStore = () => StateStore;

/**
 * Lets `ms` of the backend's time pass: the memory store's clock can be moved, Redis keeps its own
 * time and has to be waited for.
 */
export type PassTime = (ms: number) => Promise<void>;

/**
 * The behaviour every StateStore backend must show. Memory and Redis run these same cases;
 * anything a backend does differently is a bug in that backend.
 */
export function describeStoreContract(open: OpenStore, pass: PassTime = sleep): void {
  let store: StateStore;
  let alice: CustomerKey;
  let bob: CustomerKey;

  beforeEach(() => {
    store = open();
    alice = freshCustomer();
    bob = freshCustomer();
  });
  afterEach(async () => store.close());

  describePinHashes(() => ({ store, alice, bob, pass }));
  describePinSessions(() => ({ store, alice, bob, pass }));
  describePreferences(() => ({ store, alice, bob, pass }));
  describeLockoutContract(() => ({ store, alice, bob, pass }));
  describeMovementContract(() => ({ store, alice, bob }));

  it('rejects every operation with StateUnavailableError once closed', async () => {
    const guard = createPinGuard({ store });
    await store.close();
    const operations: ReadonlyArray<() => Promise<unknown>> = [
      () => store.getPinHash(alice),
      () => store.setPinHash(alice, 'scrypt$x'),
      () => store.markPinVerified(alice, 's', 60),
      () => store.isPinVerified(alice, 's'),
      () => store.touchPinSession(alice, 's'),
      () => store.getPreference(alice, 'voice'),
      () => store.setPreference(alice, 'voice', 1),
      () => guard.check(alice),
      () => guard.recordFailure(alice),
    ];
    for (const operation of operations) await assert.rejects(operation(), StateUnavailableError);
  });
}

/** What each contract case works on: a fresh store and two customers no other test uses. */
export interface Fixture {
  readonly store: StateStore;
  readonly alice: CustomerKey;
  readonly bob: CustomerKey;
  readonly pass: PassTime;
}

function describePinHashes(fixture: () => Fixture): void {
  it('has no PIN hash for a customer who never set one', async () => {
    const { store, alice } = fixture();
    assert.equal(await store.getPinHash(alice), undefined);
  });

  it('returns the PIN hash it stored, for that customer only, and replaces it on a second set', async () => {
    const { store, alice, bob } = fixture();
    await store.setPinHash(alice, 'scrypt$1$first');
    await store.setPinHash(alice, 'scrypt$1$second');
    assert.equal(await store.getPinHash(alice), 'scrypt$1$second');
    assert.equal(await store.getPinHash(bob), undefined);
  });

  it('refuses a key that is not a customer-key digest', async () => {
    const { store } = fixture();
    await assert.rejects(store.getPinHash('other:prefix' as CustomerKey), TypeError);
  });
}

function describePinSessions(fixture: () => Fixture): void {
  it('treats a PIN as verified only in the session and for the customer that spoke it', async () => {
    const { store, alice, bob } = fixture();
    await store.markPinVerified(alice, 'session-1', 300);
    assert.equal(await store.isPinVerified(alice, 'session-1'), true);
    assert.equal(await store.isPinVerified(alice, 'session-2'), false);
    assert.equal(await store.isPinVerified(bob, 'session-1'), false);
  });

  it('cannot touch a PIN session that was never verified', async () => {
    const { store, alice } = fixture();
    assert.equal(await store.touchPinSession(alice, 'never'), false);
    assert.equal(await store.isPinVerified(alice, 'never'), false);
  });

  it('keeps a touched PIN session alive and lets an idle one lapse after its inactivity window', async () => {
    const { store, alice, pass } = fixture();
    // A 2 s window with 1 s steps leaves a second of slack either way on a busy machine.
    await store.markPinVerified(alice, 'idle', 2);
    await pass(1000);
    assert.equal(await store.touchPinSession(alice, 'idle'), true);
    await pass(1000);
    assert.equal(await store.isPinVerified(alice, 'idle'), true, 'the touch should have re-armed the 2 s window');
    await pass(2200);
    assert.equal(await store.isPinVerified(alice, 'idle'), false);
    assert.equal(await store.touchPinSession(alice, 'idle'), false);
  });

  it('forgets a PIN session that is cleared', async () => {
    const { store, alice } = fixture();
    await store.markPinVerified(alice, 'bye', 300);
    await store.clearPinSession(alice, 'bye');
    assert.equal(await store.isPinVerified(alice, 'bye'), false);
  });

  it('refuses an inactivity window that is not a whole number of seconds from 1 to a day', async () => {
    const { store, alice } = fixture();
    for (const ttl of [0, 1.5, 86_401]) await assert.rejects(store.markPinVerified(alice, 's', ttl), RangeError);
  });
}

function describePreferences(fixture: () => Fixture): void {
  it('round-trips a small JSON preference per customer', async () => {
    const { store, alice, bob } = fixture();
    const value = { defaultAccount: 'checking', brief: true, order: [1, 2], none: null };
    await store.setPreference(alice, 'listening', value);
    assert.deepEqual(await store.getPreference(alice, 'listening'), value);
    assert.equal(await store.getPreference(alice, 'other'), undefined);
    assert.equal(await store.getPreference(bob, 'listening'), undefined);
  });

  it('refuses a preference over 2 KiB of JSON and a name that is not kebab-case', async () => {
    const { store, alice } = fixture();
    await assert.rejects(store.setPreference(alice, 'big', 'x'.repeat(2048)), RangeError);
    await assert.rejects(store.setPreference(alice, 'Bad:Name', 1), TypeError);
  });
}
