import assert from 'node:assert/strict';
import { alexaEnvelope } from '../support/alexa-requests';
import { postJson, startTestService, type TestService } from '../support/service';
import { alexa } from './platforms';
import { readFacts, type Facts } from './facts';
import { ALWAYS_SCENARIOS, PIN_SCENARIOS, STORE_DOWN_SCENARIOS } from './pin-scenarios';
import { advancing, PLATFORMS, runScenario } from './runner';
import { testClock } from '../support/clock';
import type { Scenario } from './scenarios';

const PIN_ENV = { PIN_POLICY: 'session', PIN_SESSION_IDLE_SECONDS: '3' };

function suite(title: string, scenarios: readonly Scenario[], env: Record<string, string>): void {
  describe(title, () => {
    for (const platform of PLATFORMS) {
      for (const scenario of scenarios) {
        it(`${platform.name}: ${scenario.name}`, async () => {
          // A fresh service (and memory store) per scenario: every customer starts with no PIN. Its
          // clock is the test's, so an idle wait moves it rather than sleeping.
          const clock = testClock();
          const service: TestService = await startTestService({ env, clock });
          try {
            const facts: Facts = await readFacts(service.bankUrl, []);
            await runScenario(platform, scenario, service.url, facts, advancing(clock));
          } finally {
            await service.close();
          }
        });
      }
    }
  });
}

suite('voice PIN step-up with PIN_POLICY=session, through both adapters', PIN_SCENARIOS, PIN_ENV);
suite('voice PIN with the state store unreachable (fail closed)', STORE_DOWN_SCENARIOS, {
  ...PIN_ENV,
  STATE_STORE: 'redis://127.0.0.1:1',
  STATE_KEY_SECRET: 'test-key-secret-0123456789abcdef0123',
});
suite('voice PIN with PIN_POLICY=always', ALWAYS_SCENARIOS, { PIN_POLICY: 'always' });

describe('voice PIN against forged session state', () => {
  it('a forged enrolment flow cannot replace an existing PIN: the digits are checked as a PIN', async () => {
    const service = await startTestService({ env: PIN_ENV });
    try {
      const conversation = alexa.start(service.url, 'demo-alex');
      await conversation.say({ intent: 'getBalance' });
      await conversation.say({ intent: 'pin', pin: '4826' });
      await conversation.say({ intent: 'pin', pin: '4826' });
      const forged = { pinFlow: { stage: 'confirm', pending: { intent: 'getBalance' } } };
      for (const stage of ['enrol', 'confirm']) {
        const envelope = alexaEnvelope({
          intent: 'pin',
          slots: { pin: '1357' },
          token: 'demo-alex',
          sessionId: `forged-${stage}`,
          attributes: { pinFlow: { ...forged.pinFlow, stage } },
        });
        const { body } = await postJson(`${service.url}/alexa`, envelope);
        const text = JSON.stringify(body);
        assert.doesNotMatch(text, /PIN is set|\$\d/);
        assert.match(text, /isn't right/);
      }
    } finally {
      await service.close();
    }
  });
});
