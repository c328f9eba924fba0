import assert from 'node:assert/strict';
import { minorDigits, money, sum, toMinorUnits } from '../../shared/money/money';

describe('toMinorUnits', () => {
  it('converts JSON numbers without floating-point error', () => {
    const cases: Array<[number, number]> = [
      [0.1, 10],
      [0.2, 20],
      [1.15, 115],
      [19.99, 1999],
      [1523.07, 152307],
      [-12.5, -1250],
      [5000, 500000],
      [0, 0],
    ];
    for (const [value, minor] of cases) assert.equal(toMinorUnits(value, 'USD'), minor, String(value));
  });

  it('makes 0.10 + 0.20 exactly 30 minor units', () => {
    const a = toMinorUnits(0.1, 'USD') ?? Number.NaN;
    const b = toMinorUnits('0.20', 'USD') ?? Number.NaN;
    assert.equal(a + b, 30);
    assert.deepEqual(sum([money(a, 'USD'), money(b, 'USD')], 'USD'), { minor: 30, currency: 'USD' });
  });

  it('converts numeric strings, trimming spaces and trailing zeros', () => {
    assert.equal(toMinorUnits('2500.00', 'USD'), 250000);
    assert.equal(toMinorUnits(' 35.0 ', 'USD'), 3500);
    assert.equal(toMinorUnits('+7', 'USD'), 700);
    assert.equal(toMinorUnits('1.500', 'USD'), 150);
    assert.equal(toMinorUnits('3.', 'USD'), 300);
  });

  it('uses the currency minor digits', () => {
    assert.equal(minorDigits('JPY'), 0);
    assert.equal(toMinorUnits(1500, 'JPY'), 1500);
    assert.equal(toMinorUnits('1.5', 'JPY'), undefined);
    assert.equal(toMinorUnits('1.234', 'KWD'), 1234);
    assert.equal(toMinorUnits('1.23', 'EUR'), 123);
  });

  it('gives an inherited name sent as a currency the default two digits (issue 13: no inherited lookups)', () => {
    for (const name of ['constructor', '__proto__', 'toString']) assert.equal(minorDigits(name), 2, name);
  });

  it('refuses anything that is not a finite decimal within the currency precision', () => {
    const bad: unknown[] = [
      'twelve',
      '',
      '1,000.00',
      '1e3',
      1e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '0x10',
      '1.005',
      null,
      undefined,
      true,
      {},
      [],
      '9007199254740993',
    ];
    for (const value of bad) assert.equal(toMinorUnits(value, 'USD'), undefined, String(value));
  });

  it('refuses a sum across currencies', () => {
    assert.throws(() => sum([money(1, 'USD'), money(1, 'EUR')], 'USD'));
  });
});
