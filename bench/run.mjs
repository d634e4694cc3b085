// `npm run bench` (after `npm run build`): bundles the benchmark's TypeScript (bench/*.ts) with
// esbuild into node_modules/.cache/likestilling-bench (out of reach of `eslint .` and git) — the
// library itself stays external — copies the built package (dist/) to …/dist there so a rebuild in the shared working tree cannot change or remove
// the library in the middle of a run, then runs bench/main.ts, which starts each measured task in
// its own plain `node --expose-gc` process (no TypeScript loader in the measured processes).
// Arguments are passed through, e.g. `npm run bench -- --sizes 10000,100000`;
// `npm run bench:transparency` runs bench/transparency.ts the same way.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const bench = fileURLToPath(new URL('.', import.meta.url));
const outdir = join(bench, '..', 'node_modules', '.cache', 'likestilling-bench');
const dist = join(bench, '..', 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(2);
}
// Under node_modules, Node finds no package scope above this folder: say that its .js files are ES modules.
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, 'package.json'), JSON.stringify({ name: 'likestilling-bench-build', private: true, type: 'module' }) + '\n');
await build({
  entryPoints: [join(bench, 'main.ts'), join(bench, 'worker.ts'), join(bench, 'transparency.ts')],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const snapshot = join(outdir, 'dist');
rmSync(snapshot, { recursive: true, force: true });
cpSync(dist, snapshot, { recursive: true, preserveTimestamps: true });
process.env.LIKESTILLING_BENCH_DIST = snapshot;
// `node bench/run.mjs transparency …` runs bench/transparency.ts (issue 18's indicators) instead of main.ts
await import(pathToFileURL(join(outdir, process.argv[2] === 'transparency' ? 'transparency.js' : 'main.js')).href);
