import assert from 'node:assert/strict';
import { demoCustomers } from '../../sandbox/data/customers';
import { DEMO_NICKNAMES } from '../../sandbox/data/nicknames';
import { NOW } from './helpers';

describe('sandbox demo nicknames', () => {
  it("lists exactly the demo customers' account nicknames", () => {
    const actual = demoCustomers(NOW).flatMap((c) =>
      c.accounts.flatMap((a) => (a.nickname === undefined ? [] : [a.nickname])),
    );
    assert.deepEqual([...DEMO_NICKNAMES].sort(), [...new Set(actual)].sort());
  });
});
