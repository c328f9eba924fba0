import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entryOf, filesOf, MANIFEST, sha256, type ManifestEntry } from './manifest';

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

function readEntries(text: string): ManifestEntry[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('files' in parsed) || !Array.isArray(parsed.files)) return undefined;
    const files: unknown[] = parsed.files;
    const entries = files.filter((f): f is ManifestEntry => typeof f === 'object' && f !== null
      && 'path' in f && typeof f.path === 'string' && 'sha256' in f && typeof f.sha256 === 'string' && 'bytes' in f && typeof f.bytes === 'number');
    return entries.length === files.length ? entries : undefined;
  } catch {
    return undefined;
  }
}

function problemWith(dir: string, entry: ManifestEntry): string | undefined {
  if (entry.path.split('/').includes('..')) return `${entry.path}: the manifest names a path outside the bundle`;
  if (!existsSync(join(dir, entry.path))) return `${entry.path}: missing`;
  const now = entryOf(dir, entry.path);
  return now.sha256 === entry.sha256 && now.bytes === entry.bytes ? undefined : `${entry.path}: changed since the bundle was sealed (SHA-256 differs)`;
}

/** Recomputes the SHA-256 of every file of the bundle in `dir` and compares it with manifest.json. */
export function verifyBundle(dirText: string): Verification {
  const dir = resolve(dirText);
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) return { ok: false, problems: [`no ${MANIFEST} in ${dirText}`], files: 0 };
  const text = readFileSync(manifestPath, 'utf8');
  const entries = readEntries(text);
  if (entries === undefined) return { ok: false, problems: [`${MANIFEST} is not a manifest this kit wrote`], files: 0, manifestSha256: sha256(text) };
  const listed = new Set(entries.map((entry) => entry.path));
  const problems = [
    ...entries.map((entry) => problemWith(dir, entry)).filter((p): p is string => p !== undefined),
    ...filesOf(dir).filter((path) => !listed.has(path)).map((path) => `${path}: not in the manifest (added after sealing)`),
  ];
  return { ok: problems.length === 0, problems, files: entries.length, manifestSha256: sha256(text) };
}
