// `npm run bench` (after `npm run build`): bundles the benchmark's TypeScript (bench/*.ts) with
// esbuild into bench/data/.build — the library itself stays external and is imported from the
// built package (`likestilling`, `likestilling/csv` → dist/) — then runs bench/main.ts, which starts
// each measured task in its own plain `node --expose-gc` process (no TypeScript loader in the
// measured processes). Arguments are passed through, e.g. `npm run bench -- --sizes 10000,100000`.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const bench = fileURLToPath(new URL('.', import.meta.url));
const outdir = join(bench, 'data', '.build');
await build({
  entryPoints: [join(bench, 'main.ts'), join(bench, 'worker.ts')],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.js' },
  logLevel: 'warning',
});
await import(pathToFileURL(join(outdir, 'main.js')).href);
