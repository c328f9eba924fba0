import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import { readFacts } from '../contract/facts';
import { PLATFORMS, runScenario } from '../contract/runner';
import { startTestService } from '../support/service';
import { MOVEMENT_ENV, MOVEMENT_SCENARIOS } from './scenarios';

describe('money movement through both adapters (MONEY_MOVEMENT=on)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'voicebank-movement-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  for (const platform of PLATFORMS) {
    for (const [index, scenario] of MOVEMENT_SCENARIOS.entries()) {
      it(`${platform.name}: ${scenario.name}`, async () => {
        // A fresh sandbox, store and audit per scenario: every customer starts with no PIN and no transfers.
        const audit = openSqliteAudit(join(folder, `${platform.name}-${index}.sqlite`));
        const service = await startTestService({ env: MOVEMENT_ENV, audit });
        try {
          await runScenario(platform, scenario, service.url, await readFacts(service.bankUrl, []));
        } finally {
          await service.close();
          await audit.close();
        }
      });
    }
  }
});
