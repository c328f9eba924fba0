import assert from 'node:assert/strict';
import nock from 'nock';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import { testPki } from '../alexa-verification/test-ca';
import { CERT_HOST, CERT_PATH, CERT_URL, signBody } from '../alexa-verification/signed-request';
import { alexaEnvelope, TEST_SKILL_ID } from '../support/alexa-requests';
import { postJson, startTestService, type TestService } from '../support/service';
import { testClock, TEST_NOW_MS } from '../support/clock';

type Json = Record<string, unknown>;
const speechOf = (body: unknown): string => {
  const response = (body as Json).response as Json | undefined;
  return String((response?.outputSpeech as Json | undefined)?.ssml ?? '');
};

describe('POST /alexa with verification on', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService({
      env: { VERIFY_REQUESTS: 'true', ALEXA_SKILL_ID: TEST_SKILL_ID },
      alexaVerifiers: createAlexaVerifiers({
        skillId: TEST_SKILL_ID,
        trustedRoots: [testPki().rootPem],
        clock: testClock(),
      }),
    });
  });
  after(async () => service.close());

  const signedPost = (envelope: Json) => {
    const body = JSON.stringify(envelope);
    return postJson(`${service.url}/alexa`, body, { signaturecertchainurl: CERT_URL, 'signature-256': signBody(body) });
  };

  it('answers a signed balance request for this skill with the checking balance', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);
    const { status, body } = await signedPost(
      alexaEnvelope({ intent: 'getBalance', slots: { account: 'checking' }, token: 'demo-alex' }),
    );
    assert.equal(status, 200);
    assert.match(speechOf(body), /Everyday checking ending in .*has \$[\d,]+\.\d\d available/);
    scope.done();
  });

  it('refuses an unsigned LaunchRequest with 400', async () => {
    const { status } = await postJson(`${service.url}/alexa`, alexaEnvelope({ intent: 'launch', token: 'demo-alex' }));
    assert.equal(status, 400);
  });

  it('refuses a signed request for another skill with 400', async () => {
    nock(CERT_HOST).get(CERT_PATH).optionally().reply(200, testPki().goodChain);
    const { status } = await signedPost(
      alexaEnvelope({ intent: 'launch', token: 'demo-alex', skillId: 'amzn1.ask.skill.someone-else' }),
    );
    assert.equal(status, 400);
  });

  it('refuses a signed request stamped 200 s ago with 400', async () => {
    nock(CERT_HOST).get(CERT_PATH).optionally().reply(200, testPki().goodChain);
    const stale = new Date(TEST_NOW_MS - 200_000).toISOString();
    const { status } = await signedPost(alexaEnvelope({ intent: 'launch', token: 'demo-alex', timestamp: stale }));
    assert.equal(status, 400);
  });

  it('refuses a request whose certificate URL leaves /echo.api/ with 400, downloading nothing', async () => {
    const body = JSON.stringify(alexaEnvelope({ intent: 'launch', token: 'demo-alex' }));
    const { status } = await postJson(`${service.url}/alexa`, body, {
      signaturecertchainurl: 'https://s3.amazonaws.com/echo.api/../evil/cert.pem',
      'signature-256': signBody(body),
    });
    assert.equal(status, 400);
  });
});

describe('POST /alexa with VERIFY_REQUESTS=false (development)', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService();
  });
  after(async () => service.close());

  it('answers an unsigned balance request with the checking balance the sandbox holds', async () => {
    const { status, body } = await postJson(
      `${service.url}/alexa`,
      alexaEnvelope({ intent: 'getBalance', slots: { account: 'checking' }, token: 'demo-alex' }),
    );
    assert.equal(status, 200);
    assert.match(speechOf(body), /has \$[\d,]+\.\d\d available/);
  });

  for (const [what, body] of [
    ['broken JSON', '{"version": "1.0", "request": {'],
    ['an empty body', ''],
    ['JSON that is not an Alexa envelope', '{"hello": "world"}'],
    ['a JSON array', '[1,2]'],
  ] as const) {
    it(`answers ${what} with 400 and keeps serving`, async () => {
      const { status } = await postJson(`${service.url}/alexa`, body);
      assert.equal(status, 400);
      const health = await fetch(`${service.url}/healthz`);
      assert.equal(health.status, 200);
    });
  }

  it('answers an oversized body with 413', async () => {
    const { status } = await postJson(`${service.url}/alexa`, JSON.stringify({ pad: 'x'.repeat(200_000) }));
    assert.equal(status, 413);
  });

  it('reads bodies declared as UTF-8 (or with no charset) and refuses compressed or other-charset ones with a fixed 400', async () => {
    const body = alexaEnvelope({ intent: 'launch', token: 'demo-alex' });
    assert.equal(
      (await postJson(`${service.url}/alexa`, body, { 'content-type': 'application/json; charset=UTF-8' })).status,
      200,
    );
    assert.equal((await postJson(`${service.url}/alexa`, body, { 'content-type': 'application/json' })).status, 200);
    const refusals: Record<string, string>[] = [
      { 'content-type': 'application/json; charset=iso-8859-1' },
      { 'content-encoding': 'gzip' },
    ];
    for (const headers of refusals) {
      const refused = await postJson(`${service.url}/alexa`, body, headers);
      assert.equal(refused.status, 400, JSON.stringify(headers));
      assert.deepEqual(refused.body, { error: 'bad request' });
    }
  });

  it('answers an unlinked user with a LinkAccount card and ends the session', async () => {
    const { body } = await postJson(`${service.url}/alexa`, alexaEnvelope({ intent: 'getBalance' }));
    const response = (body as Json).response as Json;
    assert.equal((response.card as Json).type, 'LinkAccount');
    assert.equal(response.shouldEndSession, true);
    assert.equal(response.reprompt, undefined);
  });

  it('answers an unknown intent name with the fallback help', async () => {
    const envelope = alexaEnvelope({ intent: 'help', token: 'demo-alex' });
    ((envelope.request as Json).intent as Json).name = 'BookFlightIntent';
    const { status, body } = await postJson(`${service.url}/alexa`, envelope);
    assert.equal(status, 200);
    assert.match(speechOf(body), /can't help with that/);
  });

  it('answers an out-of-session request without failing', async () => {
    const envelope = alexaEnvelope({ intent: 'launch', token: 'demo-alex' });
    delete envelope.session;
    const { status, body } = await postJson(`${service.url}/alexa`, envelope);
    assert.equal(status, 200);
    assert.match(speechOf(body), /^<speak>Welcome (back|to your bank)\./);
  });
});
