/**
 * Paths of the benchmark, found from the repository root (the nearest folder above this module
 * whose package.json names `likestilling`), so they hold both under tsx and in the bundled build under node_modules/.cache/likestilling-bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'likestilling') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('bench: package.json not found above ' + start);
    dir = up;
  }
}

/** The repository root. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
/** The bench folder. */
export const BENCH_DIR = join(ROOT, 'bench');
/** Generated data and run outputs (git-ignored). */
export const DATA_DIR = join(BENCH_DIR, 'data');
