import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { cycles, reachable, ROOT, sourceFiles } from './import-graph';

const outside = (files: Set<string>, ...allowed: string[]): string[] =>
  [...files].filter((file) => !allowed.some((folder) => file.startsWith(`${folder}/`)));

describe('the production entry points contain no sandbox', () => {
  it('finds the sandbox through the development entry, so the walk sees what it should', () => {
    const files = reachable('dev/server.ts');
    assert.ok(files.has('sandbox/server.ts'), 'dev/server.ts reaches the sandbox');
    assert.ok(files.has('skills/server.ts') && files.has('shared/index.ts'));
  });

  for (const entry of ['skills/server.ts', 'skills/lambda.ts']) {
    it(`reaches only skills/ and shared/ from ${entry}`, () => {
      const files = reachable(entry);
      assert.ok(files.size > 50, `walked ${files.size} files`);
      assert.deepEqual(outside(files, 'skills', 'shared'), []);
    });
  }
});

/**
 * Cycles still in the tree, each named so that a new one fails: the dispatch table and the PIN gate
 * and movement routes that replay through it; the reply facts and the movement facts they include.
 */
const KNOWN_CYCLES = [
  ['shared/banking/facts.ts', 'shared/banking/movement/facts.ts'],
  [
    'shared/banking/handlers/index.ts',
    'shared/banking/movement/handlers.ts',
    'shared/banking/movement/payments.ts',
    'shared/banking/movement/propose.ts',
    'shared/banking/pin/gate.ts',
  ],
];

describe('import cycles', () => {
  it('finds the cycles there are (type-only imports count: they tie modules together too)', () => {
    const found = cycles(sourceFiles('shared', 'skills', 'sandbox', 'dev'));
    assert.ok(found.length > 0, 'the known cycles are found, so the search works');
    assert.deepEqual(
      found.filter((group) => !KNOWN_CYCLES.some((known) => known.join() === group.join())),
      [],
    );
  });

  it('has none between the message catalogues and their shape, nor between the spending categories and their rules', () => {
    const found = cycles(sourceFiles('shared')).flat();
    assert.deepEqual(
      found.filter((file) => file.startsWith('shared/speech/') || file.startsWith('shared/spending/')),
      [],
    );
  });
});

describe('coverage counts what runs', () => {
  it('leaves out of .c8rc.json exactly the production files that compile to nothing (types only)', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.c8rc.json'), 'utf8')) as { exclude: string[] };
    const typeOnly = sourceFiles('shared', 'skills', 'sandbox', 'dev').filter((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      // A declaration of a value is code; only the rest need compiling to be sure.
      if (/^(?:export )?(?:async )?(?:function|const|let|class|enum)\b/m.test(source)) return false;
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, isolatedModules: true },
      });
      return outputText
        .split('\n')
        .every(
          (line) =>
            line.trim() === '' || /^"use strict";$|^Object\.defineProperty\(exports, "__esModule"/.test(line.trim()),
        );
    });
    assert.ok(typeOnly.includes('shared/bank/types.ts'), 'a known type-only file is found');
    assert.deepEqual(config.exclude.filter((pattern) => pattern !== '**/*.test.ts').sort(), typeOnly.sort());
  });
});
