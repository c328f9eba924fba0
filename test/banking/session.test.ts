import assert from 'node:assert/strict';
import { readSession } from '../../shared/banking/session';

describe('session state read back from a platform', () => {
  it('keeps a well-formed pick and offer', () => {
    assert.deepEqual(
      readSession({ pick: { intent: 'getBalance', ids: ['a', 'b'] }, more: { kind: 'balances', ids: ['c'] } }),
      { pick: { intent: 'getBalance', ids: ['a', 'b'] }, more: { kind: 'balances', ids: ['c'] } },
    );
    const items = {
      kind: 'items',
      topic: 'pending',
      accountIds: ['a'],
      start: '2026-11-01',
      end: '2026-11-29',
      offset: 3,
    };
    assert.deepEqual(
      readSession({ more: items, period: { start: '2026-11-01', end: '2026-11-29' }, awaiting: 'merchant' }),
      { more: items, period: { start: '2026-11-01', end: '2026-11-29' }, awaiting: 'merchant' },
    );
  });
  it('drops anything malformed instead of trusting it', () => {
    assert.deepEqual(readSession({ pick: { intent: 'deleteEverything', ids: ['a'] } }), {});
    assert.deepEqual(readSession({ pick: { intent: 'getBalance', ids: 'a' } }), {});
    assert.deepEqual(readSession({ more: { kind: 'balances', ids: [1, 2] } }), {});
    assert.deepEqual(readSession({ more: { kind: 'balances', ids: [] } }), {});
    assert.deepEqual(
      readSession({ more: { kind: 'balances', ids: Array.from({ length: 51 }, (_, i) => String(i)) } }),
      {},
    );
    assert.deepEqual(
      readSession({
        more: { kind: 'items', topic: 'pending', accountIds: ['a'], start: '2026-11-01', end: 'soon', offset: 0 },
      }),
      {},
    );
    assert.deepEqual(
      readSession({ period: { start: '2026-11-01; DROP', end: '2026-11-02' }, awaiting: 'anything' }),
      {},
    );
    assert.deepEqual(readSession({ pick: { intent: 'recentTransactions', ids: ['a'], count: -3 } }), {
      pick: { intent: 'recentTransactions', ids: ['a'] },
    });
  });
});
