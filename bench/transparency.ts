/**
 * `npm run bench:transparency`: issue 18's speed goal for `likestilling/transparency` — the
 * pay-transparency indicators (on records in memory, two threads: `startPayTransparencyWorker`; one thread beside) within
 * 0.5× of DuckDB computing the same indicators over a loaded table (`transparency-duckdb.ts`, two
 * threads) at 1 000 000 employments. Reuses the payrolls of `generate.ts` (the same cached files as
 * `npm run bench`) and the worker's process per task.
 *
 * 1. Correctness before timing: at every size the library and DuckDB agree on every figure DuckDB
 *    computes (and a canary — one woman recorded as a man — must be caught at the smallest size).
 * 2. Timing: the library on one thread (`computePayTransparency`) and DuckDB alternating round by
 *    round in one process (`transparency-pair`), then the library on two threads
 *    (`startPayTransparencyWorker` of `likestilling/node`, as DuckDB runs on two; the goal's ratio)
 *    in rounds of its own (a worker thread alive in the process slows DuckDB's queries about
 *    twofold); best round of each, CPU times beside; each size in its own process. Repeat the
 *    command for ranges: the machine is shared.
 *
 * Options: `--sizes 10000,100000,1000000`, `--rounds 5`, `--seed N`, `--repeat 1` (pairs per size).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from './_lib/paths.js';
import { workerRunner } from './_lib/runWorker.js';
import { DEFAULT_SEED, ensurePayroll } from './generate.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    repeat: { type: 'string', default: '1' },
  },
  allowPositionals: true,
  strict: true,
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isSafeInteger(n) && n > 0)
  .sort((a, b) => a - b);
const seed = Number(values.seed);
const runWorker = workerRunner(import.meta.url, seed);

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const min = (xs: readonly number[] | undefined): number => Math.min(...(xs ?? [Number.NaN]));
const lines: string[] = [];
const log = (s: string): void => {
  lines.push(s);
  process.stdout.write(s + '\n');
};

log(
  `likestilling bench:transparency — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
let failed = false;
for (const size of sizes) {
  ensurePayroll(size, seed);
  const check = runWorker('transparency-check', size, 1);
  const bad = check.disagreements?.['duckdb→library'] ?? 0;
  log(`check ${size.toLocaleString('en')}: ${check.figures} figures, disagreements ${bad}; canary caught by ${check.canary} figures`);
  for (const x of check.examples ?? []) log(`  ${x.path}: DuckDB ${JSON.stringify(x.reference)} vs library ${JSON.stringify(x.actual)}`);
  if (bad > 0 || check.canary === 0) failed = true;
}
if (failed) {
  log('The library and DuckDB disagree (or the canary was not caught): not timing.');
  process.exit(1);
}
log('');
log(
  '| size | run | library, two threads: startPayTransparencyWorker (CPU) | library, one thread: computePayTransparency (CPU) | DuckDB loaded-table queries, two threads (CPU) | ratio two threads | ratio one thread | rounds (two / one thread / DuckDB, ms) | figures agreeing |',
);
log('|---:|---:|---:|---:|---:|---:|---:|---|---:|');
for (const size of sizes) {
  for (let r = 1; r <= Number(values.repeat); r++) {
    const rounds = size >= 1_000_000 ? Number(values.rounds) : Math.max(Number(values.rounds), 10);
    const p = runWorker('transparency-pair', size, rounds);
    const s = p.series ?? {};
    const lib = min(s['library']);
    const par = min(s['parallel']);
    const duck = min(s['duckdb']);
    const agree = (p.disagreements?.['duckdb→library'] ?? 1) === 0 ? `${p.figures} of ${p.figures}` : `DISAGREE (${p.disagreements?.['duckdb→library']})`;
    const rounds2 = (xs: readonly number[] | undefined): string => (xs ?? []).map((x) => x.toFixed(0)).join(' · ');
    log(
      `| ${size.toLocaleString('en')} | ${r} | ${fmt(par)} (${fmt(min(s['parallelCpu']))}) | ${fmt(lib)} (${fmt(min(s['libraryCpu']))}) | ${fmt(duck)} (${fmt(min(s['duckdbCpu']))}) | ${(par / duck).toFixed(2)}× | ${(lib / duck).toFixed(2)}× | ${rounds2(s['parallel'])} / ${rounds2(s['library'])} / ${rounds2(s['duckdb'])} | ${agree} |`,
    );
  }
}
log(
  `load average at end ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
writeFileSync(join(DATA_DIR, 'transparency-results.md'), lines.join('\n') + '\n');
