import assert from 'node:assert/strict';
import nock from 'nock';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import { testPki } from '../alexa-verification/test-ca';
import { CERT_HOST, CERT_PATH, CERT_URL, signBody } from '../alexa-verification/signed-request';
import { alexaEnvelope, TEST_SKILL_ID } from '../support/alexa-requests';
import { testClock } from '../support/clock';
import { postJson, startTestService, type TestService } from '../support/service';

type Json = Record<string, unknown>;
const SETTINGS_API = 'https://api.amazonalexa.com';

/**
 * A cold certificate (1.5 s to download), a Settings API that hangs and a bank that needs 0.8 s: with
 * the 2.5 s turn deadline counted from receipt, those 0.8 s are no longer there, so the user
 * hears the apology. Counted from when the core started, the balance would have been read.
 */
describe('the turn deadline counts from when the request arrived', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService({
      env: {
        VERIFY_REQUESTS: 'true',
        ALEXA_SKILL_ID: TEST_SKILL_ID,
        TURN_DEADLINE_MS: '2500',
        BANK_TIMEOUT_MS: '2000',
      },
      alexaVerifiers: createAlexaVerifiers({
        skillId: TEST_SKILL_ID,
        trustedRoots: [testPki().rootPem],
        clock: testClock(),
      }),
    });
  });
  after(async () => service.close());

  const signed = (token: string) => {
    const envelope = alexaEnvelope({ intent: 'getBalance', slots: { account: 'checking' }, token });
    const system = (envelope.context as Json).System as Json;
    Object.assign(system, { apiEndpoint: SETTINGS_API, apiAccessToken: 'settings-token' });
    const body = JSON.stringify(envelope);
    return postJson(`${service.url}/alexa`, body, { signaturecertchainurl: CERT_URL, 'signature-256': signBody(body) });
  };

  it('spends the certificate download and the time-zone lookup from the same budget as the bank', async () => {
    const cert = nock(CERT_HOST).get(CERT_PATH).delay(1500).reply(200, testPki().goodChain);
    nock(SETTINGS_API)
      .get(/System\.timeZone$/)
      .delay(5000)
      .reply(200, '"America/Chicago"');
    const { status, text } = await signed('fault-slow-400');
    assert.equal(status, 200);
    assert.match(text, /can't reach your bank/);
    assert.doesNotMatch(text, /\$\d/);
    cert.done();
  });

  it('still reads the balance when the same bank answers a warm request at once', async () => {
    nock(SETTINGS_API)
      .get(/System\.timeZone$/)
      .optionally()
      .reply(200, '"America/Chicago"');
    const { status, text } = await signed('demo-alex');
    assert.equal(status, 200);
    assert.match(text, /has \$[\d,]+\.\d\d available/);
  });
});
