import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesOf, MANIFEST, sha256, type ManifestEntry } from './manifest';
import { unzip, ZipError } from './zip';

/** What a verification found. */
export interface Verification {
  readonly ok: boolean;
  /** One sentence per file that is missing, changed or not in the manifest; or why the manifest is unusable. */
  readonly problems: readonly string[];
  /** Files the manifest lists. */
  readonly files: number;
  /** SHA-256 of manifest.json: compare it with the one filed with the report. */
  readonly manifestSha256?: string;
}

/** The files of a bundle, in a folder or in its zip. */
interface FileSet {
  /** Every path except the manifest's, sorted, with `/`. */
  list(): string[];
  /** The bytes at `path`, or undefined when there is no such file. */
  read(path: string): Buffer | undefined;
}

function folder(dir: string): FileSet {
  return {
    list: () => filesOf(dir),
    read: (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined),
  };
}

function archive(path: string): FileSet {
  const files = new Map(unzip(readFileSync(path)).map((file) => [file.path, file.bytes]));
  return {
    list: () => [...files.keys()].filter((name) => name !== MANIFEST).sort(),
    read: (name) => files.get(name),
  };
}

function readEntries(text: string): ManifestEntry[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('files' in parsed) || !Array.isArray(parsed.files))
      return undefined;
    const files: unknown[] = parsed.files;
    const entries = files.filter(
      (f): f is ManifestEntry =>
        typeof f === 'object' &&
        f !== null &&
        'path' in f &&
        typeof f.path === 'string' &&
        'sha256' in f &&
        typeof f.sha256 === 'string' &&
        'bytes' in f &&
        typeof f.bytes === 'number',
    );
    return entries.length === files.length ? entries : undefined;
  } catch {
    return undefined;
  }
}

function problemWith(set: FileSet, entry: ManifestEntry): string | undefined {
  if (entry.path.split('/').includes('..')) return `${entry.path}: the manifest names a path outside the bundle`;
  const bytes = set.read(entry.path);
  if (bytes === undefined) return `${entry.path}: missing`;
  return sha256(bytes) === entry.sha256 && bytes.length === entry.bytes
    ? undefined
    : `${entry.path}: changed since the bundle was sealed (SHA-256 differs)`;
}

function verifySet(set: FileSet, name: string): Verification {
  const manifest = set.read(MANIFEST);
  if (manifest === undefined) return { ok: false, problems: [`no ${MANIFEST} in ${name}`], files: 0 };
  const text = manifest.toString('utf8');
  const entries = readEntries(text);
  if (entries === undefined)
    return {
      ok: false,
      problems: [`${MANIFEST} is not a manifest this kit wrote`],
      files: 0,
      manifestSha256: sha256(manifest),
    };
  const listed = new Set(entries.map((entry) => entry.path));
  const problems = [
    ...entries.map((entry) => problemWith(set, entry)).filter((p): p is string => p !== undefined),
    ...set
      .list()
      .filter((path) => !listed.has(path))
      .map((path) => `${path}: not in the manifest (added after sealing)`),
  ];
  return { ok: problems.length === 0, problems, files: entries.length, manifestSha256: sha256(manifest) };
}

/**
 * Recomputes the SHA-256 of every file of the bundle and compares it with its manifest.json. The
 * bundle is a folder, or the `.zip` a run wrote beside it (each entry's CRC-32 is checked too).
 */
export function verifyBundle(pathText: string): Verification {
  const path = resolve(pathText);
  if (!existsSync(path)) return { ok: false, problems: [`${pathText} does not exist`], files: 0 };
  if (statSync(path).isDirectory()) return verifySet(folder(path), pathText);
  try {
    return verifySet(archive(path), pathText);
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, problems: [`${pathText}: ${error.message}`], files: 0 };
    throw error;
  }
}
