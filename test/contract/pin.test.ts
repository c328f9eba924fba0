import { startTestService, type TestService } from '../support/service';
import { readFacts, type Facts } from './facts';
import { ALWAYS_SCENARIOS, PIN_SCENARIOS, STORE_DOWN_SCENARIOS } from './pin-scenarios';
import { PLATFORMS, runScenario } from './runner';
import type { Scenario } from './scenarios';

const PIN_ENV = { PIN_POLICY: 'session', PIN_SESSION_IDLE_SECONDS: '3' };

function suite(title: string, scenarios: readonly Scenario[], env: Record<string, string>): void {
  describe(title, () => {
    for (const platform of PLATFORMS) {
      for (const scenario of scenarios) {
        it(`${platform.name}: ${scenario.name}`, async () => {
          // A fresh service (and memory store) per scenario: every customer starts with no PIN.
          const service: TestService = await startTestService({ env });
          try {
            const facts: Facts = await readFacts(service.bankUrl, []);
            await runScenario(platform, scenario, service.url, facts);
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
  ...PIN_ENV, STATE_STORE: 'redis://127.0.0.1:1', STATE_KEY_SECRET: 'test-key-secret-0123456789abcdef0123',
});
suite('voice PIN with PIN_POLICY=always', ALWAYS_SCENARIOS, { PIN_POLICY: 'always' });
