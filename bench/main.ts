/**
 * `npm run bench`: issue 3's performance benchmark.
 *
 * 1. Generates (or reuses) the seeded payrolls of 10 000, 100 000 and 1 000 000 employments.
 * 2. Correctness before timing: on 10 000 and 100 000, the library, the naive decimal loop and
 *    DuckDB must agree on every figure; disagreements are printed and the run exits 1.
 * 3. Times, in child processes: the library against DuckDB in memory and CSV → report, alternating
 *    round by round in one process (same machine load on both sides; best round counts); then each
 *    single task in its own process for its peak memory, cold time and time splits (whole-file and
 *    streaming reader, `mapEmployeesCsvFile` of `likestilling/node`, the CLI, DuckDB), and the naive
 *    decimal loop.
 * 4. Prints the ratios against the goals at 1 000 000 and writes `bench/data/results.{json,md}`.
 *
 * Options: `--sizes 10000,100000,1000000`, `--seed N`, `--skip-check`, `--keep-going` (time even if
 * the check fails), `--naive-limit-s 120` (above this the naive 1M run is extrapolated from 100 000).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from './_lib/paths.js';
import { workerRunner } from './_lib/runWorker.js';
import { DEFAULT_SEED, ensurePayroll } from './generate.js';
import type { TaskResult } from './worker.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'skip-check': { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    'naive-limit-s': { type: 'string', default: '120' },
  },
  strict: true,
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isSafeInteger(n) && n > 0)
  .sort((a, b) => a - b);
const seed = Number(values.seed);
const naiveLimitMs = Number(values['naive-limit-s']) * 1000;

const runWorker = workerRunner(import.meta.url, seed);

const fmtMs = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const best = (r: TaskResult | undefined): number => (r === undefined || r.ms.length === 0 ? Number.NaN : Math.min(...r.ms));
const log = (s = ''): void => {
  process.stdout.write(s + '\n');
};

const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const libraryBuild = (() => {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' });
  let built = '?';
  try {
    built = statSync(join(process.env['LIKESTILLING_BENCH_DIST'] ?? join(DATA_DIR, '..', '..', 'dist'), 'index.js')).mtime.toISOString();
  } catch {
    // not built
  }
  return `commit ${git.stdout.trim() || '?'}${dirty.stdout.trim() === '' ? '' : ' + uncommitted changes in src/'}, dist built ${built}`;
})();
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: cpus().length,
  cpu: cpuModel,
  memGiB: Math.round(totalmem() / 2 ** 30),
  loadAtStart: loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
  library: libraryBuild,
};
log(
  `likestilling bench — ${machine.date} — node ${machine.node}, ${machine.nproc} CPUs (${machine.cpu}), ${machine.memGiB} GiB RAM, load average ${machine.loadAtStart}`,
);
log(`library under test: ${machine.library}`);
if ((loadavg()[0] ?? 0) > machine.nproc * 0.5) log('note: the machine is busy (load average above half the CPUs): timings will be noisy.');

// 1. Data.
for (const size of sizes) {
  const t0 = performance.now();
  const file = ensurePayroll(size, seed);
  log(`data ${size.toLocaleString('en')}: ${file} (${fmtMs(performance.now() - t0)})`);
}

// 2. Correctness.
const checks: TaskResult[] = [];
let failed = false;
if (!values['skip-check']) {
  for (const size of sizes.filter((s) => s <= 100_000)) {
    const r = runWorker('check', size, 1);
    checks.push(r);
    const bad = Object.values(r.disagreements ?? {}).reduce((a, b) => a + b, 0);
    log(
      `check ${size.toLocaleString('en')}: ${r.figures ?? 0} figures compared; disagreements ${JSON.stringify(r.disagreements)}${r.canary === undefined ? '' : `; canary (one woman recorded as a man) caught by ${r.canary} figures`}${r.note === undefined ? '' : ` (${r.note})`}`,
    );
    if (r.canary === 0) {
      failed = true;
      log('  the canary was not caught: the check cannot fail, so it proves nothing');
    }
    if (bad > 0) {
      failed = true;
      for (const x of r.examples ?? []) log(`  ${x.pair}  ${x.path}: reference ${JSON.stringify(x.reference)} vs ${JSON.stringify(x.actual)}`);
    }
  }
  if (failed && !values['keep-going']) {
    log('The implementations disagree: not timing (use --keep-going to time anyway).');
    process.exit(1);
  }
}

// 3. Timings. The goal ratios come from the paired tasks (library and DuckDB alternating in one
// process, so both see the same machine load; best of the rounds); the other tasks give peak memory,
// cold first runs and the time splits, each in its own process.
const REPS: Record<string, (size: number) => number> = {
  'pair-mem': (n) => (n <= 10_000 ? 20 : n <= 100_000 ? 10 : 5),
  'pair-e2e': (n) => (n <= 10_000 ? 10 : n <= 100_000 ? 5 : 3),
  'lib-mem': (n) => (n <= 100_000 ? 3 : 2),
  'lib-e2e': (n) => (n <= 100_000 ? 2 : 1),
  'lib-stream': (n) => (n <= 100_000 ? 2 : 1),
  'lib-file': (n) => (n <= 100_000 ? 2 : 1),
  cli: () => 1,
  'duck-csv': () => 1,
  'duck-loaded': () => 2,
};
type Result = TaskResult & { extrapolated?: boolean };
const results = new Map<string, Result>();
const minOf = (xs: readonly number[] | undefined): number => (xs === undefined || xs.length === 0 ? Number.NaN : Math.min(...xs));
for (const size of sizes) {
  for (const task of ['pair-mem', 'pair-e2e', 'lib-mem', 'lib-e2e', 'lib-stream', 'lib-file', 'cli', 'duck-csv', 'duck-loaded']) {
    const r = runWorker(task, size, REPS[task]?.(size) ?? 1);
    results.set(`${task}@${size}`, r);
    const split =
      r.splits === undefined
        ? ''
        : ` [${Object.entries(r.splits)
            .map(([k, v]) => `${k} ${fmtMs(v)}`)
            .join(', ')}]`;
    const head = `${task.padEnd(11)} ${size.toLocaleString('en').padStart(9)}:`;
    if (r.series !== undefined) {
      const lib = r.series['library'];
      const duck = r.series['duckdb'];
      const stream = r.series['stream'];
      const parallel = r.series['parallel'];
      const alsoStream =
        stream === undefined
          ? ''
          : `; one-thread stream best ${fmtMs(minOf(stream))} (CPU ${fmtMs(minOf(r.series['streamCpu']))}) → ${(minOf(stream) / minOf(duck)).toFixed(2)}×`;
      const alsoParallel =
        parallel === undefined
          ? ''
          : `; two threads (startMappingWorker) best ${fmtMs(minOf(parallel))} (CPU ${fmtMs(minOf(r.series['parallelCpu']))}) → ${(minOf(parallel) / minOf(duck)).toFixed(2)}×`;
      log(
        `${head} library best ${fmtMs(minOf(lib))} (CPU ${fmtMs(minOf(r.series['libraryCpu']))}), DuckDB best ${fmtMs(minOf(duck))} (CPU ${fmtMs(minOf(r.series['duckdbCpu']))}) → ${(minOf(lib) / minOf(duck)).toFixed(2)}×${alsoStream}${alsoParallel}  over ${lib?.length ?? 0} alternating rounds${r.note === undefined ? '' : `  (${r.note})`}`,
      );
    } else {
      log(
        `${head} best ${fmtMs(best(r)).padStart(9)}  first ${fmtMs(r.ms[0] ?? Number.NaN).padStart(9)}  peak RSS ${r.peakRssMiB} MiB${split}${r.note === undefined ? '' : `  (${r.note})`}`,
      );
    }
  }
  // The naive loop: run it unless the linear extrapolation from the previous size says it would take too long.
  const prev = sizes.filter((s) => s < size).pop();
  const prevNaive = prev === undefined ? undefined : results.get(`naive@${prev}`);
  const estimate = prevNaive === undefined || prev === undefined ? 0 : best(prevNaive) * (size / prev);
  if (prevNaive !== undefined && prev !== undefined && estimate > naiveLimitMs) {
    results.set(`naive@${size}`, {
      task: 'naive',
      size,
      ms: [estimate],
      peakRssMiB: Number.NaN,
      heapUsedMiB: Number.NaN,
      extrapolated: true,
      note: `extrapolated linearly from ${prev.toLocaleString('en')}`,
    });
    log(
      `naive       ${size.toLocaleString('en').padStart(9)}: ≈ ${fmtMs(estimate)} (extrapolated linearly from ${prev.toLocaleString('en')}, not run: over ${values['naive-limit-s']} s)`,
    );
  } else {
    // Where the check ran the naive loop, its time is used (the naive loop is run once per size).
    const checked = checks.find((c) => c.size === size && c.naiveMs !== undefined);
    const r: Result =
      checked?.naiveMs === undefined
        ? runWorker('naive', size, 1)
        : { task: 'naive', size, ms: [checked.naiveMs], peakRssMiB: Number.NaN, heapUsedMiB: Number.NaN, note: 'timed inside the check' };
    results.set(`naive@${size}`, r);
    log(
      `naive       ${size.toLocaleString('en').padStart(9)}: ${fmtMs(best(r)).padStart(9)}${r.note === undefined ? `  peak RSS ${r.peakRssMiB} MiB` : `  (${r.note})`}`,
    );
  }
}

// 4. Ratios against the goals (at the largest size).
const top = sizes[sizes.length - 1] ?? 0;
const small = sizes[0] ?? 0;
const at = (task: string, size = top): Result | undefined => results.get(`${task}@${size}`);
const side = (task: string, which: string, size = top): number => minOf(at(task, size)?.series?.[which]);
const perRecordNs = (task: string, size: number): number => (side(task, 'library', size) * 1e6) / size;
const goals: { goal: string; value: string; met: boolean }[] = [];
/**
 * A load-independent view of a paired ratio: on an idle machine a single-threaded side's wall time
 * ≈ its CPU time, and a 2-thread side's (DuckDB; the library's CSV file → report) lies between its
 * CPU time / 2 and its CPU time.
 */
const cpuRange = (task: string, libraryThreads: 1 | 2 = 1, librarySide = 'library'): string => {
  const lib = side(task, `${librarySide}Cpu`);
  const duck = side(task, 'duckdbCpu');
  return `CPU-time estimate for an idle machine ${(lib / libraryThreads / duck).toFixed(2)}–${((2 * lib) / duck).toFixed(2)}×`;
};
const e2eThreads = at('pair-e2e')?.series?.['stream'] === undefined ? 1 : 2;
// The library's in-memory side: on two threads (startMappingWorker of likestilling/node, as DuckDB
// runs on two) when the build has it, and computeMapping on one thread in the same rounds.
const withParallel = at('pair-mem')?.series?.['parallel'] !== undefined;
const memSide = withParallel ? 'parallel' : 'library';
const memRatio = side('pair-mem', memSide) / side('pair-mem', 'duckdb');
const oneThread = side('pair-mem', 'library');
goals.push({
  goal: 'in-memory computation ≤ 0.5× DuckDB query over a loaded table',
  value: `${memRatio.toFixed(2)}× (library ${withParallel ? 'on two threads, startMappingWorker, ' : ''}${fmtMs(side('pair-mem', memSide))}, DuckDB ${fmtMs(side('pair-mem', 'duckdb'))}; ${cpuRange('pair-mem', withParallel ? 2 : 1, memSide)}${withParallel ? `; computeMapping on one thread ${fmtMs(oneThread)} (${(oneThread / side('pair-mem', 'duckdb')).toFixed(2)}×; ${cpuRange('pair-mem')})` : ''})`,
  met: memRatio <= 0.5,
});
const naiveMs = best(at('naive'));
const naiveRatio = naiveMs / side('pair-mem', 'library'); // against the one-thread computeMapping
goals.push({
  goal: 'in-memory computation ≥ 100× faster than the naive decimal loop',
  value: `${naiveRatio.toFixed(0)}× (naive ${at('naive')?.extrapolated === true ? '≈ ' : ''}${fmtMs(naiveMs)}${at('naive')?.extrapolated === true ? ', extrapolated linearly from the smaller size' : ''})`,
  met: naiveRatio >= 100,
});
const e2eRatio = side('pair-e2e', 'library') / side('pair-e2e', 'duckdb');
goals.push({
  goal: 'CSV → report ≤ 1.5× DuckDB CSV → result',
  value: `${e2eRatio.toFixed(2)}× (${e2eThreads === 2 ? 'mapEmployeesCsvFile' : 'streaming'} CSV → JSON ${fmtMs(side('pair-e2e', 'library'))}, DuckDB ${fmtMs(side('pair-e2e', 'duckdb'))}; ${cpuRange('pair-e2e', e2eThreads)}${e2eThreads === 2 ? `; one-thread streaming reader ${fmtMs(side('pair-e2e', 'stream'))} (${(side('pair-e2e', 'stream') / side('pair-e2e', 'duckdb')).toFixed(2)}×)` : ''}; whole-file reader ${fmtMs(best(at('lib-e2e')))}, CLI \`report --format json\` ${fmtMs(best(at('cli')))}, both single runs)`,
  met: e2eRatio <= 1.5,
});
const peakStream = at('lib-stream')?.peakRssMiB ?? Number.NaN;
const peakFile = at('lib-file')?.peakRssMiB ?? 0;
goals.push({
  goal: 'peak memory ≤ 1 GiB (CSV → report; peak RSS of the process)',
  value: `streaming reader ${peakStream} MiB, mapEmployeesCsvFile ${at('lib-file')?.peakRssMiB ?? '?'} MiB, CLI ${at('cli')?.peakRssMiB ?? '?'} MiB (whole-file reader: ${at('lib-e2e')?.peakRssMiB ?? '?'} MiB)`,
  met: peakStream <= 1024 && peakFile <= 1024 && (at('cli')?.peakRssMiB ?? 0) <= 1024,
});
const growth = perRecordNs('pair-mem', top) / perRecordNs('pair-mem', small);
const growthE2e = perRecordNs('pair-e2e', top) / perRecordNs('pair-e2e', small);
goals.push({
  goal: `linear growth ${small.toLocaleString('en')} → ${top.toLocaleString('en')} (time per record roughly flat: ≤ 1.5×)`,
  value: `in memory ${sizes.map((n) => perRecordNs('pair-mem', n).toFixed(0)).join(' → ')} ns/record (${growth.toFixed(2)}×); CSV → report ${sizes.map((n) => perRecordNs('pair-e2e', n).toFixed(0)).join(' → ')} ns/record (${growthE2e.toFixed(2)}×)`,
  met: growth <= 1.5 && growthE2e <= 1.5,
});

log();
log(`Goals at ${top.toLocaleString('en')} employments:`);
for (const g of goals) log(`  ${g.met ? 'MET    ' : 'NOT MET'}  ${g.goal}: ${g.value}`);

// 5. Outputs.
const table = [
  '| size | library in memory, computeMapping (CPU) | two threads, startMappingWorker (CPU) | DuckDB loaded-table query (CPU) | ratio (one / two threads) | CSV → report, mapEmployeesCsvFile (CPU) | CSV → report, one-thread stream (CPU) | DuckDB CSV → result (CPU) | ratio | whole-file reader → report | CLI `report` | naive decimal loop | peak RSS: streaming / mapEmployeesCsvFile / whole file / CLI / in memory / DuckDB CSV |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...sizes.map((n) => {
    const nv = at('naive', n);
    const cells = [
      n.toLocaleString('en'),
      `${fmtMs(side('pair-mem', 'library', n))} (${fmtMs(side('pair-mem', 'libraryCpu', n))})`,
      `${fmtMs(side('pair-mem', 'parallel', n))} (${fmtMs(side('pair-mem', 'parallelCpu', n))})`,
      `${fmtMs(side('pair-mem', 'duckdb', n))} (${fmtMs(side('pair-mem', 'duckdbCpu', n))})`,
      `${(side('pair-mem', 'library', n) / side('pair-mem', 'duckdb', n)).toFixed(2)}× / ${(side('pair-mem', 'parallel', n) / side('pair-mem', 'duckdb', n)).toFixed(2)}×`,
      `${fmtMs(side('pair-e2e', 'library', n))} (${fmtMs(side('pair-e2e', 'libraryCpu', n))})`,
      `${fmtMs(side('pair-e2e', 'stream', n))} (${fmtMs(side('pair-e2e', 'streamCpu', n))})`,
      `${fmtMs(side('pair-e2e', 'duckdb', n))} (${fmtMs(side('pair-e2e', 'duckdbCpu', n))})`,
      `${(side('pair-e2e', 'library', n) / side('pair-e2e', 'duckdb', n)).toFixed(2)}×`,
      fmtMs(best(at('lib-e2e', n))),
      fmtMs(best(at('cli', n))),
      `${nv?.extrapolated === true ? '≈ ' : ''}${fmtMs(best(nv))}`,
      `${at('lib-stream', n)?.peakRssMiB ?? '?'} / ${at('lib-file', n)?.peakRssMiB ?? '?'} / ${at('lib-e2e', n)?.peakRssMiB ?? '?'} / ${at('cli', n)?.peakRssMiB ?? '?'} / ${at('lib-mem', n)?.peakRssMiB ?? '?'} / ${at('duck-csv', n)?.peakRssMiB ?? '?'} MiB`,
    ];
    return `| ${cells.join(' | ')} |`;
  }),
];
const loadAtEnd = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const md = [
  `Run ${machine.date}: node ${machine.node}, nproc ${machine.nproc}, ${machine.cpu}, ${machine.memGiB} GiB RAM, seed ${seed}; load average (1/5/15 min) at start ${machine.loadAtStart}, at end ${loadAtEnd}. Library: ${machine.library}.`,
  '',
  ...checks.map(
    (r) =>
      `Check ${r.size.toLocaleString('en')}: ${r.figures ?? 0} figures, disagreements ${JSON.stringify(r.disagreements)}${r.canary === undefined ? '' : `, canary caught by ${r.canary} figures`}.`,
  ),
  '',
  ...table,
  '',
  `Goals at ${top.toLocaleString('en')}:`,
  '',
  ...goals.map((g) => `- ${g.met ? '**met**' : '**not met**'} — ${g.goal}: ${g.value}`),
  '',
  'Single-process tasks (best of their runs; splits of the first run):',
  '',
  ...[...results.values()]
    .filter((r) => r.series === undefined && r.extrapolated !== true)
    .map(
      (r) =>
        `- ${r.task} ${r.size.toLocaleString('en')}: ${fmtMs(best(r))}${Number.isNaN(r.peakRssMiB) ? '' : `, peak RSS ${r.peakRssMiB} MiB`}${
          r.splits === undefined
            ? ''
            : ` — ${Object.entries(r.splits)
                .map(([k, v]) => `${k} ${fmtMs(v)}`)
                .join(', ')}`
        }${r.note === undefined ? '' : ` (${r.note})`}`,
    ),
].join('\n');
log();
log(table.join('\n'));
writeFileSync(
  join(DATA_DIR, 'results.json'),
  JSON.stringify({ machine: { ...machine, loadAtEnd }, seed, checks, results: [...results.values()], goals }, null, 2),
);
writeFileSync(join(DATA_DIR, 'results.md'), md + '\n');
log(`\nWritten: ${join(DATA_DIR, 'results.md')} and results.json`);
process.exit(failed ? 1 : 0);
