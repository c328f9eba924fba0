import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = join(__dirname, '..', '..');

interface ProjectRules {
  readonly BOUNDARIES: Record<string, unknown>;
  readonly WALL_CLOCK: readonly unknown[];
  readonly MONOTONIC: readonly unknown[];
}
interface BoundariesModule {
  readonly boundaries: NonNullable<ESLint.Plugin['rules']>[string];
}

/**
 * The project's own boundary and clock rules, with the options `npm run lint` uses, run through
 * ESLint's Node API on source text placed at a path in the tree (no type information is needed).
 */
async function linter(): Promise<ESLint> {
  const config = (await import(join(ROOT, 'eslint.config.mjs'))) as ProjectRules;
  const { boundaries } = (await import(join(ROOT, 'lint', 'boundaries.mjs'))) as BoundariesModule;
  return new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { voicebank: { rules: { boundaries } } },
        rules: {
          'voicebank/boundaries': ['error', config.BOUNDARIES],
          'no-restricted-syntax': ['error', ...config.WALL_CLOCK, ...config.MONOTONIC],
        },
      },
    ],
  });
}

let eslint: ESLint;
/** The rule ids reported for `source` as if it were the file at `path`. */
async function findings(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('lint: layer boundaries and the one clock', () => {
  before(async () => {
    eslint = await linter();
  });

  it('fails shared/ code that imports the skills, the sandbox, the simulator, the kit or the tests, however it imports', async () => {
    assert.deepEqual(
      await findings(
        'shared/banking/bad.ts',
        "import { createApp } from '../../skills/app';\nexport const x = createApp;\n",
      ),
      ['voicebank/boundaries'],
    );
    assert.deepEqual(await findings('shared/bad.ts', "export { startSandbox } from '../sandbox';\n"), [
      'voicebank/boundaries',
    ]);
    assert.deepEqual(await findings('shared/bad.ts', "export const c = require('../test/support/clock');\n"), [
      'voicebank/boundaries',
    ]);
    assert.deepEqual(await findings('shared/bad.ts', "export const k = import('../certify');\n"), [
      'voicebank/boundaries',
    ]);
    assert.deepEqual(await findings('shared/bad.ts', "import '../simulator/main';\n"), ['voicebank/boundaries']);
  });

  it('lets shared/ import itself and packages', async () => {
    assert.deepEqual(
      await findings(
        'shared/banking/fine.ts',
        "import { DateTime } from 'luxon';\nimport type { Clock } from '../clock';\nexport type X = [DateTime, Clock];\n",
      ),
      [],
    );
  });

  it("holds skills/ to the core's public entry, and keeps the sandbox out of skills/ but not out of dev/", async () => {
    assert.deepEqual(
      await findings(
        'skills/alexa/bad.ts',
        "import { createCore } from '../../shared/banking/dispatch';\nexport const c = createCore;\n",
      ),
      ['voicebank/boundaries'],
    );
    assert.deepEqual(
      await findings(
        'skills/alexa/fine.ts',
        "import { createCore } from '../../shared';\nexport const c = createCore;\n",
      ),
      [],
    );
    assert.deepEqual(
      await findings(
        'skills/server.ts',
        "import { startSandbox } from '../sandbox';\nexport const s = startSandbox;\n",
      ),
      ['voicebank/boundaries'],
    );
    assert.deepEqual(
      await findings('dev/server.ts', "import { startSandbox } from '../sandbox';\nexport const s = startSandbox;\n"),
      [],
    );
    assert.deepEqual(
      await findings('sandbox/bad.ts', "import { createApp } from '../skills/app';\nexport const a = createApp;\n"),
      ['voicebank/boundaries'],
    );
  });

  it('fails wall-clock and monotonic clock reads in running code, and not dated constructions', async () => {
    assert.deepEqual(await findings('shared/bad.ts', 'export const a = Date.now();\nexport const b = new Date();\n'), [
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    assert.deepEqual(
      await findings(
        'skills/bad.ts',
        "import { DateTime } from 'luxon';\nexport const t = DateTime.now();\nexport const m = performance.now();\n",
      ),
      ['no-restricted-syntax', 'no-restricted-syntax'],
    );
    assert.deepEqual(
      await findings(
        'shared/fine.ts',
        "import { DateTime } from 'luxon';\nexport const t = DateTime.utc(2026, 1, 1);\nexport const d = new Date(0);\n",
      ),
      [],
    );
  });
});
