import assert from 'node:assert/strict';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { alexa } from '../contract/platforms';
import { startTestService, type TestService } from '../support/service';
import { connect, factsOf, textOf, type McpSession } from './client';

const continuationOf = (result: CallToolResult): string => {
  const value = factsOf(result).continuation;
  assert.equal(typeof value, 'string', 'a PIN prompt carries a continuation');
  return String(value);
};

function withService(policy: 'session' | 'always', body: (service: () => TestService) => void): void {
  describe(`with PIN_POLICY=${policy}`, () => {
    let service: TestService;
    before(async () => {
      service = await startTestService({ env: { PIN_POLICY: policy, STATE_STORE: 'memory' } });
    });
    after(async () => {
      await service.close();
    });
    body(() => service);
  });
}

describe('the voice PIN on the MCP path', function () {
  this.timeout(30_000);

  withService('session', (service) => {
    let mcp: McpSession;
    before(async () => {
      mcp = await connect(service().url, 'demo-alex');
    });
    after(async () => {
      await mcp.close();
    });

    it('asks for a PIN in the tool result, sets it through verify_pin, then answers the waiting question', async () => {
      const asked = await mcp.call('get_balance', { account: 'checking' });
      assert.equal(asked.isError, undefined);
      assert.equal(factsOf(asked).kind, 'pinRequired');
      assert.equal(factsOf(asked).stage, 'enrol');
      assert.doesNotMatch(JSON.stringify(asked), /\$|4821/);
      const confirm = await mcp.call('verify_pin', { pin: '4826', continuation: continuationOf(asked) });
      assert.equal(factsOf(confirm).stage, 'confirm');
      const answered = await mcp.call('verify_pin', { pin: '4826', continuation: continuationOf(confirm) });
      assert.match(
        textOf(answered),
        /^Your voice PIN is set\. Everyday checking ending in 4821 has \$[\d,.]+ available/,
      );
      assert.equal(factsOf(answered).kind, 'balances');
      assert.doesNotMatch(JSON.stringify(answered.structuredContent), /4826/);
    });

    it('holds the PIN for the token: the next call answers without asking', async () => {
      const again = await mcp.call('list_accounts');
      assert.equal(factsOf(again).kind, 'accounts');
    });

    it('shares the PIN with the voice channels: Alexa asks for the PIN set over MCP and accepts it', async () => {
      const voice = alexa.start(service().url, 'demo-alex');
      assert.match(
        (await voice.say({ intent: 'getBalance', account: 'savings' })).text,
        /say your four-digit voice PIN/,
      );
      assert.match((await voice.say({ intent: 'pin', pin: '4826' })).text, /Rainy Day savings ending in 7710 has/);
    });

    it("answers verify_pin with nothing waiting, or an unreadable continuation, with the core's words", async () => {
      for (const continuation of [undefined, 'not-a-continuation', Buffer.from('[1,2]').toString('base64url')]) {
        const result = await mcp.call('verify_pin', { pin: '4826', ...(continuation ? { continuation } : {}) });
        assert.equal(result.isError, undefined);
        assert.doesNotMatch(textOf(result), /\$/);
      }
    });
  });

  withService('always', (service) => {
    it('asks every time, and verify_pin answers the question it carries', async () => {
      const voice = alexa.start(service().url, 'demo-kim');
      await voice.say({ intent: 'listAccounts' });
      await voice.say({ intent: 'pin', pin: '4826' });
      assert.match((await voice.say({ intent: 'pin', pin: '4826' })).text, /Your voice PIN is set/);
      const mcp = await connect(service().url, 'demo-kim');
      try {
        for (let turn = 0; turn < 2; turn += 1) {
          const asked = await mcp.call('card_details', { last_four: '1456' });
          assert.equal(factsOf(asked).stage, 'verify');
          const answered = await mcp.call('verify_pin', { pin: '4826', continuation: continuationOf(asked) });
          assert.equal(factsOf(answered).kind, 'card');
        }
      } finally {
        await mcp.close();
      }
    });

    it('locks after three wrong PINs over MCP, and the lock holds for Alexa', async () => {
      const mcp = await connect(service().url, 'demo-kim');
      try {
        let prompt = await mcp.call('pending_transactions');
        for (const left of [2, 1]) {
          prompt = await mcp.call('verify_pin', { pin: '9173', continuation: continuationOf(prompt) });
          assert.equal(factsOf(prompt).attemptsLeft, left);
        }
        const locked = await mcp.call('verify_pin', { pin: '9173', continuation: continuationOf(prompt) });
        assert.equal(locked.isError, true);
        assert.deepEqual(factsOf(locked), { kind: 'failure', reason: 'pinLocked', retryAfterMinutes: 15 });
        const right = await mcp.call('get_balance', {});
        assert.equal(right.isError, true);
      } finally {
        await mcp.close();
      }
      const heard = await alexa.start(service().url, 'demo-kim').say({ intent: 'getBalance' });
      assert.match(heard.text, /locked .* try again in 15 minutes/);
    });
  });
});
