/**
 * Zips interaction-models/dialogflow into dist/dialogflow-agent.zip for Dialogflow ES
 * "Import from zip" (agent.json at the archive root), with the certification kit's ZIP writer
 * (certify/bundle/zip.ts: fixed timestamps) and sorted entries, so the same folder gives the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zip, type ZipFile } from '../certify/bundle/zip';

export { zip } from '../certify/bundle/zip';

/** Every file under `root`, named relative to it with forward slashes, in a stable order. */
export function filesUnder(root: string): ZipFile[] {
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return paths
    .map((path) => ({ path: relative(root, path).split(sep).join('/'), bytes: readFileSync(path) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function main(): void {
  const root = resolve(__dirname, '..');
  const entries = filesUnder(join(root, 'interaction-models', 'dialogflow'));
  const out = join(root, 'dist', 'dialogflow-agent.zip');
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(out, zip(entries));
  console.log(`${relative(root, out)}: ${entries.length} files`);
}

if (require.main === module) main();
