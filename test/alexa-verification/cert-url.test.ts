import assert from 'node:assert/strict';
import { validateCertUrl, type CertUrlFailure } from '../../skills/alexa/verification';

describe('validateCertUrl', () => {
  it('accepts the URL Amazon sends and returns it unchanged', () => {
    const url = 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem';
    assert.deepEqual(validateCertUrl(url), { ok: true, url });
  });

  it('accepts an upper-case scheme and host and normalises them to lower case', () => {
    assert.deepEqual(validateCertUrl('HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert-x.pem'), {
      ok: true,
      url: 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem',
    });
  });

  it('accepts an explicit port 443 and drops it from the normalised URL', () => {
    assert.deepEqual(validateCertUrl('https://s3.amazonaws.com:443/echo.api/echo-api-cert-x.pem'), {
      ok: true,
      url: 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem',
    });
  });

  it('resolves a harmless ./ segment before checking the path', () => {
    assert.deepEqual(validateCertUrl('https://s3.amazonaws.com/./echo.api/echo-api-cert-x.pem'), {
      ok: true,
      url: 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem',
    });
  });

  const refused: Array<[string, string, CertUrlFailure]> = [
    ['the http scheme', 'http://s3.amazonaws.com/echo.api/echo-api-cert-x.pem', 'cert-url-scheme'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert-x.pem', 'cert-url-host'],
    [
      'a host that only ends in the right name',
      'https://evil-s3.amazonaws.com/echo.api/echo-api-cert-x.pem',
      'cert-url-host',
    ],
    ['a host with a trailing dot', 'https://s3.amazonaws.com./echo.api/echo-api-cert-x.pem', 'cert-url-host'],
    ['port 563', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert-x.pem', 'cert-url-port'],
    ['a path outside /echo.api/', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-x.pem', 'cert-url-path'],
    [
      'a path without the trailing slash of the prefix',
      'https://s3.amazonaws.com/echo.api-evil/cert.pem',
      'cert-url-path',
    ],
    ['a dot-dot segment', 'https://s3.amazonaws.com/echo.api/../evil/echo-api-cert-x.pem', 'cert-url-path'],
    ['a percent-encoded dot-dot segment', 'https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem', 'cert-url-path'],
    ['a mixed-case encoded dot-dot segment', 'https://s3.amazonaws.com/echo.api/.%2E/evil/cert.pem', 'cert-url-path'],
    ['an encoded slash', 'https://s3.amazonaws.com/echo.api%2F..%2Fevil/cert.pem', 'cert-url-path'],
    [
      'a backslash the parser would turn into a slash',
      'https://s3.amazonaws.com/echo.api\\..\\evil/cert.pem',
      'cert-url-path',
    ],
    ['a query string', 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem?x=1', 'cert-url-query'],
    ['an empty query string', 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem?', 'cert-url-query'],
    ['a fragment', 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem#x', 'cert-url-fragment'],
    ['an empty fragment', 'https://s3.amazonaws.com/echo.api/echo-api-cert-x.pem#', 'cert-url-fragment'],
    ['userinfo', 'https://user:pw@s3.amazonaws.com/echo.api/echo-api-cert-x.pem', 'cert-url-userinfo'],
    ['empty userinfo', 'https://@s3.amazonaws.com/echo.api/echo-api-cert-x.pem', 'cert-url-userinfo'],
    [
      'the right host as userinfo in front of another host',
      'https://s3.amazonaws.com@evil.com/echo.api/x.pem',
      'cert-url-userinfo',
    ],
    [
      'an embedded tab the parser would drop',
      'https://s3.amazonaws.com/echo.api/.\t./evil/cert.pem',
      'cert-url-invalid',
    ],
    ['something that is not a URL', 'not a url', 'cert-url-invalid'],
    ['an empty string', '', 'cert-url-invalid'],
  ];
  for (const [what, url, reason] of refused) {
    it(`refuses ${what} with ${reason}`, () => {
      assert.deepEqual(validateCertUrl(url), { ok: false, reason });
    });
  }
});
