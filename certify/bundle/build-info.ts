import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../paths';
import { gitCommit, serviceVersion } from '../report/meta';
import { sha256 } from './manifest';

const ROOT = repoRoot();
/** The folders whose files make up the service and this kit. */
const SOURCE_DIRS = ['shared', 'skills', 'sandbox', 'simulator', 'certify', 'interaction-models', 'scripts'];
const SOURCE_FILE = /\.(?:ts|json)$/;

/** Every source file of the service with its SHA-256, sorted by path. */
function sourceHashes(): Array<{ path: string; sha256: string }> {
  return SOURCE_DIRS.filter((dir) => existsSync(join(ROOT, dir)))
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((path) => ({ path, sha256: sha256(readFileSync(join(ROOT, path))) }));
}

/** True when the checkout has changes not committed (so the commit alone does not name the build); undefined without git. */
function uncommittedChanges(): boolean | undefined {
  try {
    return (
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5000,
      })
        .toString()
        .trim() !== ''
    );
  } catch {
    return undefined;
  }
}

/** The installed versions of the service's direct dependencies, from package-lock.json. */
function dependencyVersions(): Record<string, string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, { version?: string }>;
  };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();
  return Object.fromEntries(
    names.map((name) => [name, lock.packages?.[`node_modules/${name}`]?.version ?? 'not in the lockfile']),
  );
}

/** Versions and hashes of the service build that was certified. */
export function buildInfo(): Record<string, unknown> {
  const sources = sourceHashes();
  return {
    service: {
      version: serviceVersion(),
      commit: gitCommit(),
      uncommittedChanges: uncommittedChanges() ?? 'unknown (no git)',
    },
    runtime: { node: process.version, platform: process.platform, arch: process.arch },
    lockfile: {
      'package.json': sha256(readFileSync(join(ROOT, 'package.json'))),
      'package-lock.json': sha256(readFileSync(join(ROOT, 'package-lock.json'))),
    },
    dependencies: dependencyVersions(),
    sources: {
      files: sources.length,
      digest: sha256(sources.map((s) => `${s.sha256}  ${s.path}\n`).join('')),
      hashes: sources,
    },
  };
}
