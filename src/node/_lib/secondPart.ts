/**
 * The second part of a CSV file read in two parts: from a row boundary (just after a line break)
 * to the end, with the header and the delimiter the first part found, into a partial mapping of
 * its own. Runs in the worker thread (`csvWorker.ts`), or in the calling thread for tests.
 * @internal
 */
import { createReadStream } from 'node:fs';
import type { Diagnostic } from '../../_lib/diagnostics.js';
import type { CsvImportProfile } from '../../io/csv/csvImportOptions.js';
import { ImportSession, converterFacts, type ConverterFacts } from '../../io/internal.js';
import { createMappingAccumulator } from '../../statistics/accumulateMapping.js';
import { partialToTransfer, type PartialMessage } from '../../statistics/internal.js';
import type { ResolvedStatisticsOptions } from '../../statistics/types.js';

/** What the second part is to read, and how (plain data: it is posted to the worker). @internal */
export interface PartJob {
  readonly path: string;
  /** Where the part starts: just after a line break. */
  readonly start: number;
  readonly profile: CsvImportProfile;
  readonly file: string | undefined;
  /** The header's cells, as the first part read them. */
  readonly header: readonly string[];
  readonly delimiter: string;
  /** The text encoding the first part was reading with when the job was made. */
  readonly encoding: 'utf-8' | 'windows-1252';
  /** Strict UTF-8: any invalid byte ends the part (the file is then read by one reader). */
  readonly strict: boolean;
  readonly statistics: ResolvedStatisticsOptions;
}

/** What the second part found (plain data, posted back with its partial mapping's buffers). @internal */
export type PartOutcome =
  | { readonly ok: false; readonly reason: 'encoding' }
  | {
      readonly ok: true;
      /** Numbered from 1 at the boundary: `record`, `params.line` and `params.firstRecord`. */
      readonly diagnostics: readonly Diagnostic[];
      readonly read: number;
      readonly rejected: number;
      readonly errors: number;
      readonly warnings: number;
      readonly diagnosticsOmitted: number;
      readonly facts: ConverterFacts;
      readonly partial: PartialMessage;
    };

/** The outcome, the buffers to transfer with it, and the part's employee ids on demand. @internal */
export interface PartResult {
  readonly outcome: PartOutcome;
  readonly transfer: ArrayBuffer[];
  readonly ids: () => string[];
}

/**
 * Reads the second part of the file.
 *
 * @param job - what to read
 * @param onBytes - called after each chunk with the bytes and the data rows of the part read so far
 * @returns the outcome; `ok: false` as soon as strict UTF-8 meets an invalid byte
 * @throws what the file stream throws
 */
export async function readSecondPart(job: PartJob, onBytes: (bytes: number, rows: number) => void): Promise<PartResult> {
  const accumulator = createMappingAccumulator(job.statistics);
  const session = ImportSession.continuing(job.profile, job.file, job.header, job.delimiter, (batch) => accumulator.add(batch));
  // Not a file's start: a BOM-like first character is text (as it is to one reader in the middle of the file).
  const decoder = new TextDecoder(job.encoding, { fatal: job.strict, ignoreBOM: true });
  let bytes = 0;
  const failed: PartResult = { outcome: { ok: false, reason: 'encoding' }, transfer: [], ids: () => [] };
  for await (const chunk of createReadStream(job.path, { start: job.start }) as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return failed;
    }
    session.push(text);
    onBytes(bytes, session.rowsRead);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    return failed;
  }
  session.push(rest);
  const result = session.finish(job.encoding);
  const converter = session.rowConverter;
  if (converter === null) throw new Error('likestilling: the second part has no row converter');
  const { message, transfer } = partialToTransfer(accumulator.partial());
  const ids = converter.employeeIds;
  return {
    outcome: {
      ok: true,
      diagnostics: result.diagnostics,
      read: result.read,
      rejected: result.rejected,
      errors: result.errors,
      warnings: result.warnings,
      diagnosticsOmitted: result.diagnosticsOmitted,
      facts: converterFacts(converter),
      partial: message,
    },
    transfer,
    ids: () => ids.list(),
  };
}
