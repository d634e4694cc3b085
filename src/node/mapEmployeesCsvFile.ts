import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { CsvImportProfileSchema, type CsvImportOptions, type CsvImportResult } from '../io/csv/csvImportOptions.js';
import { StatisticsOptionsSchema, type StatisticsOptions } from '../statistics/StatisticsOptionsSchema.js';
import type { Mapping } from '../statistics/types.js';
import { mapCsvFile } from './_lib/mapCsvFile.js';
import { expecting } from '../locales/index.js';

/**
 * Why {@link mapEmployeesCsvFile} read a file in one part (sequentially) instead of two:
 *
 * - `threads`: `threads: 1` was asked for;
 * - `single-cpu`: `threads` was not given and the machine has one CPU;
 * - `not-a-file`: the path is not a regular file (a pipe, a device: it can only be read from the
 *   start), or cannot be inspected (the reading in one part then reports why, as a file stream does);
 * - `small-file`: the file is below 16 MiB (below that, the worker's start and the merge cost more
 *   than two threads save);
 * - `no-split-point`: no line break between the split point (about the middle) and the end, or
 *   the header does not end before it;
 * - `encoding`: UTF-16 (a line-break byte may be half a character); or the second half, read as
 *   UTF-8, holds a byte that is not valid UTF-8, or the first half switched to Windows-1252 only
 *   after the second half started as UTF-8 (with `auto`, how such bytes read depends on everything
 *   before them);
 * - `fatal-header`: the header makes the file unusable (the result is reported, without figures);
 * - `long-layout`: pay lines (`payCode`/`payAmount`): an employment's rows may cross the split;
 * - `split-in-row`: the line break at the split lies inside a quoted field;
 * - `decimal-mark`: the first half proved a decimal mark for a column where the second half read
 *   an ambiguous value (`1.234`) with the other one;
 * - `reference-value`: the halves took a different organisation number or year from their first
 *   row (when not given in the options);
 * - `duplicate-id`: an employee id is in both halves (the second occurrence is an error);
 * - `worker-error`: the worker thread did not start or failed.
 *
 * @example
 * ```ts
 * SEQUENTIAL_REASONS.includes('small-file'); // true
 * ```
 */
export const SEQUENTIAL_REASONS = [
  'threads',
  'single-cpu',
  'not-a-file',
  'small-file',
  'no-split-point',
  'encoding',
  'fatal-header',
  'long-layout',
  'split-in-row',
  'decimal-mark',
  'reference-value',
  'duplicate-id',
  'worker-error',
] as const;
/** Why a file was read in one part. See {@link SEQUENTIAL_REASONS}. */
export type SequentialReason = (typeof SEQUENTIAL_REASONS)[number];

/**
 * Options of {@link mapEmployeesCsvFile}.
 *
 * @example
 * ```ts
 * const options: MapEmployeesCsvFileOptions = {
 *   statistics: { year: 2025, fiscalYearEnd: '06-30' },
 *   csv: { file: 'hr.csv', columnMapping: { Ansattnr: 'employeeId' }, onProgress: (bytes) => console.error(bytes) },
 * };
 * ```
 */
export interface MapEmployeesCsvFileOptions {
  /** The statistics options, as for `computeMapping` (only `year` is required). */
  readonly statistics: StatisticsOptions;
  /**
   * How to read the CSV, as for `readEmployeesCsv` (`file` is the name put on every diagnostic: it
   * is not taken from the path), without `onRecords`: the records go to the statistics.
   * `onProgress(bytesRead, rowsRead)` gets the bytes and data rows read by both threads together;
   * neither decreases, and the bytes end at the file's size (when a file is read again in one part,
   * it waits until the second reading has passed what was shown).
   */
  readonly csv?: Omit<CsvImportOptions, 'onRecords'>;
  /**
   * 2: the two halves of a big file at once, one in a worker thread; 1: in one part, on the calling
   * thread. Default: 2, or 1 on a machine with one CPU.
   */
  readonly threads?: 1 | 2;
}

/**
 * What {@link mapEmployeesCsvFile} returns: the figures, the import's summary and how the file
 * was read.
 *
 * @example
 * ```ts
 * const { mapping, imported, parts, sequentialReason } = await mapEmployeesCsvFile('employees.csv', { statistics: { year: 2025 } });
 * if (imported.fatal) console.error(imported.diagnostics);
 * ```
 */
export interface CsvFileMapping {
  /** The finalized mapping of every record kept; null when the file is `fatal` (no figure can be made). */
  readonly mapping: Mapping | null;
  /** As `readEmployeesCsv` returns it with `onRecords`: `records` is `[]`. */
  readonly imported: CsvImportResult;
  /** 2 when the file was read in two parts at once, 1 when in one. */
  readonly parts: 1 | 2;
  /** With `parts` 1: why; null with `parts` 2. */
  readonly sequentialReason: SequentialReason | null;
}

/**
 * Maps an employee CSV file: reads it (the CSV rules of `readEmployeesCsv`) and computes the
 * part-1 figures (`createMappingAccumulator` + `finalizeMapping`), using two threads for a big
 * file: the calling thread reads the first half, a worker thread the second (from just after a
 * line break near the middle; the first half a little longer, as the worker starts later), each
 * into a partial mapping, and the two are merged.
 *
 * The result is exactly that of one reader over the whole file — `readEmployeesCsv` over a file
 * stream with `onRecords` feeding a `createMappingAccumulator`, then `finalizeMapping`: the same
 * mapping, the same diagnostics in the same order with the same row and line numbers, the same
 * counts, delimiter, encoding and columns. Where the halves would not give exactly that (a
 * quoted line break at the split, an id in both halves, a decimal mark or a reference value that
 * one half learnt and the other needed, an encoding one half cannot know, the long pay-line
 * layout, …) the file is read again in one part, and `sequentialReason` says why (see
 * {@link SEQUENTIAL_REASONS}); small files, pipes and `threads: 1` are read in one part from the
 * start.
 *
 * The worker's script is `node-csv-worker.js` (`.cjs` for `require`) beside the package's built
 * modules; a bundler that inlines `likestilling/node` must copy it there, else the worker cannot
 * start and files are read in one part (`worker-error`).
 *
 * @param path - the CSV file
 * @param options - the statistics options (`year` required), the CSV import options, `threads`
 * @returns the mapping (null for a `fatal` file), the import summary (`records: []`), `parts` and `sequentialReason`
 * @throws {@link likestilling!LikestillingInputError} (as a rejection) when `path` is not a text, or an option is
 *   invalid (`options.statistics.year`, `options.csv.delimiter`, `options.threads`, `options.csv.onRecords` given …)
 * @throws the file system's error when the file cannot be opened or read (`ENOENT`, `EACCES`, `EISDIR`), or an error thrown by `onProgress`
 * @example
 * ```ts
 * import { mapEmployeesCsvFile } from 'likestilling/node';
 *
 * const { mapping, imported, parts } = await mapEmployeesCsvFile('employees.csv', {
 *   statistics: { year: 2025 },
 *   csv: { file: 'employees.csv', onProgress: (bytes) => console.error(`${bytes} bytes`) },
 * });
 * imported.diagnostics; // every problem, as from readEmployeesCsv
 * if (mapping !== null) console.log(mapping.pay.total.womenShareOfMen.mean, `(${parts} part(s))`);
 * ```
 */
export async function mapEmployeesCsvFile(path: string, options: MapEmployeesCsvFileOptions): Promise<CsvFileMapping> {
  parseInput('mapEmployeesCsvFile', Args, { path, options });
  return mapCsvFile(path, options);
}

const aFunction = () => z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { params: { code: 'invalid_type', ...expecting('function') } });

/** The arguments of {@link mapEmployeesCsvFile}, checked at the entry (the CSV options as `readEmployeesCsv` takes them). */
const Args = z.object({
  path: z.string().min(1),
  options: z.strictObject({
    statistics: StatisticsOptionsSchema,
    csv: CsvImportProfileSchema.extend({
      file: z.string().optional(),
      onProgress: aFunction().optional(),
      onRecords: z.custom<never>((v) => v === undefined, { params: { code: 'unknown_field', ...expecting('noOnRecords') } }).optional(),
    }).optional(),
    threads: z.union([z.literal(1), z.literal(2)]).optional(),
  }),
});
