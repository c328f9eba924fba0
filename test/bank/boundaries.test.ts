import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const WIRE = join(ROOT, 'shared', 'bank', 'wire');
const BANK = join(ROOT, 'shared', 'bank');

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('bank client boundaries', () => {
  it('keeps FDX wire types inside shared/bank', () => {
    const offenders: string[] = [];
    for (const dir of ['skills', 'shared', 'sandbox', 'bench', 'scripts', 'test']) {
      for (const file of tsFiles(join(ROOT, dir))) {
        if (file.startsWith(`${BANK}/`)) continue;
        const specifiers = [...readFileSync(file, 'utf8').matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map(
          (m) => m[1] ?? '',
        );
        if (specifiers.some((spec) => resolve(dirname(file), spec).replace(/\.ts$/, '') === WIRE))
          offenders.push(relative(ROOT, file));
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('exports the client surface from shared/bank/index.ts and no wire types', () => {
    const index = readFileSync(join(BANK, 'index.ts'), 'utf8');
    assert.match(index, /createBankClient/);
    assert.doesNotMatch(index, /wire/);
  });
});
