import assert from 'node:assert/strict';
import { createStateStore } from '../../shared/state/create-state-store';
import { silentLogger } from '../../shared/log/logger';
import { describeStoreContract } from './store-contract';
import { freshCustomer } from './helpers';
import { testClock } from '../support/clock';

describe('state store: memory', () => {
  describeStoreContract(() => createStateStore('memory', silentLogger(), { clock: testClock() }));

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
    assert.throws(() => createStateStore('http://user:hunter2@example.com', silentLogger(), { clock: testClock() }), (err: unknown) =>
      err instanceof TypeError && !err.message.includes('hunter2'));
  });
});
