import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** The one place allowed to read the system clock. */
const CLOCK = join('shared', 'clock', 'index.ts');
const FOLDERS = [
  'shared',
  'skills',
  'sandbox',
  'simulator',
  'certify',
  'scripts',
  'bench',
  'test',
  'interaction-models',
];
/** Running code: not even monotonic readings outside the clock (deadlines take the clock's). */
const PRODUCTION = ['shared', 'skills', 'sandbox', 'simulator'];

/** Reads of the wall clock: `Date.now()`, `new Date()` without an argument, luxon's now/local/utc without one. */
const WALL_CLOCK = /\bDate\.now\s*\(|\bnew Date\s*\(\s*\)|\bDateTime\.(?:now|local|utc)\s*\(\s*\)|\bSettings\.now\b/;
/** Tests whose fixtures are the forbidden reads themselves. */
const SPELL_OUT = [join('test', 'clock', 'wall-clock.test.ts'), join('test', 'lint', 'boundaries.test.ts')];
const MONOTONIC = /\bperformance\.now\s*\(|\bprocess\.hrtime\b/;

/** The lines of `source` that read a clock they should have been given. */
function clockReads(source: string, production: boolean): string[] {
  return source.split('\n').filter((line) => WALL_CLOCK.test(line) || (production && MONOTONIC.test(line)));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('one clock', () => {
  it('finds every kind of clock read it forbids, and none in code that is handed a clock', () => {
    const bad = [
      'const a = Date.now();',
      'new Date()',
      'DateTime.now().setZone(z)',
      'DateTime.local()',
      'DateTime.utc()',
      'performance.now()',
    ];
    assert.deepEqual(
      bad.map((line) => clockReads(line, true).length),
      [1, 1, 1, 1, 1, 1],
    );
    const fine = ['new Date(ms)', 'DateTime.utc(2026, 1, 1)', 'clock.now()', 'DateTime.fromISO(text)', 'deps.now()'];
    assert.deepEqual(
      fine.map((line) => clockReads(line, true).length),
      [0, 0, 0, 0, 0],
    );
    assert.equal(clockReads('performance.now()', false).length, 0, 'a benchmark may time itself');
  });

  it('reads the system clock nowhere but shared/clock', () => {
    const found = FOLDERS.flatMap((folder) => tsFiles(join(ROOT, folder)))
      .map((path) => relative(ROOT, path))
      // This test and the lint rule's own test spell out the reads they forbid.
      .filter((path) => path !== CLOCK && !SPELL_OUT.includes(path))
      .flatMap((path) =>
        clockReads(
          readFileSync(join(ROOT, path), 'utf8'),
          PRODUCTION.some((p) => path.startsWith(`${p}/`)),
        ).map((line) => `${path}: ${line.trim()}`),
      );
    assert.deepEqual(found, []);
  });
});
