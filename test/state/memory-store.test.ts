import assert from 'node:assert/strict';
import { createStateStore } from '../../shared/state/create-state-store';
import { silentLogger } from '../../shared/log/logger';
import { describeStoreContract } from './store-contract';
import { freshCustomer } from './helpers';
import { testClock } from '../support/clock';

describe('state store: memory', () => {
  // Each store on a clock of its own, which the contract moves instead of waiting: the memory
  // store's expiry and its lockouts follow the injected clock, never the system's.
  let clock = testClock();
  describeStoreContract(
    () => {
      clock = testClock();
      return createStateStore('memory', silentLogger(), { clock });
    },
    async (ms) => clock.advance(ms),
  );

  it('keeps at most maxEntries entries, dropping the stalest write first', async () => {
    const store = createStateStore('memory', silentLogger(), { maxEntries: 3, clock: testClock() });
    const stalest = freshCustomer();
    const newer = [freshCustomer(), freshCustomer(), freshCustomer()];
    for (const customer of [stalest, ...newer]) await store.setPinHash(customer, 'scrypt$kept');
    assert.equal(await store.getPinHash(stalest), undefined);
    for (const customer of newer) assert.equal(await store.getPinHash(customer), 'scrypt$kept');
    await store.close();
  });

  it('refuses a URL that is neither memory nor redis without echoing it', () => {
    assert.throws(
      () => createStateStore('http://user:hunter2@example.com', silentLogger(), { clock: testClock() }),
      (err: unknown) => err instanceof TypeError && !err.message.includes('hunter2'),
    );
  });
});
