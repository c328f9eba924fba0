import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/** The repo file a relative specifier names (`./x` → x.ts or x/index.ts), or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => path.endsWith('.ts') && existsSync(path));
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
  return found;
}

/** Every repo file reachable from `entry` through imports, re-exports, `import()` and `require()`. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const next = resolveLocal(file, fileName);
      if (next) queue.push(next);
    }
  }
  return new Set([...seen].map((path) => relative(ROOT, path).split('\\').join('/')));
}

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
