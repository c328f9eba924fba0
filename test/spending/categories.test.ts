import assert from 'node:assert/strict';
import {
  SPOKEN_CATEGORIES,
  SPOKEN_CATEGORY_IDS,
  categoryForMcc,
  categoryForText,
  categoryOfTransaction,
  isWithin,
  resolveCategory,
  transactionInCategory,
  type SpokenCategory,
} from '../../shared/spending/categories';
import { MERCHANTS, bankItem, transfer } from '../../sandbox/data/merchants';
import { buy, tx } from './transactions';

describe('categories from the bank', () => {
  it('map every category string the sandbox sends', () => {
    const expected: Record<string, SpokenCategory> = {
      Groceries: 'groceries',
      Restaurants: 'restaurants',
      'Coffee Shops': 'coffee',
      'Gas/Fuel': 'fuel',
      Travel: 'travel',
      Utilities: 'utilities',
      Entertainment: 'entertainment',
      Income: 'income',
      Transfer: 'transfers',
      Shopping: 'shopping',
      Housing: 'housing',
      Fees: 'fees',
      Health: 'health',
    };
    const sent = [
      ...Object.values(MERCHANTS),
      transfer('Payment', 'PAYMENT THANK YOU'),
      bankItem('Overdraft fee', 'OVERDRAFT FEE', 'Fees'),
    ];
    for (const { category } of sent) assert.equal(categoryForText(category), expected[category], category);
  });

  it('map other banks’ wording by keyword, settling overlaps', () => {
    assert.equal(categoryForText('Food & Dining'), 'food');
    assert.equal(categoryForText('Fast Food'), 'restaurants');
    assert.equal(categoryForText('Gas & Electric'), 'utilities');
    assert.equal(categoryForText('Interest Charge'), 'fees');
    assert.equal(categoryForText('Interest Income'), 'income');
    assert.equal(categoryForText('Credit Card Payment'), 'transfers');
    assert.equal(categoryForText('Mortgage & Rent'), 'housing');
    assert.equal(categoryForText('Pharmacy'), 'health');
    assert.equal(categoryForText('  GROCERIES '), 'groceries');
    assert.equal(categoryForText('Miscellaneous'), undefined);
  });

  it('map merchant category codes, and agree with the sandbox’s text for its merchants', () => {
    assert.equal(categoryForMcc(5411), 'groceries');
    assert.equal(categoryForMcc(5812), 'restaurants');
    assert.equal(categoryForMcc(5814), 'restaurants');
    assert.equal(categoryForMcc(5541), 'fuel');
    assert.equal(categoryForMcc(5542), 'fuel');
    assert.equal(categoryForMcc(3000), 'travel');
    assert.equal(categoryForMcc(3299), 'travel');
    assert.equal(categoryForMcc(4511), 'travel');
    assert.equal(categoryForMcc(7011), 'travel');
    assert.equal(categoryForMcc(4900), 'utilities');
    assert.equal(categoryForMcc(5912), 'health');
    for (const m of Object.values(MERCHANTS)) {
      if (!('mcc' in m)) continue;
      const byText = categoryForText(m.category);
      const byCode = categoryForMcc(m.mcc);
      assert.ok(
        byText !== undefined && byCode !== undefined && isWithin(byText, byCode),
        `${m.payee}: ${byText} vs ${byCode}`,
      );
    }
  });

  it('map no category for unknown or malformed codes', () => {
    for (const code of [0, 1234, 6011, 10000, -5411, 5411.5, Number.NaN])
      assert.equal(categoryForMcc(code), undefined, String(code));
  });

  it('give a transaction its category only when the bank sent one', () => {
    assert.equal(
      categoryOfTransaction(buy('STARBUCKS STORE #1234 SEATTLE WA', 450, 'Starbucks', 'Coffee Shops')),
      'coffee',
    );
    assert.equal(categoryOfTransaction(tx({ minor: -100, description: 'SOMETHING' })), undefined);
  });

  it('take no category from an inherited name sent as transactionType (issue 13: no inherited lookups)', () => {
    for (const transactionType of ['constructor', '__proto__', 'toString']) {
      assert.equal(
        categoryOfTransaction({ ...tx({ minor: -100, description: 'SOMETHING' }), transactionType }),
        undefined,
        transactionType,
      );
    }
  });
});

describe('spoken categories', () => {
  it('resolve what people say, singular or plural, with filler words around it', () => {
    const cases: Array<[string, SpokenCategory]> = [
      ['groceries', 'groceries'],
      ['grocery', 'groceries'],
      ['restaurants', 'restaurants'],
      ['dining', 'restaurants'],
      ['eating out', 'restaurants'],
      ['gas', 'fuel'],
      ['coffee', 'coffee'],
      ['coffee shops', 'coffee'],
      ['food', 'food'],
      ['on groceries', 'groceries'],
      ['my restaurant spending', 'restaurants'],
      ['Utilities', 'utilities'],
      ['cafés', 'coffee'],
      ['transfers', 'transfers'],
      ['paychecks', 'income'],
      ['fees', 'fees'],
      ['rent', 'housing'],
      ['pharmacy', 'health'],
    ];
    for (const [heard, id] of cases) assert.equal(resolveCategory(heard), id, heard);
  });

  it('resolve nothing for words that are not a category', () => {
    for (const heard of ['', 'starbucks', 'the', 'stuff']) assert.equal(resolveCategory(heard), undefined, heard);
  });

  it('count coffee shops as restaurants and as food, and groceries as food but not restaurants', () => {
    const coffee = buy('STARBUCKS STORE #1234 SEATTLE WA', 450, 'Starbucks', 'Coffee Shops');
    const groceries = buy("TRADER JOE'S #552 BROOKLYN NY", 4500, "Trader Joe's", 'Groceries');
    assert.ok(transactionInCategory(coffee, 'coffee'));
    assert.ok(transactionInCategory(coffee, 'restaurants'));
    assert.ok(transactionInCategory(coffee, 'food'));
    assert.ok(transactionInCategory(groceries, 'food'));
    assert.ok(!transactionInCategory(groceries, 'restaurants'));
    assert.ok(!transactionInCategory(groceries, 'coffee'));
  });

  it('list every category id exactly once, each with a parent that exists', () => {
    assert.deepEqual(
      SPOKEN_CATEGORIES.map((c) => c.id),
      [...SPOKEN_CATEGORY_IDS],
    );
    for (const c of SPOKEN_CATEGORIES)
      assert.ok(c.parent === undefined || SPOKEN_CATEGORY_IDS.includes(c.parent), c.id);
  });
});
