import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');

/** The repo file a relative specifier names (`./x` → x.ts or x/index.ts), or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => path.endsWith('.ts') && existsSync(path));
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
  return found;
}

const repoPath = (path: string): string => relative(ROOT, path).split('\\').join('/');

/** The repo files `file` (repo-relative) imports, re-exports, `import()`s or `require()`s, type-only ones included. */
export function importsOf(file: string): string[] {
  const absolute = join(ROOT, file);
  const { importedFiles } = ts.preProcessFile(readFileSync(absolute, 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const next = resolveLocal(absolute, fileName);
    return next ? [repoPath(next)] : [];
  });
}

/** Every repo file reachable from `entry` (repo-relative). */
export function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

/** Every .ts file under the folders (repo-relative). */
export function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) return walk(path);
      return name.endsWith('.ts') ? [path] : [];
    });
  return folders.flatMap(walk);
}

/** The import cycles among `files`, each as the files around it (one per strongly connected group). */
export function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      group.push(top);
      if (top === file) break;
    }
    const selfLoop = graph.get(file)?.includes(file) ?? false;
    if (group.length > 1 || selfLoop) found.push(group.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}
