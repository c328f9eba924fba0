import assert from 'node:assert/strict';
import { scryptSync } from 'node:crypto';
import { hashPin, isLegacyPinHash, isTrivialPin, verifyPin } from '../../shared/security/pin-hash';

const SECRET = 'pin-hash-test-secret-0123456789abcdef';
const OTHER_SECRET = 'another-server-secret-0123456789abcdef';

describe('PIN hashing', () => {
  it('verifies the PIN it hashed and stores scrypt parameters, salt and hash in the string', async () => {
    const stored = await hashPin('4829', SECRET);
    assert.match(stored, /^scrypt-hmac\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    assert.equal(await verifyPin('4829', stored, SECRET), true);
    assert.equal(isLegacyPinHash(stored), false);
  });

  it('needs the server secret: the same record never verifies under another secret, and a dump alone cannot be searched', async () => {
    const stored = await hashPin('4829', SECRET);
    assert.equal(await verifyPin('4829', stored, OTHER_SECRET), false);
    // What an offline attacker with only the record would try: scrypt over the bare PIN.
    const [, n, r, p, salt, hash] = stored.split('$');
    const bare = scryptSync('4829', Buffer.from(salt ?? '', 'base64'), 32, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: 64 * 1024 * 1024,
    });
    assert.notEqual(bare.toString('base64'), hash);
  });

  it('still verifies a legacy record made without the secret and says it should be re-hashed', async () => {
    const salt = Buffer.alloc(16, 7);
    const hash = scryptSync('4829', salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const legacy = ['scrypt', 32768, 8, 1, salt.toString('base64'), hash.toString('base64')].join('$');
    assert.equal(await verifyPin('4829', legacy, SECRET), true);
    assert.equal(await verifyPin('4828', legacy, SECRET), false);
    assert.equal(isLegacyPinHash(legacy), true);
  });

  it('refuses a secret shorter than 32 characters', async () => {
    await assert.rejects(hashPin('4829', 'short'), TypeError);
  });

  it('does not verify a wrong PIN', async () => {
    const stored = await hashPin('4829', SECRET);
    for (const wrong of ['4828', '9284', '', '48290']) assert.equal(await verifyPin(wrong, stored, SECRET), false);
  });

  it('uses a fresh salt each time, so the same PIN hashes differently and both verify', async () => {
    const [first, second] = await Promise.all([hashPin('7305', SECRET), hashPin('7305', SECRET)]);
    assert.notEqual(first, second);
    assert.notEqual(first.split('$')[4], second.split('$')[4]);
    assert.equal(await verifyPin('7305', first, SECRET), true);
    assert.equal(await verifyPin('7305', second, SECRET), true);
  });

  it('never verifies against a malformed or tampered record', async () => {
    const stored = await hashPin('4829', SECRET);
    const [, , , , salt, hash] = stored.split('$');
    const broken = [
      '',
      'plain4829',
      `bcrypt$32768$8$1$${salt}$${hash}`,
      `scrypt-hmac$1000$8$1$${salt}$${hash}`,
      `scrypt-hmac$1000$8$1$${salt}$${hash}`,
      `scrypt$${2 ** 24}$8$1$${salt}$${hash}`,
      `scrypt$32768$8$1$${salt}`,
      `scrypt$32768$8$1$c2FsdA==$${hash}`,
    ];
    for (const record of broken) assert.equal(await verifyPin('4829', record, SECRET), false, record);
  });

  it('refuses to hash anything but four digits', async () => {
    for (const pin of ['123', '12345', 'abcd', '12 4', '١٢٣٤']) await assert.rejects(hashPin(pin, SECRET), RangeError);
  });
});

describe('trivial PINs', () => {
  it('refuses repeated digits, runs, repeated and mirrored pairs, keypad lines and the most common codes', () => {
    const trivial = [
      '0000',
      '1111',
      '9999',
      '1234',
      '0123',
      '6789',
      '7890',
      '9012',
      '4321',
      '9876',
      '3210',
      '0987',
      '1212',
      '6969',
      '1010',
      '1122',
      '7788',
      '1221',
      '2002',
      '2580',
      '0852',
      '1470',
      '3690',
      '1590',
      '1004',
      '2000',
      '2001',
    ];
    for (const pin of trivial) assert.equal(isTrivialPin(pin), true, pin);
  });

  it('refuses anything that is not exactly four ASCII digits', () => {
    for (const pin of ['', '123', '12345', 'abcd', '12a4', ' 4829', '١٢٣٤']) assert.equal(isTrivialPin(pin), true, pin);
  });

  it('accepts codes with no pattern', () => {
    for (const pin of ['4829', '7305', '5173', '3958', '6041']) assert.equal(isTrivialPin(pin), false, pin);
  });
});
