import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The service's repository root: the nearest directory above this file with a package.json.
 * Found by walking up, so the kit reads the same files from source (tsx) and from dist/.
 */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
