import assert from 'node:assert/strict';
import { internalText } from '../../bench/reliability/checks';
import { webhookRequest } from '../contract/platforms';
import { alexaEnvelope } from '../support/alexa-requests';
import { postJson, startTestService, TEST_DIALOGFLOW_SECRET, type TestService } from '../support/service';

const AUTH = { authorization: `Basic ${Buffer.from(`dialogflow:${TEST_DIALOGFLOW_SECRET}`).toString('base64')}` };

/** `{"a":{"a":…}}` nested `depth` times, as text (JSON.stringify itself would recurse that deep). */
const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('hostile input never gets a 5xx or internal text', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService({
      env: { VERIFY_REQUESTS: 'true', ALEXA_SKILL_ID: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' },
    });
  });
  after(async () => service.close());

  for (const locale of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`answers the locale "${locale}" in English on both platforms`, async () => {
      const dev = await startTestService();
      try {
        const alexa = await postJson(`${dev.url}/alexa`, alexaEnvelope({ intent: 'help', token: 'demo-alex', locale }));
        const request = webhookRequest({ intent: 'help' }, 'demo-alex', [], 'projects/p/agent/sessions/s');
        (request.queryResult as Record<string, unknown>).languageCode = locale;
        const google = await postJson(`${dev.url}/google`, request, AUTH);
        for (const { status, text } of [alexa, google]) {
          assert.equal(status, 200);
          assert.match(text, /You can ask/);
          assert.equal(internalText(text), undefined, text);
        }
      } finally {
        await dev.close();
      }
    });
  }

  it('refuses session attributes nested 5,000 deep with 400 and a fixed body, before any SDK parses them', async () => {
    const dev = await startTestService();
    try {
      const envelope = JSON.stringify(
        alexaEnvelope({ intent: 'help', token: 'demo-alex', attributes: { deep: 0 } }),
      ).replace('{"deep":0}', nested(5000));
      const alexa = await postJson(`${dev.url}/alexa`, envelope);
      const google = await postJson(`${dev.url}/google`, `{"queryResult":${nested(5000)}}`, AUTH);
      for (const { status, text } of [alexa, google]) {
        assert.equal(status, 400);
        assert.equal(text, '{"error":"bad request"}');
      }
      assert.equal(
        (await postJson(`${dev.url}/alexa`, alexaEnvelope({ intent: 'help', token: 'demo-alex' }))).status,
        200,
        'still serving',
      );
    } finally {
      await dev.close();
    }
  });

  it('sends a refused Alexa request a fixed body and keeps the reason for the log', async () => {
    const { status, text } = await postJson(
      `${service.url}/alexa`,
      alexaEnvelope({ intent: 'launch', token: 'demo-alex' }),
    );
    assert.equal(status, 400);
    assert.equal(text, '{"error":"bad request"}');
    assert.ok(
      service.logs.some((line) => line.includes('"reason":"cert-url-missing"')),
      'the reason is logged',
    );
  });

  it('answers a wrong Dialogflow secret and a missing one with fixed bodies', async () => {
    const request = webhookRequest({ intent: 'help' }, 'demo-alex', [], 'projects/p/agent/sessions/s');
    const wrong = await postJson(`${service.url}/google`, request, { 'x-voicebank-secret': 'not-the-secret-at-all' });
    const missing = await postJson(`${service.url}/google`, request);
    assert.deepEqual([wrong.status, wrong.text], [403, '{"error":"forbidden"}']);
    assert.deepEqual([missing.status, missing.text], [401, '{"error":"unauthorized"}']);
  });
});
