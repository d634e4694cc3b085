/**
 * `npm run bench`: issue 3's performance benchmark.
 *
 * 1. Generates (or reuses) the seeded payrolls of 10 000, 100 000 and 1 000 000 employments.
 * 2. Correctness before timing: on 10 000 and 100 000, the library, the naive decimal loop and
 *    DuckDB must agree on every figure; disagreements are printed and the run exits 1.
 * 3. Times, each task in its own child process (clean peak memory): the library in memory, CSV →
 *    JSON report (whole file and streaming), DuckDB CSV → result and over a loaded table, the naive loop.
 * 4. Prints the ratios against the goals at 1 000 000 and writes `bench/data/results.{json,md}`.
 *
 * Options: `--sizes 10000,100000,1000000`, `--seed N`, `--skip-check`, `--keep-going` (time even if
 * the check fails), `--naive-limit-s 120` (above this the naive 1M run is extrapolated from 100 000).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DATA_DIR } from './_lib/paths.js';
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
const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0).sort((a, b) => a - b);
const seed = Number(values.seed);
const naiveLimitMs = Number(values['naive-limit-s']) * 1000;

const self = fileURLToPath(import.meta.url);
const underTsx = self.endsWith('.ts');
const workerPath = join(self, '..', underTsx ? 'worker.ts' : 'worker.js');

function runWorker(task: string, size: number, reps: number): TaskResult {
  const args = ['--expose-gc', ...(underTsx ? ['--import', 'tsx'] : []), workerPath, task, String(size), '--reps', String(reps), '--seed', String(seed)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 15 * 60_000 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || line === undefined) {
    process.stderr.write(child.stderr);
    throw new Error(`bench: task ${task} at ${size} failed (exit ${String(child.status)}${child.signal === null ? '' : `, ${child.signal}`})`);
  }
  return JSON.parse(line.slice('RESULT '.length)) as TaskResult;
}

const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const best = (r: TaskResult | undefined): number => (r === undefined || r.ms.length === 0 ? Number.NaN : Math.min(...r.ms));
const median = (r: TaskResult | undefined): number => {
  if (r === undefined || r.ms.length === 0) return Number.NaN;
  const s = [...r.ms].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
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
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: cpus().length,
  cpu: cpuModel,
  memGiB: Math.round(totalmem() / 2 ** 30),
  loadAtStart: loadavg().map((x) => x.toFixed(2)).join(' '),
};
log(`likestilling bench — ${machine.date} — node ${machine.node}, ${machine.nproc} CPUs (${machine.cpu}), ${machine.memGiB} GiB RAM, load average ${machine.loadAtStart}`);
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
    log(`check ${size.toLocaleString('en')}: ${r.figures ?? 0} figures compared; disagreements ${JSON.stringify(r.disagreements)}`);
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

// 3. Timings.
const REPS: Record<string, (size: number) => number> = {
  'lib-mem': (n) => (n <= 10_000 ? 20 : n <= 100_000 ? 10 : 5),
  'lib-e2e': (n) => (n <= 100_000 ? 5 : 3),
  'lib-stream': (n) => (n <= 100_000 ? 5 : 3),
  cli: (n) => (n <= 100_000 ? 3 : 2),
  'duck-csv': (n) => (n <= 100_000 ? 5 : 3),
  'duck-loaded': (n) => (n <= 100_000 ? 10 : 5),
};
const results = new Map<string, TaskResult & { extrapolated?: boolean }>();
for (const size of sizes) {
  for (const task of ['lib-mem', 'lib-e2e', 'lib-stream', 'cli', 'duck-csv', 'duck-loaded']) {
    const r = runWorker(task, size, REPS[task]?.(size) ?? 3);
    results.set(`${task}@${size}`, r);
    const split = r.splits === undefined ? '' : ` [${Object.entries(r.splits).map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}]`;
    log(`${task.padEnd(11)} ${size.toLocaleString('en').padStart(9)}: best ${fmtMs(best(r)).padStart(9)}  median ${fmtMs(median(r)).padStart(9)}  first ${fmtMs(r.ms[0] ?? Number.NaN).padStart(9)}  peak RSS ${r.peakRssMiB} MiB${split}${r.note === undefined ? '' : `  (${r.note})`}`);
  }
  // The naive loop: run it unless the linear extrapolation from the previous size says it would take too long.
  const prev = sizes.filter((s) => s < size).pop();
  const prevNaive = prev === undefined ? undefined : results.get(`naive@${prev}`);
  const estimate = prevNaive === undefined || prev === undefined ? 0 : best(prevNaive) * (size / prev);
  if (prevNaive !== undefined && prev !== undefined && estimate > naiveLimitMs) {
    results.set(`naive@${size}`, { task: 'naive', size, ms: [estimate], peakRssMiB: Number.NaN, heapUsedMiB: Number.NaN, extrapolated: true, note: `extrapolated linearly from ${prev.toLocaleString('en')}` });
    log(`naive       ${size.toLocaleString('en').padStart(9)}: ≈ ${fmtMs(estimate)} (extrapolated linearly from ${prev.toLocaleString('en')}, not run: over ${values['naive-limit-s']} s)`);
  } else {
    const r = runWorker('naive', size, 1);
    results.set(`naive@${size}`, r);
    log(`naive       ${size.toLocaleString('en').padStart(9)}: ${fmtMs(best(r)).padStart(9)}  peak RSS ${r.peakRssMiB} MiB`);
  }
}

// 4. Ratios against the goals (at the largest size).
const top = sizes[sizes.length - 1] ?? 0;
const small = sizes[0] ?? 0;
const at = (task: string, size = top): TaskResult | undefined => results.get(`${task}@${size}`);
const perRecordNs = (task: string, size: number): number => (best(at(task, size)) * 1e6) / size;
const goals: { goal: string; value: string; met: boolean }[] = [];
const ratio = (a: number, b: number): number => a / b;
const memRatio = ratio(best(at('lib-mem')), best(at('duck-loaded')));
goals.push({ goal: 'in-memory computation ≤ 0.5× DuckDB query over a loaded table', value: `${memRatio.toFixed(2)}×`, met: memRatio <= 0.5 });
const naiveRatio = ratio(best(at('naive')), best(at('lib-mem')));
goals.push({ goal: 'in-memory computation ≥ 100× faster than the naive decimal loop', value: `${naiveRatio.toFixed(0)}×${at('naive')?.note === undefined ? '' : ' (naive extrapolated)'}`, met: naiveRatio >= 100 });
const e2eBest = Math.min(best(at('lib-e2e')), best(at('lib-stream')));
const e2eRatio = ratio(e2eBest, best(at('duck-csv')));
goals.push({ goal: 'CSV → report ≤ 1.5× DuckDB CSV → result', value: `${e2eRatio.toFixed(2)}× (whole file ${fmtMs(best(at('lib-e2e')))}, streaming ${fmtMs(best(at('lib-stream')))}, DuckDB ${fmtMs(best(at('duck-csv')))}; the CLI \`report --format json\` ${fmtMs(best(at('cli')))} = ${ratio(best(at('cli')), best(at('duck-csv'))).toFixed(2)}×)`, met: e2eRatio <= 1.5 });
const peakStream = at('lib-stream')?.peakRssMiB ?? Number.NaN;
goals.push({ goal: 'peak memory ≤ 1 GiB (CSV → report, streaming reader; peak RSS of the process)', value: `streaming ${peakStream} MiB (whole file in memory: ${at('lib-e2e')?.peakRssMiB ?? '?'} MiB)`, met: peakStream <= 1024 });
const growth = ratio(perRecordNs('lib-mem', top), perRecordNs('lib-mem', small));
const growthE2e = ratio(perRecordNs('lib-stream', top), perRecordNs('lib-stream', small));
goals.push({
  goal: `linear growth ${small.toLocaleString('en')} → ${top.toLocaleString('en')} (time per record roughly flat, ≤ 1.5×)`,
  value: `in memory ${perRecordNs('lib-mem', small).toFixed(0)} → ${perRecordNs('lib-mem', top).toFixed(0)} ns/record (${growth.toFixed(2)}×); streaming CSV → report ${perRecordNs('lib-stream', small).toFixed(0)} → ${perRecordNs('lib-stream', top).toFixed(0)} ns/record (${growthE2e.toFixed(2)}×)`,
  met: growth <= 1.5 && growthE2e <= 1.5,
});

log();
log(`Goals at ${top.toLocaleString('en')} employments:`);
for (const g of goals) log(`  ${g.met ? 'MET    ' : 'NOT MET'}  ${g.goal}: ${g.value}`);

// 5. Outputs.
const table = [
  '| size | library in memory (best / median) | CSV → report, whole file (best / first) | CSV → report, streaming (best / first) | CLI `report --format json` (best / first) | DuckDB CSV → result | DuckDB loaded-table query | naive decimal loop | peak RSS (stream / whole / in-memory) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...sizes.map((n) => {
    const nv = at('naive', n);
    return `| ${n.toLocaleString('en')} | ${fmtMs(best(at('lib-mem', n)))} / ${fmtMs(median(at('lib-mem', n)))} | ${fmtMs(best(at('lib-e2e', n)))} / ${fmtMs(at('lib-e2e', n)?.ms[0] ?? Number.NaN)} | ${fmtMs(best(at('lib-stream', n)))} / ${fmtMs(at('lib-stream', n)?.ms[0] ?? Number.NaN)} | ${fmtMs(best(at('cli', n)))} / ${fmtMs(at('cli', n)?.ms[0] ?? Number.NaN)} | ${fmtMs(best(at('duck-csv', n)))} | ${fmtMs(best(at('duck-loaded', n)))} | ${nv?.note === undefined ? '' : '≈ '}${fmtMs(best(nv))} | ${at('lib-stream', n)?.peakRssMiB ?? '?'} / ${at('lib-e2e', n)?.peakRssMiB ?? '?'} / ${at('lib-mem', n)?.peakRssMiB ?? '?'} MiB |`;
  }),
];
const loadAtEnd = loadavg().map((x) => x.toFixed(2)).join(' ');
const md = [
  `Run ${machine.date}: node ${machine.node}, nproc ${machine.nproc}, ${machine.cpu}, ${machine.memGiB} GiB RAM, seed ${seed}; load average (1/5/15 min) at start ${machine.loadAtStart}, at end ${loadAtEnd}.`,
  '',
  ...checks.map((r) => `Check ${r.size.toLocaleString('en')}: ${r.figures ?? 0} figures, disagreements ${JSON.stringify(r.disagreements)}.`),
  '',
  ...table,
  '',
  `Goals at ${top.toLocaleString('en')}:`,
  '',
  ...goals.map((g) => `- ${g.met ? '**met**' : '**not met**'} — ${g.goal}: ${g.value}`),
  '',
  'Splits (first repetition):',
  '',
  ...[...results.values()].filter((r) => r.splits !== undefined).map((r) => `- ${r.task} ${r.size.toLocaleString('en')}: ${Object.entries(r.splits ?? {}).map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}`),
].join('\n');
log();
log(table.join('\n'));
writeFileSync(join(DATA_DIR, 'results.json'), JSON.stringify({ machine: { ...machine, loadAtEnd }, seed, checks, results: [...results.values()], goals }, null, 2));
writeFileSync(join(DATA_DIR, 'results.md'), md + '\n');
log(`\nWritten: ${join(DATA_DIR, 'results.md')} and results.json`);
process.exit(failed ? 1 : 0);
