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

  it('refuses bodies that are not well-formed UTF-8 with 400 and a fixed body on the Alexa, Dialogflow and MCP routes', async () => {
    const dev = await startTestService();
    /** The JSON text with the first "MARK" replaced by raw bytes that are not UTF-8. */
    const withBytes = (json: string, bytes: readonly number[]): Buffer => {
      const at = json.indexOf('MARK');
      return Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.from(bytes), Buffer.from(json.slice(at + 4))]);
    };
    const post = async (
      path: string,
      body: Buffer,
      headers: Record<string, string> = {},
    ): Promise<{ status: number; text: string }> => {
      const response = await fetch(`${dev.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      return { status: response.status, text: await response.text() };
    };
    const mcp = { authorization: 'Bearer demo-alex', accept: 'application/json, text/event-stream' };
    const toolCall = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'spending', arguments: { merchant: 'MARK' } },
    });
    try {
      const slot = JSON.stringify(
        alexaEnvelope({ intent: 'spending', token: 'demo-alex', slots: { merchant: 'MARK' } }),
      );
      const requestType = JSON.stringify(alexaEnvelope({ intent: 'help', token: 'demo-alex' })).replace(
        '"IntentRequest"',
        '"MARK"',
      );
      const google = JSON.stringify(
        webhookRequest({ intent: 'spending', merchant: 'MARK' }, 'demo-alex', [], 'projects/p/agent/sessions/s'),
      );
      const bad = [
        [0xff, 0xfe],
        [0xed, 0xa0, 0x80],
        [0xc0, 0xaf],
        [0xe2, 0x82],
      ];
      for (const bytes of bad) {
        const answers = [
          await post('/alexa', withBytes(slot, bytes)),
          await post('/alexa', withBytes(requestType, bytes)),
          await post('/google', withBytes(google, bytes), AUTH),
          await post('/mcp', withBytes(toolCall, bytes), mcp),
        ];
        for (const [i, { status, text }] of answers.entries())
          assert.deepEqual([status, text], [400, '{"error":"bad request"}'], `${bytes.join(',')} #${i}`);
      }
      // The same bodies in well-formed UTF-8 ("é") are answered.
      for (const [path, json, headers] of [
        ['/alexa', slot, {}],
        ['/google', google, AUTH],
        ['/mcp', toolCall, mcp],
      ] as const) {
        assert.equal((await post(path, withBytes(json, [0xc3, 0xa9]), headers)).status, 200, path);
      }
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
