import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { SkillBuilders } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';
import nock from 'nock';
import { createAlexaVerifiers } from '../../skills/alexa/verification';
import { alexaHeaders, CERT_HOST, CERT_PATH, launchBody, SKILL_ID } from './signed-request';
import { testPki } from './test-ca';
import { testClock } from '../support/clock';

describe('verifiers inside ask-sdk-express-adapter', () => {
  let server: Server;
  let endpoint: string;

  // A fresh server per test: each starts with an empty certificate cache, so downloads are predictable.
  beforeEach(async () => {
    const skill = SkillBuilders.custom()
      .addRequestHandlers({
        canHandle: () => true,
        handle: (input) => input.responseBuilder.speak('hello').getResponse(),
      })
      .create();
    const verifiers = createAlexaVerifiers({
      skillId: SKILL_ID,
      trustedRoots: [testPki().rootPem],
      clock: testClock(),
    });
    const app = express();
    app.post('/alexa', new ExpressAdapter(skill, false, false, verifiers).getRequestHandlers());
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/alexa`;
  });

  afterEach(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  async function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
    const response = await fetch(endpoint, { method: 'POST', body, headers });
    return { status: response.status, text: await response.text() };
  }

  function headersFor(body: string): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(alexaHeaders(body)))
      if (typeof value === 'string') headers[name] = value;
    return headers;
  }

  it('answers a correctly signed request with 200 and the skill response', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);
    const body = launchBody();
    const { status, text } = await post(body, headersFor(body));
    assert.equal(status, 200);
    assert.match(text, /<speak>hello<\/speak>/);
    scope.done();
  });

  it('answers a request whose body was altered after signing with 400 and the reason code', async () => {
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);
    const body = launchBody();
    const { status, text } = await post(body.replace('en-US', 'en-GB'), headersFor(body));
    assert.equal(status, 400);
    assert.equal(text, 'AskSdk.Request verification failed Error, Alexa request rejected: signature');
    scope.done();
  });

  it('answers a correctly signed request for another skill with 400', async () => {
    // Warm the cache first: the adapter answers on the first failing verifier, and a download
    // still running after the answer would make the nock scope check racy.
    const scope = nock(CERT_HOST).get(CERT_PATH).reply(200, testPki().goodChain);
    const good = launchBody();
    assert.equal((await post(good, headersFor(good))).status, 200);
    scope.done();

    const body = launchBody({ applicationId: 'amzn1.ask.skill.someone-else' });
    const { status, text } = await post(body, headersFor(body));
    assert.equal(status, 400);
    assert.match(text, /application-id$/);
  });

  it('answers a request with a certificate URL outside /echo.api/ with 400 without downloading', async () => {
    const body = launchBody();
    const headers = { ...headersFor(body), signaturecertchainurl: `${CERT_HOST}/evil/cert.pem` };
    const { status, text } = await post(body, headers);
    assert.equal(status, 400);
    assert.match(text, /cert-url-path$/);
  });
});
