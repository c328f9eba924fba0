import assert from 'node:assert/strict';
import nock from 'nock';
import {
  createCertStore,
  createSignatureVerifier,
  VerificationError,
  type VerificationReason,
} from '../../skills/alexa/verification';
import { alexaHeaders, CERT_HOST, CERT_PATH, launchBody, signBody } from './signed-request';
import { testPki } from './test-ca';
import { TEST_NOW_MS } from '../support/clock';

async function rejectsWith(promise: Promise<unknown>, reason: VerificationReason): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof VerificationError && error.reason === reason);
}

describe('signature verifier', () => {
  let verifier: ReturnType<typeof createSignatureVerifier>;
  const serveChain = (): nock.Scope => nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);

  before(() => {
    testPki();
  });
  beforeEach(() => {
    verifier = createSignatureVerifier(createCertStore({ trustedRoots: [testPki().rootPem], now: () => TEST_NOW_MS }));
  });

  it('accepts a body signed with the certificate chain key', async () => {
    const scope = serveChain();
    const body = launchBody();
    await verifier.verify(body, alexaHeaders(body));
    scope.done();
  });

  it('accepts a body with non-ASCII characters signed over its UTF-8 bytes', async () => {
    const scope = serveChain();
    const body = launchBody().replace('"en-US"', '"en-US","note":"Café – 😀"');
    await verifier.verify(body, alexaHeaders(body));
    scope.done();
  });

  it('looks the headers up regardless of the case of their names', async () => {
    const scope = serveChain();
    const body = launchBody();
    const headers = { SignatureCertChainUrl: `${CERT_HOST}${CERT_PATH}`, 'Signature-256': signBody(body) };
    await verifier.verify(body, headers);
    scope.done();
  });

  it('downloads the chain from the normalised URL when the header has an upper-case host', async () => {
    const scope = serveChain();
    const body = launchBody();
    await verifier.verify(body, alexaHeaders(body, `HTTPS://S3.AMAZONAWS.COM:443${CERT_PATH}`));
    scope.done();
  });

  it('refuses a signature made for another body', async () => {
    const scope = serveChain();
    const body = launchBody();
    const headers = { ...alexaHeaders(body), 'signature-256': signBody(launchBody({ applicationId: 'other' })) };
    await rejectsWith(verifier.verify(body, headers), 'signature');
    scope.done();
  });

  it('refuses a body changed by one byte after signing', async () => {
    const scope = serveChain();
    const body = launchBody();
    const headers = alexaHeaders(body);
    const tampered = body.replace('"LaunchRequest"', '"LaunchRequesT"');
    assert.equal(tampered.length, body.length);
    await rejectsWith(verifier.verify(tampered, headers), 'signature');
    scope.done();
  });

  it('refuses a signature that is not base64', async () => {
    const body = launchBody();
    await rejectsWith(
      verifier.verify(body, { ...alexaHeaders(body), 'signature-256': '!!not base64!!' }),
      'signature-missing',
    );
  });

  it('refuses a request without the Signature-256 header and downloads nothing', async () => {
    const body = launchBody();
    const { 'signature-256': _signature, ...headers } = alexaHeaders(body);
    await rejectsWith(verifier.verify(body, headers), 'signature-missing');
  });

  it('refuses a request without the SignatureCertChainUrl header', async () => {
    const body = launchBody();
    const { signaturecertchainurl: _url, ...headers } = alexaHeaders(body);
    await rejectsWith(verifier.verify(body, headers), 'cert-url-missing');
  });

  it('refuses a bad certificate URL before downloading anything', async () => {
    const body = launchBody();
    await rejectsWith(
      verifier.verify(body, alexaHeaders(body, `${CERT_HOST}/echo.api/../evil/cert.pem`)),
      'cert-url-path',
    );
  });

  it('refuses a request whose chain cannot be downloaded', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(404, 'missing');
    const body = launchBody();
    await rejectsWith(verifier.verify(body, alexaHeaders(body)), 'cert-download');
    scope.done();
  });

  it('keeps the body and headers out of the error message', async () => {
    const scope = serveChain();
    const body = launchBody();
    const headers = { ...alexaHeaders(body), 'signature-256': signBody('{}') };
    await assert.rejects(
      verifier.verify(body, headers),
      (error: unknown) => error instanceof Error && error.message === 'Alexa request rejected: signature',
    );
    scope.done();
  });
});
