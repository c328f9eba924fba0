import assert from 'node:assert/strict';
import { startTestService, type TestService } from '../support/service';
import { alexa, google, type Platform } from './platforms';
import { atPinPrompt, mixedBurst, wrongThenRight } from './pin-burst';

const ENV = { PIN_POLICY: 'session', PIN_MAX_ATTEMPTS: '3' };
const N = 8;

async function enrol(platform: Platform, url: string, token: string, pin: string): Promise<void> {
  const conversation = platform.start(url, token);
  await conversation.say({ intent: 'getBalance' });
  await conversation.say({ intent: 'pin', pin });
  assert.match((await conversation.say({ intent: 'pin', pin })).text, /Your voice PIN is set/);
}

describe('concurrent PIN guesses on one instance never check more than PIN_MAX_ATTEMPTS PINs', () => {
  for (const [name, platforms] of [
    ['alexa', [alexa]],
    ['google', [google]],
    ['both platforms at once', [alexa, google]],
  ] as const) {
    describe(name, () => {
      let service: TestService;
      beforeEach(async () => {
        service = await startTestService({ env: ENV });
        await enrol(platforms[0], service.url, 'demo-alex', '4826');
      });
      afterEach(async () => service.close());

      it(`0 of ${N} concurrent wrong-then-right guessers reach the balance once the limit is hit`, async () => {
        const conversations = await atPinPrompt([service.url], platforms, 'demo-alex', N);
        const result = await wrongThenRight(conversations, '9173', '4826');
        assert.equal(result.checkedWrong, 3, result.replies.map((r) => r.text).join('\n'));
        assert.equal(result.balances, 0);
        assert.ok(result.replies.every((r) => r.status === 200 && !/\$\d/.test(r.text)));
      });

      it(`of ${N} guesses at the same moment (7 wrong, then the right one) at most 3 are checked`, async () => {
        const conversations = await atPinPrompt([service.url], platforms, 'demo-alex', N);
        const result = await mixedBurst(conversations, N - 1, '9173', '4826');
        assert.ok(result.checkedWrong + result.balances <= 3, result.replies.map((r) => r.text).join('\n'));
        assert.ok(result.balances <= 1);
      });
    });
  }
});
