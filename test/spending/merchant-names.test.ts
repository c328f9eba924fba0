import assert from 'node:assert/strict';
import { matchMerchantNames } from '../../shared/spending';
import { buy } from './transactions';

describe('matching on the resolved value and on what was said', () => {
  const items = [buy('ACME CORP PAYROLL PPD', 250_000, 'Acme Corp'), buy('NORDSTROM #12', -4_500, 'Nordstrom')];

  it('falls back to the words said when the resolved catalogue value matches nothing at the bank', () => {
    const match = matchMerchantNames(['ADP', 'acme corp'], items);
    assert.equal(match.kind, 'one');
    assert.equal(match.kind === 'one' ? match.name : '', 'Acme Corp');
  });

  it('prefers the resolved value when it matches', () => {
    const match = matchMerchantNames(['Nordstrom', 'nord'], items);
    assert.equal(match.kind === 'one' ? match.name : '', 'Nordstrom');
  });

  it('finds nothing when neither name matches, and ignores empty names', () => {
    assert.equal(matchMerchantNames(['Starbucks', undefined, ''], items).kind, 'none');
  });
});
