/**
 * The machinery of `mapEmployeesCsvFile`: the plan (one part or two, and where to split), the first
 * part on the calling thread, the checks, the join, and the reading in one part (today's streaming
 * path) that every fallback and `threads: 1` take.
 * @internal
 */
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { CsvImportOptions, CsvImportResult } from '../../io/csv/csvImportOptions.js';
import { readEmployeesCsv } from '../../io/csv/readEmployeesCsv.js';
import {
  ByteDecoder,
  encodingDiagnostics,
  readOptions,
  ImportSession,
  converterFacts,
  idsOverlap,
  joinDiagnostics,
  shiftDiagnostics,
  splitConflict,
} from '../../io/internal.js';
import { createMappingAccumulator } from '../../statistics/accumulateMapping.js';
import { finalizeMapping } from '../../statistics/finalizeMapping.js';
import { mergePartialMappings } from '../../statistics/mergePartialMappings.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import { partialFromTransfer } from '../../statistics/internal.js';
import type { CsvFileMapping, MapEmployeesCsvFileOptions, SequentialReason } from '../mapEmployeesCsvFile.js';
import { inThreadPart, WORKER_ERROR, workerPart, type SecondPart } from './parts.js';
import type { PartJob } from './secondPart.js';
import { defaultWorkerUrl } from './workerUrl.js';

/**
 * Files from this size on are read in two parts: below it, the worker's start (a new isolate loads
 * the modules: ~0.1 s on an idle 2-core machine, more when busy) and the merge cost more than
 * half a reading saves.
 * @internal
 */
export const DEFAULT_MIN_SPLIT_BYTES = 16 << 20;

/**
 * How far past the middle the split is put (at most; an eighth of the file for smaller ones): the
 * worker starts later than the calling thread, by its modules' load time, so it is given less.
 * @internal
 */
export const WORKER_HEAD_START_BYTES = 4 << 20;

/** The default split point before it is moved to a line break. */
function defaultSplitAt(size: number): number {
  return Math.floor(size / 2) + Math.min(WORKER_HEAD_START_BYTES, Math.floor(size / 8));
}

/** Knobs for tests and benchmarks, not part of the API. @internal */
export interface SplitInternals {
  /** Files smaller than this are read in one part (default {@link DEFAULT_MIN_SPLIT_BYTES}). */
  readonly minSplitBytes?: number;
  /** Split after the first line break at or after this byte offset's preceding byte (default: a little past the middle). */
  readonly splitAt?: number;
  /** The worker script (default: beside the built module, {@link defaultWorkerUrl}). */
  readonly workerUrl?: URL;
  /** Read the second part in the calling thread (no worker; for tests). */
  readonly inThread?: boolean;
  /** The CPUs available (default `os.availableParallelism()`). */
  readonly cpus?: number;
}

/** A progress callback that never goes back: `bytes` (with the rows read) is passed on only when above what was shown. */
function progressReporter(onProgress: ((bytes: number, rows: number) => void) | undefined): (bytes: number, rows: number) => void {
  let shown = 0;
  let shownRows = 0;
  return (bytes, rows) => {
    if (onProgress === undefined || bytes <= shown) return;
    shown = bytes;
    shownRows = Math.max(shownRows, rows);
    onProgress(bytes, shownRows);
  };
}

/** Reads the file in one part: `readEmployeesCsv` over a file stream into an accumulator. */
async function sequential(
  path: string,
  csv: Omit<CsvImportOptions, 'onRecords'>,
  statistics: StatisticsOptions,
  report: (bytes: number, rows: number) => void,
  reason: SequentialReason,
): Promise<CsvFileMapping> {
  const accumulator = createMappingAccumulator(statistics);
  const imported = await readEmployeesCsv(createReadStream(path) as AsyncIterable<Uint8Array>, {
    ...csv,
    onProgress: report,
    onRecords: (batch) => accumulator.add(batch),
  });
  return { mapping: imported.fatal ? null : finalizeMapping(accumulator.partial()), imported, parts: 1, sequentialReason: reason };
}

/**
 * Where to split: just after the first line break at or after byte `at - 1` (so `at` itself when
 * it follows one), where `at` is a little past the middle unless the internals say otherwise; or
 * why not to.
 * A path that cannot be inspected is left to the reading in one part, which reports it exactly
 * as a file stream does (`ENOENT: no such file or directory, open …`); a pipe is never opened
 * twice.
 */
async function findSplit(path: string, internals: SplitInternals): Promise<{ readonly split: number } | SequentialReason> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return 'not-a-file';
    size = info.size;
  } catch {
    return 'not-a-file';
  }
  if (size < (internals.minSplitBytes ?? DEFAULT_MIN_SPLIT_BYTES)) return 'small-file';
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    return 'not-a-file';
  }
  try {
    const buffer = new Uint8Array(1 << 16);
    let position = Math.max(0, (internals.splitAt ?? defaultSplitAt(size)) - 1);
    while (position < size) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - position), position);
      if (bytesRead === 0) break;
      const i = buffer.subarray(0, bytesRead).indexOf(10);
      if (i !== -1) {
        const split = position + i + 1;
        return split < size ? { split } : 'no-split-point';
      }
      position += bytesRead;
    }
    return 'no-split-point';
  } finally {
    await handle.close();
  }
}

/** What the first part's start decides: wait for more, read in one part (why), or the second part's reading. */
function decide(session: ImportSession, decoder: ByteDecoder): SequentialReason | Pick<PartJob, 'header' | 'delimiter' | 'encoding' | 'strict'> | null {
  const encoding = decoder.encoding;
  // a line-break byte in UTF-16 text may be half of another character
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'encoding';
  const converter = session.rowConverter;
  const header = session.headerCells;
  if (converter === null || header === null) return null;
  if (converter.fatal) return 'fatal-header';
  if (converter.long) return 'long-layout';
  return { header, delimiter: session.usedDelimiter, encoding, strict: decoder.isStrict };
}

/**
 * `mapEmployeesCsvFile` with its internal knobs.
 *
 * @param path - the CSV file
 * @param options - as for `mapEmployeesCsvFile`
 * @param internals - see {@link SplitInternals}
 * @returns as `mapEmployeesCsvFile`
 * @throws as `mapEmployeesCsvFile`
 * @internal
 */
export async function mapCsvFile(path: string, options: MapEmployeesCsvFileOptions, internals: SplitInternals = {}): Promise<CsvFileMapping> {
  const { csv = {}, statistics, threads } = options;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options from plain JavaScript may be anything
  if (typeof statistics !== 'object' || statistics === null)
    throw new TypeError('mapEmployeesCsvFile: options.statistics is required: the statistics options, e.g. { statistics: { year: 2025 } }');
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options from plain JavaScript may be anything
  if (threads !== undefined && threads !== 1 && threads !== 2) throw new TypeError(`mapEmployeesCsvFile: threads must be 1 or 2 (got ${String(threads)})`);
  if ((csv as CsvImportOptions).onRecords !== undefined)
    throw new TypeError('mapEmployeesCsvFile: csv.onRecords is not an option here (the records go to the statistics)');
  const { profile, file, onProgress } = readOptions('mapEmployeesCsvFile', csv);
  const accumulator = createMappingAccumulator(statistics);
  const report = progressReporter(onProgress);
  if (threads === 1) return sequential(path, csv, statistics, report, 'threads');
  if (threads === undefined && (internals.cpus ?? availableParallelism()) < 2) return sequential(path, csv, statistics, report, 'single-cpu');
  const plan = await findSplit(path, internals);
  if (typeof plan === 'string') return sequential(path, csv, statistics, report, plan);
  const { split } = plan;

  // an error of onProgress called for the worker's progress: thrown from the calling thread's flow
  let userError = null as { readonly error: unknown } | null; // set in a callback (`as`: not narrowed to null here)
  let rejectUser: (error: unknown) => void = () => undefined;
  const userFailure = new Promise<never>((_, reject) => {
    rejectUser = reject;
  });
  userFailure.catch(() => undefined); // observed through the races below
  let firstBytes = 0;
  let firstRows = 0;
  const onBytes = (): void => {
    try {
      report(firstBytes + second.bytes, firstRows + second.rows);
    } catch (error) {
      userError ??= { error };
      rejectUser(error);
    }
  };
  // started before the first part is read, so the thread's start-up overlaps it
  const second: SecondPart = internals.inThread === true ? inThreadPart(onBytes) : workerPart(internals.workerUrl ?? defaultWorkerUrl(), onBytes);

  let result: CsvFileMapping | SequentialReason;
  try {
    result = await readInTwoParts();
  } finally {
    await second.close();
  }
  if (userError !== null) throw userError.error;
  return typeof result === 'string' ? sequential(path, csv, statistics, report, result) : result;

  async function readInTwoParts(): Promise<CsvFileMapping | SequentialReason> {
    const session = new ImportSession(profile, file, (batch) => accumulator.add(batch));
    const decoder = new ByteDecoder(profile.encoding);
    let job: PartJob | null = null;
    // the same chunks as a file stream over the whole file gives, up to the split
    for await (const chunk of createReadStream(path, { end: split - 1 }) as AsyncIterable<Uint8Array>) {
      firstBytes += chunk.length;
      session.push(decoder.decode(chunk));
      firstRows = session.rowsRead;
      report(firstBytes + second.bytes, firstRows + second.rows);
      if (userError !== null) throw userError.error;
      if (job === null) {
        const decision = decide(session, decoder);
        if (typeof decision === 'string') return decision;
        if (decision !== null) {
          job = { ...decision, path, start: split, profile, file, statistics: accumulator.options };
          second.start(job);
        }
      }
      if (second.failure !== null) return second.failure;
    }
    if (job === null) return 'no-split-point';
    session.push(decoder.end());
    // 1. the first part ends between two rows (not inside a quoted field)
    const boundary = session.boundary();
    if (boundary === null) return 'split-in-row';
    // 2. the first part did not switch to Windows-1252 after the second part was started with UTF-8
    //    (a part that meets invalid UTF-8 itself reports it: see `failure` above and the outcome)
    if (decoder.encoding !== job.encoding) return 'encoding';
    const outcome = await Promise.race([second.outcome(), userFailure]);
    if (outcome === WORKER_ERROR) return WORKER_ERROR;
    if (!outcome.ok) return outcome.reason;
    const converter = session.rowConverter;
    if (converter === null) return 'no-split-point';
    // 3.–5. decimal marks, reference values, employee ids
    const conflict = splitConflict(converterFacts(converter), outcome.facts, profile);
    if (conflict === 'compare-ids') {
      const ids = await Promise.race([second.ids(), userFailure]);
      if (ids === WORKER_ERROR) return WORKER_ERROR;
      if (idsOverlap(converter.employeeIds, ids)) return 'duplicate-id';
    } else if (conflict !== null) {
      return conflict;
    }

    converter.learnMarks(outcome.facts.marks);
    const front = encodingDiagnostics(decoder, file);
    const first = session.finish(decoder.encoding, front);
    const mapping = finalizeMapping(mergePartialMappings(accumulator.partial(), partialFromTransfer(outcome.partial)));
    const shifted = { ...outcome, diagnostics: shiftDiagnostics(outcome.diagnostics, boundary.rows, boundary.nextLine) };
    const joined = joinDiagnostics(first, front.length, shifted, profile.maxDiagnostics, file);
    const imported: CsvImportResult = {
      records: [],
      diagnostics: joined.diagnostics,
      read: first.read + outcome.read,
      rejected: first.rejected + outcome.rejected,
      errors: joined.errors,
      warnings: joined.warnings,
      diagnosticsOmitted: joined.diagnosticsOmitted,
      fatal: false,
      delimiter: first.delimiter,
      encoding: first.encoding,
      columns: first.columns,
    };
    return { mapping, imported, parts: 2, sequentialReason: null };
  }
}
