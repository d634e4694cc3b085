/**
 * Loads the BUILT library (`dist/`, through the package's own exports map: `likestilling`,
 * `likestilling/csv`, `likestilling/cli`, `likestilling/node` and `likestilling/transparency`), typed by the few functions the
 * benchmark calls. The specifiers are kept in
 * variables so neither tsc nor the bench bundler resolves them at build time: the code under test
 * is always what `npm run build` produced.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Employee, EmployeeInput } from '../../src/models/employee.js';
import type { ImportResult } from '../../src/io/_lib/types.js';
import type { Mapping } from '../../src/statistics/types.js';
import type { CliIO } from '../../src/cli/io.js';
import type { PayTransparency } from '../../src/transparency/types.js';

/** Options the benchmark passes to the statistics engine. */
export interface BenchStatisticsOptions {
  readonly year: number;
}

/** The part of `likestilling` the benchmark uses. */
export interface LibraryCore {
  readonly computeMapping?: (records: readonly Employee[], options: BenchStatisticsOptions) => Mapping;
  readonly accumulateMapping?: (records: readonly Employee[], options: BenchStatisticsOptions) => unknown;
  readonly mergePartialMappings?: (a: unknown, b: unknown) => unknown;
  readonly finalizeMapping?: (partial: unknown) => Mapping;
  readonly createMappingAccumulator?: (options: BenchStatisticsOptions) => { add(records: readonly Employee[]): void; partial(): unknown };
  readonly EmployeeSchema: { parse(input: EmployeeInput): Employee };
}

/** Options the benchmark passes to the CSV reader. */
export interface BenchCsvOptions {
  readonly file?: string;
  readonly year?: number;
  readonly onRecords?: (records: readonly Employee[]) => void;
}

/** The part of `likestilling/csv` the benchmark uses. */
export interface LibraryCsv {
  readonly parseEmployeesCsv?: (input: string | Uint8Array, options?: BenchCsvOptions) => ImportResult;
  readonly readEmployeesCsv?: (input: AsyncIterable<Uint8Array>, options?: BenchCsvOptions) => Promise<ImportResult>;
}

/** The part of `likestilling/cli` the benchmark uses. */
export interface LibraryCli {
  readonly runCli?: (argv: readonly string[], io: CliIO) => Promise<number>;
}

/** The part of `likestilling/node` the benchmark uses (absent in builds before it). */
export interface LibraryNode {
  readonly mapEmployeesCsvFile?: NonNullable<CliIO['mapEmployeesCsvFile']>;
  readonly startMappingWorker?: () => {
    computeMapping(records: readonly Employee[], options: BenchStatisticsOptions): Promise<Mapping>;
    close(): Promise<void>;
  };
}

/** The part of `likestilling/transparency` the benchmark uses (absent in builds before it). */
export interface LibraryTransparency {
  readonly computePayTransparency?: (records: readonly Employee[], options: BenchStatisticsOptions) => PayTransparency;
}

/** The entry points of the built package. */
export interface Library {
  readonly core: LibraryCore;
  readonly csv: LibraryCsv;
  readonly cli: LibraryCli;
  readonly node: LibraryNode;
  readonly transparency: LibraryTransparency;
}

/**
 * Imports the built package (run `npm run build` first). When `LIKESTILLING_BENCH_DIST` names a
 * folder (`run.mjs` sets it to a copy of `dist/` taken at the start of the run, so a rebuild in the
 * shared working tree cannot pull the library away mid-run), the entry files are imported from it.
 */
export async function loadLibrary(): Promise<Library> {
  const snapshot = process.env['LIKESTILLING_BENCH_DIST'];
  const entry = (name: string, spec: string): string => (snapshot === undefined || snapshot === '' ? spec : pathToFileURL(join(snapshot, `${name}.js`)).href);
  const coreSpec: string = entry('index', 'likestilling');
  const csvSpec: string = entry('csv', 'likestilling/csv');
  const cliSpec: string = entry('cli', 'likestilling/cli');
  const nodeSpec: string = entry('node', 'likestilling/node');
  const transparencySpec: string = entry('transparency', 'likestilling/transparency');
  const core = (await import(coreSpec)) as LibraryCore;
  const csv = (await import(csvSpec)) as LibraryCsv;
  const cli = (await import(cliSpec)) as LibraryCli;
  const node = (await import(nodeSpec).catch(() => ({}))) as LibraryNode;
  const transparency = (await import(transparencySpec).catch(() => ({}))) as LibraryTransparency;
  return { core, csv, cli, node, transparency };
}

/** The library's `computeMapping`, or a clear error when the build does not have it yet. */
export function requireCompute(lib: Library): NonNullable<LibraryCore['computeMapping']> {
  const f = lib.core.computeMapping;
  if (f === undefined) throw new Error('bench: the built library has no computeMapping (is src/statistics done and built?)');
  return f;
}
