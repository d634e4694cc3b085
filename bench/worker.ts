/**
 * One benchmark task in its own process, so its peak memory is its own: prints one line
 * `RESULT {json}` on stdout. Started by `main.ts`; by hand: `npx tsx bench/worker.ts <task> <size>`.
 *
 * Tasks:
 * - `check`     library vs naive vs DuckDB, figure by figure (correctness before timing);
 * - `lib-mem`   the library's full computation on records already in memory (`computeMapping`);
 * - `lib-e2e`   CSV file → JSON report: read bytes + `parseEmployeesCsv` + `computeMapping` + `JSON.stringify`;
 * - `lib-stream` the same with the streaming reader on one thread (`readEmployeesCsv` over a file
 *               stream into `createMappingAccumulator`, then `finalizeMapping`);
 * - `lib-file`  the same with `mapEmployeesCsvFile` of `likestilling/node` (two threads for a big file:
 *               the path a user and the CLI take);
 * - `cli`       `likestilling report FILE --year Y --format json` through `runCli` (stdout to a sink;
 *               its I/O maps the file with `mapEmployeesCsvFile`, as the real process does);
 * - `duck-csv`  DuckDB (a): CSV file → result in a fresh database (read_csv + queries);
 * - `duck-loaded` DuckDB (b): the queries over an already loaded table;
 * - `naive`     the naive decimal loop on rows already in memory;
 * - `pair-mem`  library in memory and DuckDB (b) in ONE process, alternating round by round, so
 *               both see the same machine load (the ratio of the goal is taken from this):
 *               `library` is `computeMapping` on one thread, `parallel` the same records through
 *               `startMappingWorker` of `likestilling/node` (two threads, as DuckDB), when built;
 * - `transparency-check`, `transparency-pair`  the pay-transparency indicators (`computePayTransparency`)
 *               against DuckDB's (`transparency-duckdb.ts`): every figure compared; then alternating
 *               rounds over records in memory and a loaded table (see `transparency.ts`);
 * - `pair-e2e`  CSV → report and DuckDB (a), alternating likewise: `library` is `mapEmployeesCsvFile`
 *               (the goal's ratio), `stream` the streaming reader on one thread, both measured.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliIO } from '../src/cli/io.js';
import type { Employee, EmployeeInput } from '../src/models/employee.js';
import { cpuMs } from './_lib/cpu.js';
import { conventionsFrom, DEFAULT_CONVENTIONS } from './_lib/conventions.js';
import type { Conventions } from './_lib/conventions.js';
import { compareFlat, flatten } from './_lib/flat.js';
import type { Disagreement, Flat } from './_lib/flat.js';
import { loadLibrary, requireCompute } from './_lib/library.js';
import type { Library } from './_lib/library.js';
import { splitCsv } from './_lib/rows.js';
import type { CsvRow } from './_lib/rows.js';
import { duckdbFromCsv, duckdbQuery, loadCsv, openDuckDb } from './duckdb.js';
import { BENCH_YEAR, dataFile, DEFAULT_SEED } from './generate.js';
import { naiveMapping } from './naive.js';
import { duckdbTransparency } from './transparency-duckdb.js';

/** What a task reports. */
export interface TaskResult {
  readonly task: string;
  readonly size: number;
  /** Wall-clock milliseconds of each repetition (the first one is cold). */
  readonly ms: readonly number[];
  /** Named sub-timings of the first repetition, in milliseconds. */
  readonly splits?: Readonly<Record<string, number>>;
  /** Peak resident set size of the process (MiB), from `process.resourceUsage().maxRSS`. */
  readonly peakRssMiB: number;
  /** Heap in use after the task (MiB). */
  readonly heapUsedMiB: number;
  readonly note?: string;
  /** `check` only. */
  readonly figures?: number;
  readonly disagreements?: Readonly<Record<string, number>>;
  readonly examples?: readonly (Disagreement & { readonly pair: string })[];
  /**
   * Paired tasks: the series of each side, milliseconds per round; `libraryCpu` / `duckdbCpu`: CPU
   * time (user + system, all threads of the process) of each side's rounds.
   */
  readonly series?: Readonly<Record<string, readonly number[]>>;
  /** `check`: the time of the naive loop in it (used as the naive timing of that size). */
  readonly naiveMs?: number;
  /** `check` on the small set: disagreements found after deliberately changing one record (must be > 0). */
  readonly canary?: number;
}

const gc = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};
const now = (): number => performance.now();

function recordsFromRows(lib: Library, rows: readonly CsvRow[]): Employee[] {
  // Fallback when the CSV reader is not built yet: the canonical record through the schema.
  const money = (s: string): string => (s === '' ? '0' : s);
  return rows.map((r) => {
    const input: EmployeeInput = {
      employeeId: r.employeeId,
      gender: r.gender as EmployeeInput['gender'],
      employmentKind: (r.employmentKind === '' ? 'ordinary' : r.employmentKind) as NonNullable<EmployeeInput['employmentKind']>,
      contract: r.contract as NonNullable<EmployeeInput['contract']>,
      positionPercent: r.positionPercent === '' ? null : Number(r.positionPercent),
      startDate: r.startDate,
      endDate: r.endDate === '' ? null : r.endDate,
      unit: r.unit === '' ? null : r.unit,
      jobLevel: r.jobLevel === '' ? null : r.jobLevel,
      jobGroup: r.jobGroup === '' ? null : r.jobGroup,
      pay: {
        basePay: money(r.basePay),
        fixedAllowances: money(r.fixedAllowances),
        irregularAllowances: money(r.irregularAllowances),
        bonus: money(r.bonus),
        overtime: money(r.overtime),
        benefitsInKind: money(r.benefitsInKind),
      },
      parentalLeaveWeeks: r.parentalLeaveWeeks === '' ? null : Number(r.parentalLeaveWeeks),
      involuntaryPartTime: r.involuntaryPartTime === '' ? null : r.involuntaryPartTime === 'true',
    };
    return lib.core.EmployeeSchema.parse(input);
  });
}

/** The library's records for a file: its CSV reader when built, else the schema fallback. */
function loadRecords(lib: Library, file: string): { records: readonly Employee[]; via: string } {
  const parse = lib.csv.parseEmployeesCsv;
  if (parse !== undefined) {
    const result = parse(readFileSync(file), { file, year: BENCH_YEAR });
    if (result.fatal || result.rejected > 0) throw new Error(`bench: the CSV reader rejected ${result.rejected} rows of ${file} (fatal: ${result.fatal})`);
    return { records: result.records, via: 'parseEmployeesCsv' };
  }
  return { records: recordsFromRows(lib, splitCsv(readFileSync(file, 'utf8'))), via: 'EmployeeSchema fallback (no CSV reader built)' };
}

function memory(): { peakRssMiB: number; heapUsedMiB: number } {
  return {
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}

/** Library options for the generated payrolls; the conventions used are read back from the result. */
const OPTIONS = { year: BENCH_YEAR } as const;

async function check(size: number, file: string): Promise<TaskResult> {
  const lib = await loadLibrary();
  const flats: Record<string, Flat> = {};
  let c: Conventions = DEFAULT_CONVENTIONS;
  let note: string | undefined;
  if (lib.core.computeMapping === undefined) {
    note = 'library not built yet: naive vs DuckDB only';
  } else {
    const { records } = loadRecords(lib, file);
    const mapping = lib.core.computeMapping(records, OPTIONS);
    c = conventionsFrom(mapping.options);
    flats['library'] = flatten(mapping);
  }
  const rows = splitCsv(readFileSync(file, 'utf8'));
  gc();
  const tNaive = now();
  const naiveResult = naiveMapping(rows, c);
  const naiveMs = now() - tNaive;
  flats['naive'] = flatten(naiveResult);
  flats['duckdb'] = flatten(await duckdbFromCsv(file, c));
  const pairs: [string, string][] = [
    ['naive', 'library'],
    ['duckdb', 'library'],
    ['naive', 'duckdb'],
    ['duckdb', 'naive'],
  ];
  const disagreements: Record<string, number> = {};
  const examples: (Disagreement & { pair: string })[] = [];
  for (const [ref, act] of pairs) {
    const a = flats[ref];
    const b = flats[act];
    if (a === undefined || b === undefined) continue;
    const d = compareFlat(a, b);
    disagreements[`${ref}→${act}`] = d.length;
    for (const x of d.slice(0, 8)) examples.push({ ...x, pair: `${ref}→${act}` });
  }
  // Canary: the check must be able to fail. One woman of the population recorded as a man must
  // change figures (done on the small set only: the naive loop is slow).
  let canary: number | undefined;
  if (size <= 10_000) {
    const at = rows.findIndex((r) => r.gender === 'female' && r.endDate === '' && r.startDate <= c.referenceDate && r.employmentKind !== 'freelance');
    const mutated = rows.map((r, i) => (i === at ? { ...r, gender: 'male' } : r));
    canary = compareFlat(flatten(naiveMapping(mutated, c)), flats['duckdb']).length;
  }
  return {
    task: 'check',
    size,
    ms: [],
    naiveMs,
    figures: flats['naive'].size,
    disagreements,
    examples,
    ...(canary === undefined ? {} : { canary }),
    ...(note === undefined ? {} : { note }),
    ...memory(),
  };
}

async function libMem(size: number, file: string, reps: number): Promise<TaskResult> {
  const lib = await loadLibrary();
  const compute = requireCompute(lib);
  const { records, via } = loadRecords(lib, file);
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    gc();
    const t0 = now();
    const m = compute(records, OPTIONS);
    ms.push(now() - t0);
    if (m.records !== records.length) throw new Error('bench: mapping.records differs from the records given');
  }
  let splits: Record<string, number> | undefined;
  const { accumulateMapping, mergePartialMappings, finalizeMapping } = lib.core;
  if (accumulateMapping !== undefined && mergePartialMappings !== undefined && finalizeMapping !== undefined) {
    // A vendor's scale-out: two halves accumulated, merged, finalised (timings of one run).
    gc();
    const half = Math.floor(records.length / 2);
    const t0 = now();
    const a = accumulateMapping(records.slice(0, half), OPTIONS);
    const t1 = now();
    const b = accumulateMapping(records.slice(half), OPTIONS);
    const t2 = now();
    const merged = mergePartialMappings(a, b);
    const t3 = now();
    finalizeMapping(merged);
    const t4 = now();
    splits = { accumulateHalf1: t1 - t0, accumulateHalf2: t2 - t1, merge: t3 - t2, finalize: t4 - t3 };
  }
  return { task: 'lib-mem', size, ms, ...(splits === undefined ? {} : { splits }), note: `records via ${via}`, ...memory() };
}

/**
 * The library's CSV → JSON report path over a file stream, as the CLI runs it: with the
 * accumulator (`createMappingAccumulator` + the reader's `onRecords`) the records go to the
 * statistics batch by batch and are never held all at once; a build without it reads all records,
 * then computes.
 */
async function streamToReport(lib: Library, file: string): Promise<{ json: string; splits: Record<string, number> }> {
  const read = lib.csv.readEmployeesCsv;
  if (read === undefined) throw new Error('bench: the built library has no readEmployeesCsv');
  // Node's default 64 KiB chunks, as the CLI reads: each batch of records (~450 rows) dies young,
  // in the young generation; 1 MiB chunks kept ~7 000 records alive across each scavenge and
  // measured 0.5 s slower at 1M
  const stream = (): AsyncIterable<Uint8Array> => createReadStream(file);
  const { createMappingAccumulator, finalizeMapping } = lib.core;
  const t0 = now();
  if (createMappingAccumulator !== undefined && finalizeMapping !== undefined) {
    const acc = createMappingAccumulator(OPTIONS);
    await read(stream(), { file, year: BENCH_YEAR, onRecords: (batch) => acc.add(batch) });
    const t1 = now();
    const mapping = finalizeMapping(acc.partial());
    const t2 = now();
    const json = JSON.stringify(mapping, null, 2);
    return { json, splits: { readParseAccumulate: t1 - t0, finalize: t2 - t1, stringify: now() - t2 } };
  }
  const result = await read(stream(), { file, year: BENCH_YEAR });
  const t1 = now();
  const mapping = requireCompute(lib)(result.records, OPTIONS);
  const t2 = now();
  const json = JSON.stringify(mapping, null, 2);
  return { json, splits: { readAndParse: t1 - t0, compute: t2 - t1, stringify: now() - t2 } };
}

/**
 * The CSV file → JSON report path a user and the CLI take: `mapEmployeesCsvFile` (the two halves
 * of a big file at once, one in a worker thread), then `JSON.stringify`.
 */
async function fileToReport(lib: Library, file: string): Promise<{ json: string; splits: Record<string, number>; note: string }> {
  const map = lib.node.mapEmployeesCsvFile;
  if (map === undefined) throw new Error('bench: the built library has no likestilling/node mapEmployeesCsvFile');
  const t0 = now();
  const result = await map(file, { statistics: OPTIONS, csv: { file, year: BENCH_YEAR } });
  const t1 = now();
  if (result.mapping === null || result.imported.rejected > 0)
    throw new Error(`bench: mapEmployeesCsvFile rejected ${result.imported.rejected} rows of ${file} (fatal: ${result.imported.fatal})`);
  const json = JSON.stringify(result.mapping, null, 2);
  return {
    json,
    splits: { readAndMap: t1 - t0, stringify: now() - t1 },
    note: result.parts === 2 ? 'read in 2 parts' : `read in 1 part (${result.sequentialReason ?? '?'})`,
  };
}

/** The whole-file path: read the bytes, `parseEmployeesCsv`, `computeMapping`, `JSON.stringify`. */
function wholeFileToReport(lib: Library, file: string): { json: string; splits: Record<string, number> } {
  const parse = lib.csv.parseEmployeesCsv;
  if (parse === undefined) throw new Error('bench: the built library has no parseEmployeesCsv');
  const t0 = now();
  const data = readFileSync(file);
  const tRead = now();
  const result = parse(data, { file, year: BENCH_YEAR });
  const t1 = now();
  const mapping = requireCompute(lib)(result.records, OPTIONS);
  const t2 = now();
  const json = JSON.stringify(mapping, null, 2);
  return { json, splits: { readFile: tRead - t0, parse: t1 - tRead, compute: t2 - t1, stringify: now() - t2 } };
}

async function libE2e(size: number, file: string, reps: number, path: 'whole' | 'stream' | 'file'): Promise<TaskResult> {
  const lib = await loadLibrary();
  const ms: number[] = [];
  let splits: Record<string, number> | undefined;
  let bytes = 0;
  let how = '';
  for (let i = 0; i < reps; i++) {
    gc();
    const t0 = now();
    const report = path === 'stream' ? await streamToReport(lib, file) : path === 'file' ? await fileToReport(lib, file) : wholeFileToReport(lib, file);
    ms.push(now() - t0);
    bytes = report.json.length;
    splits ??= report.splits;
    if ('note' in report) how = `; ${report.note}`;
  }
  const task = path === 'stream' ? 'lib-stream' : path === 'file' ? 'lib-file' : 'lib-e2e';
  return { task, size, ms, ...(splits === undefined ? {} : { splits }), note: `JSON report ${Math.round(bytes / 1024)} KiB${how}`, ...memory() };
}

async function cli(size: number, file: string, reps: number): Promise<TaskResult> {
  const lib = await loadLibrary();
  const run = lib.cli.runCli;
  if (run === undefined) throw new Error('bench: the built library has no runCli');
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < reps; i++) {
    gc();
    bytes = 0;
    let err = '';
    const io: CliIO = {
      stdout: (t) => {
        bytes += t.length;
      },
      stderr: (t) => {
        err += t;
      },
      readFile: (p) => readFile(p),
      readStream: (p) => createReadStream(p),
      writeFile: () => Promise.reject(new Error('bench: the report command should not write files here')),
      isTTY: false,
      // as processIO() gives it: the CLI maps a real file on two threads
      ...(lib.node.mapEmployeesCsvFile === undefined ? {} : { mapEmployeesCsvFile: lib.node.mapEmployeesCsvFile }),
    };
    const t0 = now();
    const code = await run(['report', file, '--year', String(BENCH_YEAR), '--format', 'json'], io);
    ms.push(now() - t0);
    if (code !== 0) throw new Error(`bench: likestilling report exited ${code}: ${err.slice(0, 500)}`);
  }
  return {
    task: 'cli',
    size,
    ms,
    note: `stdout ${Math.round(bytes / 1024)} KiB${lib.node.mapEmployeesCsvFile === undefined ? ', stream (no likestilling/node)' : ', mapEmployeesCsvFile'}`,
    ...memory(),
  };
}

async function conventions(): Promise<Conventions> {
  // The conventions the library states; ARP.md defaults when it is not built yet.
  try {
    const lib = await loadLibrary();
    const compute = lib.core.computeMapping;
    if (compute === undefined) return DEFAULT_CONVENTIONS;
    return conventionsFrom(compute([], OPTIONS).options);
  } catch {
    return DEFAULT_CONVENTIONS;
  }
}

async function duckCsv(size: number, file: string, reps: number): Promise<TaskResult> {
  const c = await conventions();
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    gc();
    const t0 = now();
    await duckdbFromCsv(file, c);
    ms.push(now() - t0);
  }
  return { task: 'duck-csv', size, ms, ...memory() };
}

async function duckLoaded(size: number, file: string, reps: number): Promise<TaskResult> {
  const c = await conventions();
  const { instance, connection } = await openDuckDb(2);
  const t0 = now();
  await loadCsv(connection, file);
  const load = now() - t0;
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    gc();
    const t1 = now();
    await duckdbQuery(connection, c);
    ms.push(now() - t1);
  }
  connection.closeSync();
  instance.closeSync();
  return { task: 'duck-loaded', size, ms, splits: { loadCsv: load }, ...memory() };
}

async function naive(size: number, file: string): Promise<TaskResult> {
  const c = await conventions();
  const rows = splitCsv(readFileSync(file, 'utf8'));
  gc();
  const t0 = now();
  naiveMapping(rows, c);
  return { task: 'naive', size, ms: [now() - t0], ...memory() };
}

/**
 * Runs the sides (the library's, DuckDB's, …) alternately, round by round (the order turned by one
 * each round), so all see the same machine load; returns each side's wall and CPU milliseconds per round (`side`,
 * `sideCpu`; CPU of every thread of the process).
 */
async function alternate(rounds: number, sides: Readonly<Record<string, () => unknown>>): Promise<Record<string, number[]>> {
  const series: Record<string, number[]> = {};
  for (const side of Object.keys(sides)) {
    series[side] = [];
    series[`${side}Cpu`] = [];
  }
  const time = async (side: string, run: () => unknown): Promise<void> => {
    gc();
    const u = process.cpuUsage();
    const t0 = now();
    await run();
    series[side]!.push(now() - t0);
    series[`${side}Cpu`]!.push(cpuMs(u));
  };
  // the order turns round by round: a side that runs right after another allocating side pays for
  // its garbage (measured: the second of the two library sides was 15–40 % slower at 100 000,
  // whichever it was), so every side takes every place
  const entries = Object.entries(sides);
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < entries.length; j++) {
      const [side, run] = entries[(i + j) % entries.length]!;
      await time(side, run);
    }
  }
  return series;
}

async function pairMem(size: number, file: string, rounds: number): Promise<TaskResult> {
  const lib = await loadLibrary();
  const compute = requireCompute(lib);
  const { records } = loadRecords(lib, file);
  const c = conventionsFrom(compute([], OPTIONS).options);
  const { instance, connection } = await openDuckDb(2);
  await loadCsv(connection, file);
  const worker = lib.node.startMappingWorker?.();
  const series = await alternate(rounds, {
    library: () => compute(records, OPTIONS),
    ...(worker === undefined ? {} : { parallel: () => worker.computeMapping(records, OPTIONS) }),
    duckdb: () => duckdbQuery(connection, c),
  });
  await worker?.close();
  connection.closeSync();
  instance.closeSync();
  return { task: 'pair-mem', size, ms: series['library']!, series, ...memory() };
}

/**
 * CSV file → report: the library's path (`mapEmployeesCsvFile`, two threads for a big file), the
 * streaming reader on one thread, and DuckDB (a), alternating. A build without `likestilling/node`
 * times the streaming reader as the library's side.
 */
async function pairE2e(size: number, file: string, rounds: number): Promise<TaskResult> {
  const lib = await loadLibrary();
  const c = conventionsFrom(requireCompute(lib)([], OPTIONS).options);
  const withNode = lib.node.mapEmployeesCsvFile !== undefined;
  let how = '';
  const series = await alternate(rounds, {
    library: async () => {
      if (withNode) how = (await fileToReport(lib, file)).note;
      else await streamToReport(lib, file);
    },
    ...(withNode ? { stream: () => streamToReport(lib, file) } : {}),
    duckdb: () => duckdbFromCsv(file, c),
  });
  const note = withNode
    ? `library: mapEmployeesCsvFile (${how}); stream: readEmployeesCsv on one thread`
    : 'library: readEmployeesCsv on one thread (no likestilling/node in this build)';
  return { task: 'pair-e2e', size, ms: series['library']!, series, note, ...memory() };
}

/** `likestilling/node`'s pay-transparency worker (a build before it has none). */
interface TransparencyWorker {
  computePayTransparency(records: readonly Employee[], options: typeof OPTIONS): Promise<unknown>;
  close(): Promise<void>;
}

/** The library's `computePayTransparency`, or a clear error when the build does not have it. */
function requireTransparency(lib: Library): NonNullable<Library['transparency']['computePayTransparency']> {
  const f = lib.transparency.computePayTransparency;
  if (f === undefined) throw new Error('bench: the built library has no likestilling/transparency computePayTransparency');
  return f;
}

/** Library vs DuckDB on every pay-transparency figure DuckDB computes (`transparency-duckdb.ts`). */
function compareTransparency(library: unknown, duck: unknown): { figures: number; disagreements: Disagreement[] } {
  const reference = flatten(duck);
  return { figures: reference.size, disagreements: compareFlat(reference, flatten(library)) };
}

/**
 * `transparency-check`: the pay-transparency indicators of the library and of DuckDB agree on
 * every figure; a canary (one woman of the population recorded as a man) must be caught.
 */
async function transparencyCheck(size: number, file: string): Promise<TaskResult> {
  const lib = await loadLibrary();
  const compute = requireTransparency(lib);
  const { records } = loadRecords(lib, file);
  const { instance, connection } = await openDuckDb(2);
  await loadCsv(connection, file);
  const duck = await duckdbTransparency(connection);
  const { figures, disagreements } = compareTransparency(compute(records, OPTIONS), duck);
  const at = records.findIndex(
    (r) => r.gender === 'female' && r.endDate === null && r.startDate <= '2025-12-31' && r.employmentKind !== 'freelance' && (r.positionPercent ?? 0) > 0,
  );
  const mutated = records.map((r, i) => (i === at ? { ...r, gender: 'male' as const } : r));
  const canary = compareTransparency(compute(mutated, OPTIONS), duck).disagreements.length;
  connection.closeSync();
  instance.closeSync();
  return {
    task: 'transparency-check',
    size,
    ms: [],
    figures,
    disagreements: { 'duckdb→library': disagreements.length },
    examples: disagreements.slice(0, 8).map((d) => ({ ...d, pair: 'duckdb→library' })),
    canary,
    ...memory(),
  };
}

/**
 * `transparency-pair`: `computePayTransparency` on records in memory (one thread) against DuckDB's
 * transparency queries over the loaded table (two threads), alternating round by round; then
 * `startPayTransparencyWorker` (two threads) in rounds of its own, with no worker thread alive
 * during DuckDB's rounds. The last round of each is compared figure by figure.
 */
async function transparencyPair(size: number, file: string, rounds: number): Promise<TaskResult> {
  const lib = await loadLibrary();
  const compute = requireTransparency(lib);
  const { records } = loadRecords(lib, file);
  const { instance, connection } = await openDuckDb(2);
  await loadCsv(connection, file);
  let library: unknown;
  let parallel: unknown;
  let duck: unknown;
  const series = await alternate(rounds, {
    library: () => {
      library = compute(records, OPTIONS);
    },
    duckdb: async () => {
      duck = await duckdbTransparency(connection);
    },
  });
  // likestilling/node's two-thread path, when the build has it, in rounds of its own after the
  // pairs: measured, a worker thread alive in the process slows DuckDB's queries about twofold
  // (683–748 ms without one, 1.1–1.5 s with one, at the same load), so it never lives beside them
  const start = (lib.node as { startPayTransparencyWorker?: () => TransparencyWorker }).startPayTransparencyWorker;
  const worker = start?.();
  if (worker !== undefined) {
    Object.assign(
      series,
      await alternate(rounds, {
        parallel: async () => {
          parallel = await worker.computePayTransparency(records, OPTIONS);
        },
      }),
    );
    await worker.close();
  }
  const { figures, disagreements } = compareTransparency(library, duck);
  // the two-thread result must be the one-thread result, byte for byte
  if (worker !== undefined && JSON.stringify(parallel) !== JSON.stringify(library))
    disagreements.push({ path: 'parallel', reference: 'library', actual: 'differs' });
  connection.closeSync();
  instance.closeSync();
  return {
    task: 'transparency-pair',
    size,
    ms: series['library']!,
    series,
    figures,
    disagreements: { 'duckdb→library': disagreements.length },
    examples: disagreements.slice(0, 8).map((d) => ({ ...d, pair: 'duckdb→library' })),
    ...memory(),
  };
}

/** Runs one task and prints `RESULT {json}`. */
export async function runTask(task: string, size: number, reps: number, seed: number): Promise<TaskResult> {
  const file = dataFile(size, seed);
  switch (task) {
    case 'check':
      return check(size, file);
    case 'lib-mem':
      return libMem(size, file, reps);
    case 'lib-e2e':
      return libE2e(size, file, reps, 'whole');
    case 'lib-stream':
      return libE2e(size, file, reps, 'stream');
    case 'lib-file':
      return libE2e(size, file, reps, 'file');
    case 'cli':
      return cli(size, file, reps);
    case 'duck-csv':
      return duckCsv(size, file, reps);
    case 'duck-loaded':
      return duckLoaded(size, file, reps);
    case 'naive':
      return naive(size, file);
    case 'pair-mem':
      return pairMem(size, file, reps);
    case 'pair-e2e':
      return pairE2e(size, file, reps);
    case 'transparency-check':
      return transparencyCheck(size, file);
    case 'transparency-pair':
      return transparencyPair(size, file, reps);
    default:
      throw new Error(`bench: unknown task ${task}`);
  }
}

if (/[\\/]worker\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const { values, positionals } = parseArgs({
    options: { reps: { type: 'string', default: '3' }, seed: { type: 'string', default: String(DEFAULT_SEED) } },
    allowPositionals: true,
    strict: true,
  });
  const [task = '', sizeText = '10000'] = positionals;
  const result = await runTask(task, Number(sizeText), Number(values.reps), Number(values.seed));
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}
