/**
 * `npm run models`: writes the Alexa interaction models and the Dialogflow ES agent from the intent
 * catalogue (interaction-models/catalogue), and removes generated files the catalogue no longer
 * makes. Running it twice changes nothing. skill.json, accountLinking.json and ask-resources.json
 * are written by hand and left alone.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateModelFiles, GENERATED_DIRS, type ModelFile } from '../interaction-models/generate/files';

/** The `.json` files in the generated folders that the catalogue no longer produces. */
export function staleModelFiles(root: string, files: readonly ModelFile[]): string[] {
  const wanted = new Set(files.map((file) => file.path));
  return GENERATED_DIRS.flatMap((dir) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).filter((name) => name.endsWith('.json'));
    } catch {
      // a folder not made yet holds nothing stale
    }
    return names.map((name) => `${dir}/${name}`).filter((path) => !wanted.has(path));
  });
}

function readOrNothing(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes what changed and removes what is stale; returns how many files each. */
export function writeModels(root: string): { written: number; removed: number; total: number } {
  const files = generateModelFiles();
  let written = 0;
  for (const file of files) {
    const path = join(root, file.path);
    if (readOrNothing(path) === file.content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    written += 1;
  }
  const stale = staleModelFiles(root, files);
  for (const path of stale) rmSync(join(root, path));
  return { written, removed: stale.length, total: files.length };
}

if (require.main === module) {
  const { written, removed, total } = writeModels(resolve(__dirname, '..'));
  console.log(`models: ${total} files from the catalogue, ${written} written, ${removed} stale removed`);
}
