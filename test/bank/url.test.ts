import assert from 'node:assert/strict';
import { ShapeError } from '../../shared/bank/guards';
import { endpointUrl, resolveHref } from '../../shared/bank/url';

const base = new URL('https://bank.example/fdx/v6');
const current = new URL('https://bank.example/fdx/v6/accounts/a1/transactions?startTime=2026-03-01');

describe('bank URLs', () => {
  it('appends an endpoint path and query to the base path', () => {
    assert.equal(
      endpointUrl(base, '/accounts', { startTime: '2026-03-01' }).href,
      'https://bank.example/fdx/v6/accounts?startTime=2026-03-01',
    );
    assert.equal(
      endpointUrl(new URL('https://bank.example/fdx/v6/'), 'accounts').href,
      'https://bank.example/fdx/v6/accounts',
    );
    assert.equal(endpointUrl(new URL('https://bank.example'), '/accounts').href, 'https://bank.example/accounts');
  });

  it('keeps percent-encoded ids encoded', () => {
    assert.equal(endpointUrl(base, `/accounts/${encodeURIComponent('a/b c')}`).pathname, '/fdx/v6/accounts/a%2Fb%20c');
  });

  it('resolves next links: absolute, under the base path, relative to it, and query-only', () => {
    const cases: Array<[string, string]> = [
      ['https://bank.example/fdx/v6/accounts?page=2', 'https://bank.example/fdx/v6/accounts?page=2'],
      ['/fdx/v6/accounts?page=2', 'https://bank.example/fdx/v6/accounts?page=2'],
      ['/accounts?page=2', 'https://bank.example/fdx/v6/accounts?page=2'],
      ['accounts?page=2', 'https://bank.example/fdx/v6/accounts?page=2'],
      ['/fdx/v6x/accounts', 'https://bank.example/fdx/v6/fdx/v6x/accounts'],
      ['?offset=20', 'https://bank.example/fdx/v6/accounts/a1/transactions?offset=20'],
    ];
    for (const [href, expected] of cases) assert.equal(resolveHref(base, current, href).href, expected, href);
  });

  it('refuses next links to another origin, scheme or port', () => {
    for (const href of [
      'https://evil.example/fdx/v6/accounts',
      'http://bank.example/fdx/v6/accounts',
      'https://bank.example:444/x',
      '//evil.example/x',
    ]) {
      assert.throws(() => resolveHref(base, current, href), ShapeError, href);
    }
  });
});
