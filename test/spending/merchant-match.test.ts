import assert from 'node:assert/strict';
import type { Transaction } from '../../shared/bank/types';
import { matchMerchant, type MerchantMatch } from '../../shared/spending/merchant-match';
import { MERCHANTS as M, type Merchant } from '../../sandbox/data/merchants';
import { buy, tx } from './transactions';

const at = (m: Merchant, minor = 500): Transaction => buy(m.description, minor, m.payee, m.category);
const card = [
  M.starbucks,
  M.netflix,
  M.shell,
  M.uber,
  M.benJerrys,
  M.cafeMuller,
  M.amazon,
  M.att,
  M.traderJoes,
  M.conEd,
  M.homeDepot,
].map((m) => at(m));

function one(match: MerchantMatch): { name: string; ids: string[] } {
  assert.equal(match.kind, 'one', JSON.stringify(match));
  return match.kind === 'one' ? { name: match.name, ids: match.transactions.map((t) => t.id) } : { name: '', ids: [] };
}

describe('merchant matching', () => {
  it('finds Starbucks for "STARBUCKS STORE #1234 SEATTLE WA", with or without a payee', () => {
    const described = [
      buy('STARBUCKS STORE #1234 SEATTLE WA', 450),
      buy('STARBUCKS STORE #88 PORTLAND OR', 300),
      buy('NETFLIX.COM LOS GATOS CA', 1549),
    ];
    const found = one(matchMerchant('Starbucks', described));
    assert.equal(found.name, 'Starbucks');
    assert.deepEqual(found.ids, [described[0]?.id, described[1]?.id]);
    assert.equal(one(matchMerchant('starbucks', card)).name, 'Starbucks');
  });

  it('finds a Square merchant by the name after the processor prefix', () => {
    const items = [buy('SQ *BLUE BOTTLE COFFEE', 600), buy('SQ *BLUE BOTTLE COFFEE', 650), ...card];
    const found = one(matchMerchant('blue bottle', items));
    assert.equal(found.name, 'Blue Bottle Coffee');
    assert.equal(found.ids.length, 2);
  });

  it('finds AT&T however it is said', () => {
    for (const heard of ['AT&T', 'at and t', 'A T and T', 'att'])
      assert.equal(one(matchMerchant(heard, card)).name, 'AT&T', heard);
  });

  it("finds Ben & Jerry's, Café Müller and Trader Joe's said without their punctuation", () => {
    assert.equal(one(matchMerchant('ben and jerrys', card)).name, "Ben & Jerry's");
    assert.equal(one(matchMerchant('cafe muller', card)).name, 'Café Müller');
    assert.equal(one(matchMerchant('trader joes', card)).name, "Trader Joe's");
    assert.equal(one(matchMerchant('Trader Joes', card)).name, "Trader Joe's");
    assert.equal(one(matchMerchant('trader joe', card)).name, "Trader Joe's");
  });

  it('finds a merchant by part of its name on word boundaries', () => {
    assert.equal(one(matchMerchant('home depot', card)).name, 'The Home Depot');
    assert.equal(one(matchMerchant('muller', card)).name, 'Café Müller');
  });

  it('finds a merchant by its statement descriptor when the payee does not fit', () => {
    assert.equal(one(matchMerchant('con ed', card)).name, 'Con Edison');
    assert.equal(one(matchMerchant('amzn', card)).name, 'Amazon');
  });

  it('forgives one slip in a long word and a longer phrase that starts with the name', () => {
    assert.equal(one(matchMerchant('starbuck', card)).name, 'Starbucks');
    assert.equal(one(matchMerchant('amazone', card)).name, 'Amazon');
    assert.equal(one(matchMerchant('shell gas station', card)).name, 'Shell');
  });

  it('treats Shell and a payee-less SHELL OIL descriptor as one merchant', () => {
    const loose = buy('SHELL OIL 99887766 QUEENS NY', 4000);
    const found = one(matchMerchant('shell', [...card, loose]));
    assert.equal(found.name, 'Shell');
    assert.equal(found.ids.length, 2);
  });

  it('asks which merchant when a name fits several equally well', () => {
    const items = [at(M.peets), buy('SQ *BLUE BOTTLE COFFEE', 600), buy('SQ *BLUE BOTTLE COFFEE', 600)];
    assert.deepEqual(matchMerchant('coffee', items), {
      kind: 'ambiguous',
      names: ['Blue Bottle Coffee', "Peet's Coffee"],
    });
  });

  it('offers at most three names when many merchants fit', () => {
    const items = ['Pizza Palace', 'Pizza Hut', 'Pizza Express', 'Pizza Pie'].map((payee) => buy('PIZZA', 900, payee));
    const match = matchMerchant('pizza', items);
    assert.equal(match.kind, 'ambiguous');
    assert.equal(match.kind === 'ambiguous' ? match.names.length : 0, 3);
  });

  it('prefers the merchant named exactly: "amazon" is Amazon, not Amazon Prime Video', () => {
    const video = buy('AMAZON PRIME VIDEO 888-802-3080 WA', 899, 'Amazon Prime Video');
    assert.equal(one(matchMerchant('amazon', [...card, video])).name, 'Amazon');
    assert.equal(one(matchMerchant('amazon prime', [...card, video])).name, 'Amazon Prime Video');
    const market = buy('AMAZON MKTPL 1234 WA', 1500, 'Amazon Marketplace');
    assert.deepEqual(matchMerchant('amazon', [video, market]), {
      kind: 'ambiguous',
      names: ['Amazon Marketplace', 'Amazon Prime Video'],
    });
  });

  it('never matches part of a word: "shell" is not Shellfish Shack, even alone', () => {
    const shack = buy('SHELLFISH SHACK 4411 BOSTON MA', 3200, 'Shellfish Shack');
    assert.equal(one(matchMerchant('shell', [...card, shack])).name, 'Shell');
    assert.deepEqual(matchMerchant('shell', [shack]), { kind: 'none' });
    assert.equal(one(matchMerchant('shellfish', [...card, shack])).name, 'Shellfish Shack');
  });

  it('matches nothing for an unknown merchant, filler words or an empty name', () => {
    assert.deepEqual(matchMerchant('walmart', card), { kind: 'none' });
    assert.deepEqual(matchMerchant('the store', card), { kind: 'none' });
    assert.deepEqual(matchMerchant('', card), { kind: 'none' });
    assert.deepEqual(matchMerchant('starbucks', []), { kind: 'none' });
  });

  it('does not forgive a slip in a short word: "lift" is not Lyft', () => {
    assert.deepEqual(matchMerchant('lift', [at(M.lyft)]), { kind: 'none' });
  });

  it('ignores transactions with neither payee nor descriptor', () => {
    assert.deepEqual(matchMerchant('starbucks', [tx({ minor: -100, description: '' })]), { kind: 'none' });
  });
});
