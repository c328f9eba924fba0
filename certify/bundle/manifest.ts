import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The manifest's own name, at the bundle's root; it lists every other file. */
export const MANIFEST = 'manifest.json';

/** One file of the bundle, by its path relative to the bundle's root (always with `/`). */
export interface ManifestEntry {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** What manifest.json holds. */
export interface Manifest {
  readonly algorithm: 'sha256';
  /** ISO 8601 instant the bundle was sealed. */
  readonly createdAt: string;
  readonly files: readonly ManifestEntry[];
}

/** SHA-256 of bytes, hex. */
export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir` except the manifest, as sorted relative paths. */
export function filesOf(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST)
    .sort();
}

/** The entry of one file as it is now. */
export function entryOf(dir: string, path: string): ManifestEntry {
  const bytes = readFileSync(join(dir, path));
  return { path, bytes: bytes.length, sha256: sha256(bytes) };
}

/** Writes manifest.json for everything under `dir`; the manifest's own SHA-256. */
export function sealBundle(dir: string, createdAt: string): string {
  const manifest: Manifest = { algorithm: 'sha256', createdAt, files: filesOf(dir).map((path) => entryOf(dir, path)) };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(dir, MANIFEST), text);
  return sha256(text);
}
