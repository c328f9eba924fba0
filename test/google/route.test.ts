import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger, silentLogger } from '../../shared/log/logger';
import { googleHandlers, type GoogleRouteOptions } from '../../skills/google/route';
import { fakeCore, fixture, LINKED_REPLY, PERIODS, serve } from './helpers';

const SECRET = 'correct-horse-battery-staple';

describe('POST /google', () => {
  let url: string;
  let stop: () => Promise<void>;

  async function start(options: Partial<GoogleRouteOptions> = {}): Promise<void> {
    const app = express();
    const { core } = fakeCore(LINKED_REPLY);
    app.post(
      '/google',
      ...googleHandlers({
        core,
        logger: silentLogger(),
        secret: SECRET,
        verify: true,
        defaultTimeZone: 'America/New_York',
        periods: PERIODS,
        ...options,
      }),
    );
    // A sibling route that, like /alexa, must still see the raw, unparsed body.
    app.post('/raw', (req, res) => {
      res.json({ parsed: req.body !== undefined });
    });
    ({ url, stop } = await serve(app));
  }

  afterEach(async () => stop());

  async function post(
    body: string,
    headers: Record<string, string> = {},
    path = '/google',
  ): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
    return { status: response.status, json: await response.json() };
  }

  const basic = (user: string, password: string): Record<string, string> => ({
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
  });
  const webhook = (): string => JSON.stringify(fixture('linked-assistant-balance'));

  it('answers a request with the right basic-auth password (any user name) with the webhook response', async () => {
    await start();
    const { status, json } = await post(webhook(), basic('dialogflow', SECRET));
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(json as object).sort(), [
      'fulfillmentMessages',
      'fulfillmentText',
      'outputContexts',
      'payload',
    ]);
  });

  it('answers a request with the right x-voicebank-secret header', async () => {
    await start();
    assert.equal((await post(webhook(), { 'x-voicebank-secret': SECRET })).status, 200);
  });

  it('refuses a request without a secret with 401 and a body that says nothing more', async () => {
    await start();
    assert.deepEqual(await post(webhook()), { status: 401, json: { error: 'unauthorized' } });
  });

  it('refuses a wrong secret with 403, by basic auth or header, with a body that says nothing more', async () => {
    await start();
    assert.deepEqual(await post(webhook(), basic('dialogflow', `${SECRET}x`)), {
      status: 403,
      json: { error: 'forbidden' },
    });
    assert.deepEqual(await post(webhook(), { 'x-voicebank-secret': 'guess' }), {
      status: 403,
      json: { error: 'forbidden' },
    });
    assert.deepEqual(await post(webhook(), basic(SECRET, '')), { status: 403, json: { error: 'forbidden' } });
  });

  it('refuses every request with 401 when verification is on but no secret is configured, and warns at creation', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    await start({ secret: undefined, logger: createLogger({ destination }) });
    assert.equal(lines.filter((line) => line.includes('"level":40') && line.includes('no secret')).length, 1);
    assert.deepEqual(await post(webhook(), { 'x-voicebank-secret': SECRET }), {
      status: 401,
      json: { error: 'unauthorized' },
    });
  });

  it('lets every request through when verification is off', async () => {
    await start({ verify: false, secret: undefined });
    assert.equal((await post(webhook())).status, 200);
  });

  it('answers malformed JSON with 400 and no detail', async () => {
    await start();
    assert.deepEqual(await post('{"queryResult": ', basic('x', SECRET)), {
      status: 400,
      json: { error: 'bad request' },
    });
  });

  it('answers JSON that is not a WebhookRequest with 400', async () => {
    await start();
    for (const body of [
      '{}',
      '[]',
      '{"queryResult": null}',
      '{"queryResult": {"intent": null}}',
      '{"queryResult": {"outputContexts": [null]}}',
    ]) {
      assert.deepEqual(await post(body, basic('x', SECRET)), { status: 400, json: { error: 'bad request' } }, body);
    }
  });

  it('still answers with a spoken apology and no detail when actions-on-google itself cannot handle the request', async () => {
    await start();
    // An idToken makes the SDK try Google Sign-In verification, which this app does not configure.
    const body = JSON.stringify({
      queryResult: { languageCode: 'en' },
      originalDetectIntentRequest: { payload: { user: { idToken: 'x.y.z' } } },
    });
    const apology = 'Sorry, something went wrong on my side. Please try again.';
    assert.deepEqual(await post(body, basic('x', SECRET)), {
      status: 200,
      json: { fulfillmentText: apology, fulfillmentMessages: [{ text: { text: [apology] } }] },
    });
  });

  it('answers a body over 100 kB with 413', async () => {
    await start();
    const big = JSON.stringify({ queryResult: { queryText: 'x'.repeat(110_000) } });
    assert.equal((await post(big, basic('x', SECRET))).status, 413);
  });

  it('leaves the bodies of other routes unparsed', async () => {
    await start();
    assert.deepEqual(await post('{"a":1}', {}, '/raw'), { status: 200, json: { parsed: false } });
  });
});
