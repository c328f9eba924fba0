import { startTestService, type TestService } from '../support/service';
import { readFacts, type Facts } from './facts';
import { PLATFORMS, runScenario } from './runner';
import { SCENARIOS } from './scenarios';

describe('one scenario list through every adapter, over HTTP against the sandbox bank', () => {
  let service: TestService;
  let facts: Facts;

  before(async () => {
    service = await startTestService();
    facts = await readFacts(service.bankUrl, ['demo-alex', 'demo-sam', 'demo-kim']);
  });
  after(async () => service.close());

  for (const platform of PLATFORMS) {
    describe(platform.name, () => {
      for (const scenario of SCENARIOS.filter((s) => !s.only || s.only === platform.name)) {
        it(scenario.name, async () => runScenario(platform, scenario, service.url, facts));
      }
    });
  }
});
