import assert from 'node:assert/strict';
import { customerKey } from '../../shared/security/customer-key';

const SECRET = 'server-secret-0123456789abcdefghijkl';

describe('customer key', () => {
  it('is 64 lower-case hex characters and the same every time for the same customer', () => {
    const key = customerKey({ customerId: 'cust-001' }, SECRET);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(customerKey({ customerId: 'cust-001' }, SECRET), key);
  });

  it('differs between customers and between server secrets', () => {
    const key = customerKey({ customerId: 'cust-001' }, SECRET);
    assert.notEqual(customerKey({ customerId: 'cust-002' }, SECRET), key);
    assert.notEqual(customerKey({ customerId: 'cust-001' }, `${SECRET}-rotated`), key);
  });

  it('uses the customer id when present, whatever accounts come with it', () => {
    assert.equal(
      customerKey({ customerId: 'cust-001', accountIds: ['a', 'b'] }, SECRET),
      customerKey({ customerId: 'cust-001', accountIds: ['c'] }, SECRET),
    );
  });

  it('falls back to the account ids, independent of their order and duplicates', () => {
    const key = customerKey({ accountIds: ['acc-2', 'acc-1', 'acc-3'] }, SECRET);
    assert.equal(customerKey({ accountIds: ['acc-3', 'acc-1', 'acc-2', 'acc-1'] }, SECRET), key);
    assert.notEqual(customerKey({ accountIds: ['acc-1', 'acc-2'] }, SECRET), key);
  });

  it('never equates a customer id with an account list of the same text', () => {
    assert.notEqual(customerKey({ customerId: 'acc-1' }, SECRET), customerKey({ accountIds: ['acc-1'] }, SECRET));
    assert.notEqual(customerKey({ accountIds: ['a,b'] }, SECRET), customerKey({ accountIds: ['a', 'b'] }, SECRET));
  });

  it('refuses an empty identity and a secret shorter than 32 characters', () => {
    assert.throws(() => customerKey({}, SECRET), TypeError);
    assert.throws(() => customerKey({ customerId: '', accountIds: [] }, SECRET), TypeError);
    assert.throws(() => customerKey({ customerId: 'cust-001' }, 'short'), TypeError);
  });
});
