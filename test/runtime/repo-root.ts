import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder up from this module with Ops Desk's package.json. Found
 * by walking, not by a fixed relative path, because build/run-ts.mjs runs a bundled copy of this
 * module from node_modules/.cache.
 */
export function repoRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ops-desk') return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the Ops Desk repository above ${from}`);
  }
}
