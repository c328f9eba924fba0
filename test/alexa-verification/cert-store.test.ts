import assert from 'node:assert/strict';
import nock from 'nock';
import { createCertStore, type CertStoreOptions, VerificationError } from '../../skills/alexa/verification';
import { CERT_HOST, CERT_PATH, CERT_URL } from './signed-request';
import { testPki, type TestPki } from './test-ca';
import { TEST_NOW_MS } from '../support/clock';

async function rejectsWith(promise: Promise<unknown>, reason: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof VerificationError && error.reason === reason);
}

describe('certificate store', () => {
  let pki: TestPki;
  let options: CertStoreOptions;

  before(() => {
    pki = testPki();
  });
  beforeEach(() => {
    options = { trustedRoots: [pki.rootPem], now: () => TEST_NOW_MS };
  });

  it('downloads a chain that leads to a trusted root and returns an RSA key', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.goodChain);
    const key = await createCertStore(options).getKey(CERT_URL);
    assert.equal(key.asymmetricKeyType, 'rsa');
    scope.done();
  });

  it('accepts a chain that includes the trusted root itself', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.chainWithRoot);
    await createCertStore(options).getKey(CERT_URL);
    scope.done();
  });

  it('serves the second request for the same URL from the cache without downloading again', async () => {
    // The interceptor answers once: a second download would fail with cert-download.
    const scope = nock(CERT_HOST).get(CERT_PATH).once().reply(200, pki.goodChain);
    const store = createCertStore(options);
    const first = await store.getKey(CERT_URL);
    const second = await store.getKey(CERT_URL);
    assert.equal(second, first);
    scope.done();
  });

  it('shares one download between concurrent first requests for the same URL', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).once().delay(50).reply(200, pki.goodChain);
    const store = createCertStore(options);
    const keys = await Promise.all([store.getKey(CERT_URL), store.getKey(CERT_URL), store.getKey(CERT_URL)]);
    assert.equal(new Set(keys).size, 1);
    scope.done();
  });

  it('keeps at most cacheSize keys and evicts the least recently used one', async () => {
    const store = createCertStore({ ...options, cacheSize: 2 });
    const url = (n: number): string => `${CERT_HOST}/echo.api/cert-${n}.pem`;
    const first = nock(CERT_HOST)
      .get('/echo.api/cert-1.pem')
      .reply(200, pki.goodChain)
      .get('/echo.api/cert-2.pem')
      .reply(200, pki.goodChain)
      .get('/echo.api/cert-3.pem')
      .reply(200, pki.goodChain);
    for (const n of [1, 2, 3]) await store.getKey(url(n));
    first.done();
    assert.equal(store.size, 2);

    // 3 is still cached (no interceptor for it); 1 was evicted and must be fetched again.
    const again = nock(CERT_HOST).get('/echo.api/cert-1.pem').reply(200, pki.goodChain);
    await store.getKey(url(3));
    await store.getKey(url(1));
    again.done();
    assert.equal(store.size, 2);
  });

  it('downloads again once the cached chain has expired', async () => {
    let now = TEST_NOW_MS;
    const store = createCertStore({ ...options, now: () => now });
    const scope = nock(CERT_HOST).get(CERT_PATH).twice().reply(200, pki.goodChain);
    await store.getKey(CERT_URL);
    now += 366 * 86_400_000;
    // The chain is expired by now, so the fresh download is refused too.
    await rejectsWith(store.getKey(CERT_URL), 'cert-expired');
    scope.done();
  });

  it('refuses a chain whose leaf has expired', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.expiredChain);
    await rejectsWith(createCertStore(options).getKey(CERT_URL), 'cert-expired');
    scope.done();
  });

  it('refuses a chain whose leaf is not valid yet', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.notYetValidChain);
    await rejectsWith(createCertStore(options).getKey(CERT_URL), 'cert-expired');
    scope.done();
  });

  it('judges validity with the injected clock', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.goodChain);
    const store = createCertStore({ ...options, now: () => TEST_NOW_MS - 7 * 86_400_000 });
    await rejectsWith(store.getKey(CERT_URL), 'cert-expired');
    scope.done();
  });

  it('refuses a leaf without echo-api.amazon.com among its subject alternative names', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.noSanChain);
    await rejectsWith(createCertStore(options).getKey(CERT_URL), 'cert-san');
    scope.done();
  });

  it('refuses a chain signed by a CA that is not trusted', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.untrustedChain);
    await rejectsWith(createCertStore(options).getKey(CERT_URL), 'cert-chain');
    scope.done();
  });

  it('refuses a good chain when its root is not among the trusted roots', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.goodChain);
    // Default trust store: Node's bundled public roots, which never issued our test root.
    await rejectsWith(createCertStore({ now: () => TEST_NOW_MS }).getKey(CERT_URL), 'cert-chain');
    scope.done();
  });

  it('refuses a leaf issued by another leaf that is not a CA', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, pki.leafIssuedByLeafChain);
    await rejectsWith(createCertStore(options).getKey(CERT_URL), 'cert-chain');
    scope.done();
  });

  it('refuses a body that holds no certificate', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, 'hello');
    await rejectsWith(createCertStore(options).getKey(CERT_URL), 'cert-chain');
    scope.done();
  });

  it('gives up on a download that takes longer than the timeout', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).delay(1_000).reply(200, pki.goodChain);
    const started = performance.now();
    await rejectsWith(createCertStore({ ...options, fetchTimeoutMs: 100 }).getKey(CERT_URL), 'cert-download');
    assert.ok(performance.now() - started < 900, 'the timeout, not the response, ended the download');
    scope.done();
  });

  it('remembers a failed download for failureTtlMs, refusing without downloading, then tries again', async () => {
    let now = TEST_NOW_MS;
    const scope = nock(CERT_HOST)
      .get(CERT_PATH)
      .once()
      .reply(503, 'busy')
      .get(CERT_PATH)
      .once()
      .reply(200, pki.goodChain);
    const store = createCertStore({ ...options, now: () => now, failureTtlMs: 30_000 });
    await rejectsWith(store.getKey(CERT_URL), 'cert-download');
    // The second interceptor is still waiting: these are refused from memory.
    for (let i = 0; i < 5; i++) await rejectsWith(store.getKey(CERT_URL), 'cert-download');
    assert.equal(scope.isDone(), false);
    now += 30_000;
    await store.getKey(CERT_URL);
    scope.done();
  });

  it('downloads each URL once however many forged requests name it at the same time', async () => {
    let downloads = 0;
    const store = createCertStore({
      ...options,
      fetchPem: async () => {
        downloads += 1;
        throw new Error('unreachable');
      },
    });
    const all = await Promise.allSettled(Array.from({ length: 200 }, () => store.getKey(CERT_URL)));
    assert.equal(downloads, 1);
    assert.ok(all.every((result) => result.status === 'rejected'));
  });

  it('refuses a new URL at once while maxConcurrentDownloads are in flight', async () => {
    const started: string[] = [];
    const release: Array<() => void> = [];
    const fetchPem = (url: string): Promise<string> =>
      new Promise((resolve) => {
        started.push(url);
        release.push(() => resolve(pki.goodChain));
      });
    const store = createCertStore({ ...options, fetchPem, maxConcurrentDownloads: 2 });
    const urls = ['a', 'b', 'c'].map((name) => `https://s3.amazonaws.com/echo.api/${name}.pem`);
    const pending = urls.slice(0, 2).map((url) => store.getKey(url));
    await rejectsWith(store.getKey(urls[2] ?? ''), 'cert-download');
    assert.equal(started.length, 2);
    for (const done of release) done();
    await Promise.all(pending);
  });

  it('uses an injected fetcher with the configured timeout instead of node:https', async () => {
    const calls: Array<[string, number]> = [];
    const store = createCertStore({
      ...options,
      fetchTimeoutMs: 1_234,
      fetchPem: async (url, timeoutMs) => {
        calls.push([url, timeoutMs]);
        return pki.goodChain;
      },
    });
    await store.getKey(CERT_URL);
    assert.deepEqual(calls, [[CERT_URL, 1_234]]);
  });
});
