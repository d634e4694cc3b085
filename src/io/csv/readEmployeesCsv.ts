import type { CsvImportOptions, CsvImportResult } from './csvImportOptions.js';
import { ByteDecoder } from './_lib/decoder.js';
import { invalidInput } from '../_lib/invalidInput.js';
import { encodingDiagnostics, readOptions } from './_lib/profile.js';
import { ImportSession } from './_lib/session.js';
import { inputIssue } from '../../_lib/input.js';
import { expecting } from '../../locales/index.js';

/** A byte source: a Node stream (`fs.createReadStream`), any async iterable of bytes, or a web `ReadableStream`. */
export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

async function* chunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in source) {
    yield* source as AsyncIterable<Uint8Array>;
    return;
  }
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Streams an employee CSV into canonical `Employee` records with bounded memory: the text is
 * decoded and tokenized chunk by chunk and never held whole (a million rows keep only the records).
 * Same rules and diagnostics as {@link parseEmployeesCsv}; `onProgress(bytesRead)` is called after
 * every chunk. Reading stops early when the header is unusable (`fatal`).
 *
 * With `onRecords(batch)` not even the records are kept: each chunk's records are handed over as
 * soon as the chunk is read (in file order, before `onProgress` for that chunk), the last ones at
 * the end, and `result.records` is `[]` (see {@link CsvImportOptions}).
 *
 * @param input - the bytes, as a Node readable stream, an async iterable or a web `ReadableStream`
 * @param options - as for {@link parseEmployeesCsv}, plus `onProgress`
 * @returns the records (`[]` with `onRecords`), the diagnostics and the counts
 * @throws `LikestillingInputError` (`name`) when the input is not a byte source or the options are
 *   invalid, its `issues` naming every bad path; rethrows an error of the source itself or of
 *   `onRecords` (the stream is then closed)
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * const result = await readEmployeesCsv(createReadStream('employees.csv'), {
 *   file: 'employees.csv',
 *   onProgress: (bytes) => console.error(`${bytes} bytes`),
 * });
 *
 * // the same without holding a million records: count them batch by batch
 * let count = 0;
 * const summary = await readEmployeesCsv(createReadStream('employees.csv'), {
 *   onRecords: (batch) => { count += batch.length; },
 * });
 * ```
 */
export async function readEmployeesCsv(input: ByteSource, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- input from plain JavaScript may be anything
  if (typeof input !== 'object' || input === null || !(Symbol.asyncIterator in input || typeof (input as { getReader?: unknown }).getReader === 'function')) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
    throw invalidInput('readEmployeesCsv', [inputIssue(['input'], input === undefined ? 'required' : 'invalid_type', expecting('byteStream'))]);
  }
  const { profile, file, onProgress, onRecords } = readOptions('readEmployeesCsv', options);
  const session = new ImportSession(profile, file, onRecords);
  const decoder = new ByteDecoder(profile.encoding);
  let bytesRead = 0;
  for await (const chunk of chunks(input)) {
    bytesRead += chunk.length;
    session.push(decoder.decode(chunk));
    onProgress?.(bytesRead, session.rowsRead);
    if (session.fatal) break;
  }
  session.push(decoder.end());
  return session.finish(decoder.encoding, encodingDiagnostics(decoder, file));
}
