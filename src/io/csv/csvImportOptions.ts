import { z } from 'zod';
import { INPUT_LIMITS } from '../../_lib/diagnostics.js';
import type { Employee } from '../../models/employee.js';
import type { ImportResult } from '../_lib/types.js';
import { ColumnMappingSchema, type CsvField } from './columnMapping.js';
import { PayCodeTableSchema } from './payCodeTable.js';

/**
 * Text encodings the CSV importer reads: `auto` (a byte-order mark decides — UTF-8 or UTF-16 —
 * else strict UTF-8, falling back to Windows-1252 at the first invalid byte), or a fixed one.
 *
 * @example
 * ```ts
 * parseEmployeesCsv(bytes, { encoding: 'windows-1252' });
 * ```
 */
export const CSV_ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
/** An encoding option. See {@link CSV_ENCODINGS}. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** The encoding that was actually used to read a file. */
export type UsedEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Delimiters the importer detects (`auto`) or accepts.
 *
 * @example
 * ```ts
 * parseEmployeesCsv(text, { delimiter: CSV_DELIMITERS[2] }); // ';'
 * ```
 */
export const CSV_DELIMITERS = ['auto', ',', ';', '\t', '|'] as const;
/**
 * Decimal mark: `auto` decides per column, or a fixed `.` or `,`.
 *
 * @example
 * ```ts
 * parseEmployeesCsv(text, { decimal: ',' });
 * ```
 */
export const CSV_DECIMAL_MARKS = ['auto', '.', ','] as const;

/**
 * The JSON-loadable part of the CSV import options (an import *profile*: what the CLI's
 * `--mapping` file may hold besides a bare column mapping).
 *
 * - `delimiter` (`auto`): the most frequent of `;`, `,`, tab, `|` in the header line.
 * - `decimal` (`auto`): per column. A value with both `,` and `.` takes the last as the decimal
 *   mark; a single mark followed by other than exactly three digits is the decimal mark and fixes
 *   it for the column; an ambiguous `1.234`/`1,234` uses the column's mark once known, else `,` in a
 *   `;`/tab-separated file and `.` otherwise. Spaces, no-break spaces and the other mark are
 *   thousands separators (groups of three). A trailing `,-` means whole kroner.
 * - `encoding` (`auto`): BOM, else strict UTF-8 falling back to Windows-1252.
 * - `columnMapping`, `payCodes`: see {@link ColumnMappingSchema}, {@link PayCodeTableSchema}.
 * - `annualColumns`: headers (or canonical pay field names) whose amounts are annual; each pay
 *   component's annual sum is divided by 12 exactly (DEF-ROUND): when a twelfth is no whole øre
 *   the record's amounts are in 1/`payDivisor` øre (`payDivisor` 2, 3, 4, 6 or 12), never rounded.
 *   A column named `Årslønn` (or another yearly name of `KNOWN_COLUMNS`) that no mapping names is
 *   read as annual base pay.
 * - `year`, `organisationNumber`: when given, rows with another `year` / `organisationNumber`
 *   cell are errors (`mixed_years`, `mixed_legal_entities`); when not given, the first row's value
 *   is the reference.
 * - `maxDiagnostics` (default `INPUT_LIMITS.diagnostics`, 10 000): the diagnostics kept in full;
 *   later ones are only counted (`diagnosticsOmitted`), and one `diagnostics_truncated` warning ends
 *   the list.
 *
 * @example
 * ```ts
 * const profile = CsvImportProfileSchema.parse({ delimiter: ';', decimal: ',', annualColumns: ['Årslønn'] });
 * ```
 */
export const CsvImportProfileSchema = z.strictObject({
  delimiter: z.enum(CSV_DELIMITERS).default('auto'),
  decimal: z.enum(CSV_DECIMAL_MARKS).default('auto'),
  encoding: z.enum(CSV_ENCODINGS).default('auto'),
  columnMapping: ColumnMappingSchema.default({}),
  payCodes: PayCodeTableSchema.default({}),
  annualColumns: z.array(z.string().min(1)).readonly().default([]),
  year: z.number().int().min(1900).max(2200).optional(),
  organisationNumber: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  maxDiagnostics: z.number().int().min(0).default(INPUT_LIMITS.diagnostics),
});
/** An import profile after parsing. See {@link CsvImportProfileSchema}. */
export type CsvImportProfile = z.output<typeof CsvImportProfileSchema>;
/** What {@link CsvImportProfileSchema} accepts. */
export type CsvImportProfileInput = z.input<typeof CsvImportProfileSchema>;

/**
 * Options of {@link parseEmployeesCsv} and {@link readEmployeesCsv}: an import profile plus
 * `file` (the name put on every diagnostic), for streams `onProgress(bytesRead)`, and
 * `onRecords(batch)` to take the records batch by batch instead of in the result.
 *
 * @example
 * ```ts
 * let kept = 0;
 * const result = await readEmployeesCsv(createReadStream('employees.csv'), {
 *   file: 'employees.csv',
 *   onRecords: (batch) => { kept += batch.length; },
 * });
 * // result.records is [] — every other field is as without onRecords; kept === result.read - result.rejected
 * ```
 */
export type CsvImportOptions = CsvImportProfileInput & {
  /** The file name to put on every diagnostic. */
  readonly file?: string;
  /** Called after each chunk with the number of bytes and of data rows read so far (streams only). */
  readonly onProgress?: (bytesRead: number, rowsRead: number) => void;
  /**
   * Takes the records in batches, in file order, instead of keeping them: when given,
   * `result.records` is `[]` and memory holds only one chunk's records at a time (a million-row
   * file need never be held whole). Every other field of the result (`read`, `rejected`,
   * diagnostics, counts, `fatal`, columns, encoding) is exactly as without it, and the batches
   * concatenated are exactly the `records` a run without it returns.
   *
   * - {@link readEmployeesCsv}: one batch per chunk of the stream that completes at least one
   *   record, then one at the end (the last row; in the long pay-line layout the last employment).
   * - {@link parseEmployeesCsv}: one batch for the whole text, plus at most two more (bytes are
   *   decoded in two steps; the last row without a line break and the last long-layout employment
   *   come at the end).
   *
   * Never called with an empty batch, nor for a `fatal` file. The reader does not touch a batch
   * after handing it over: the callback may keep it. An error thrown by the callback stops the
   * import and propagates out of the reader (`parseEmployeesCsv` throws it, `readEmployeesCsv`
   * rejects with it, and the stream is closed).
   */
  readonly onRecords?: (records: readonly Employee[]) => void;
};

/** How the columns of a file were used. */
export interface CsvColumnUse {
  /** Field → the header(s) read for it (several only for summed pay columns). */
  readonly fields: Readonly<Partial<Record<CsvField, readonly string[]>>>;
  /** Headers read past: not mapped, `ignore`, `notPay`, or special categories (ANON-5). */
  readonly ignored: readonly string[];
  /** Headers of pay columns read as annual amounts (÷ 12). */
  readonly annual: readonly string[];
  /**
   * The decimal mark used per number column: fixed by the `decimal` option, proven by a value of
   * the column, or the default for the delimiter (`,` for `;`/tab files, else `.`).
   */
  readonly decimal: Readonly<Record<string, '.' | ','>>;
}

/**
 * What the CSV importers return: an {@link ImportResult} plus how the file was read.
 * Rows are numbered from the first row after the header (`record` 1); each diagnostic of a row also
 * carries `params.line`, the 1-based physical line it starts on (the header is line 1).
 * Blank rows (no text in any cell) are not records and are not counted in `read`. In the long
 * pay-line layout `read` and `rejected` count employments (groups of rows), not rows.
 *
 * @example
 * ```ts
 * const r: CsvImportResult = parseEmployeesCsv(text, { file: 'hr.csv' });
 * if (r.fatal) console.error(r.diagnostics);
 * ```
 */
export interface CsvImportResult extends ImportResult {
  /** The delimiter used. */
  readonly delimiter: string;
  /** The text encoding used. */
  readonly encoding: UsedEncoding;
  /** How the header was understood. */
  readonly columns: CsvColumnUse;
}
