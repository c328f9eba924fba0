import assert from 'node:assert/strict';
import { readSession } from '../../shared/banking/session';

describe('session state read back from a platform', () => {
  it('keeps a well-formed pick and offer', () => {
    assert.deepEqual(readSession({ pick: { intent: 'getBalance', ids: ['a', 'b'] }, more: { ids: ['c'] } }),
      { pick: { intent: 'getBalance', ids: ['a', 'b'] }, more: { ids: ['c'] } });
  });
  it('drops anything malformed instead of trusting it', () => {
    assert.deepEqual(readSession({ pick: { intent: 'deleteEverything', ids: ['a'] } }), {});
    assert.deepEqual(readSession({ pick: { intent: 'getBalance', ids: 'a' } }), {});
    assert.deepEqual(readSession({ more: { ids: [1, 2] } }), {});
    assert.deepEqual(readSession({ more: { ids: [] } }), {});
    assert.deepEqual(readSession({ more: { ids: Array.from({ length: 51 }, (_, i) => String(i)) } }), {});
    assert.deepEqual(readSession({ pick: { intent: 'recentTransactions', ids: ['a'], count: -3 } }), { pick: { intent: 'recentTransactions', ids: ['a'] } });
  });
});
