import { z } from 'zod';
import { DiagnosticLog, INPUT_LIMITS, type Diagnostic } from '../../_lib/diagnostics.js';
import { parseArgument } from '../_lib/invalidInput.js';
import { plainDataIssues } from '../_lib/plainData.js';
import { ByteDecoder } from './_lib/decoder.js';
import { CSV_DELIMITERS, CSV_ENCODINGS, type CsvEncoding, type UsedEncoding } from './csvImportOptions.js';
import { checkTextInput } from './_lib/profile.js';
import { detectDelimiter, sepHint } from './_lib/delimiter.js';
import { CsvTokenizer } from './_lib/tokenizer.js';
import { trimCell } from './_lib/values.js';
import { PROBLEM_EXPECTED } from './_lib/expected.js';
import { expecting } from '../../locales/index.js';

/** Options of {@link parseCsvTable}. */
export interface CsvTableOptions {
  /** The delimiter, or `auto` (default: detected from the header line). */
  readonly delimiter?: 'auto' | ',' | ';' | '\t' | '|';
  /** The encoding of byte input (default `auto`: BOM, else UTF-8, else Windows-1252). */
  readonly encoding?: CsvEncoding;
  /** The file name put on diagnostics. */
  readonly file?: string;
  /** Diagnostics kept in full (default `INPUT_LIMITS.diagnostics`); later ones are only counted. */
  readonly maxDiagnostics?: number;
}

/** The options of {@link parseCsvTable}, as a schema (the HR reader extends it). @internal */
export const CsvTableOptionsSchema = z.strictObject({
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  encoding: z.enum(CSV_ENCODINGS).optional(),
  file: z.string().optional(),
  maxDiagnostics: z.number().int().min(0).optional(),
});

/** A CSV file as a table of trimmed text cells. */
export interface CsvTable {
  /** The header cells, trimmed. */
  readonly header: readonly string[];
  /** Data rows (blank rows left out), each with exactly as many cells as the header. */
  readonly rows: readonly (readonly string[])[];
  /** The physical 1-based line each row starts on (the header is line 1). */
  readonly lines: readonly number[];
  /**
   * Malformed rows (quoting, field count, a field longer than `INPUT_LIMITS.fieldLength`): reported
   * here and left out of `rows`; the first `maxDiagnostics` in full, then a
   * `diagnostics_truncated` warning with the count of the rest.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Problems counted but not kept in `diagnostics`. */
  readonly diagnosticsOmitted: number;
  readonly delimiter: string;
  readonly encoding: UsedEncoding;
}

/**
 * Reads any CSV into a header and rows of trimmed text cells, with the importer's delimiter and
 * encoding detection — for other readers (e.g. an HR file joined to the a-melding) that map
 * columns themselves. Malformed rows are reported as `malformed_row` errors (`field_too_long` for
 * a field past `INPUT_LIMITS.fieldLength`), never thrown; a header line longer than
 * `INPUT_LIMITS.headerLength` gives an empty table and a `header_too_long` error.
 *
 * @param input - text, or bytes (encoding detected)
 * @param options - delimiter, encoding, file name, `maxDiagnostics`
 * @returns the header, the rows and any diagnostics
 * @throws `LikestillingInputError` (`name`) when the input is not text or bytes or an option is
 *   invalid, its `issues` naming every bad path
 * @example
 * ```ts
 * const table = parseCsvTable('fnr;kjønn\n01010012356;M\n');
 * table.header; // ['fnr', 'kjønn']
 * table.rows;   // [['01010012356', 'M']]
 * ```
 */
export function parseCsvTable(input: string | Uint8Array, options: CsvTableOptions = {}): CsvTable {
  checkTextInput('parseCsvTable', input);
  const o = parseArgument('parseCsvTable', CsvTableOptionsSchema, options, 'options', plainDataIssues(options, ['options']));
  return readCsvTable(input, o);
}

/** {@link parseCsvTable} with its options checked. @internal */
export function readCsvTable(input: string | Uint8Array, options: z.output<typeof CsvTableOptionsSchema>): CsvTable {
  let text: string;
  let encoding: UsedEncoding = 'utf-8';
  const log = new DiagnosticLog(options.maxDiagnostics);
  const front: Diagnostic[] = [];
  const where = options.file === undefined ? {} : { file: options.file };
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoder = new ByteDecoder(options.encoding ?? 'auto');
    text = decoder.decode(input) + decoder.end();
    encoding = decoder.encoding;
    if (decoder.invalidBytes) front.push({ code: 'invalid_encoding', severity: 'warning', path: [], ...expecting('encoding', { encoding }), ...where });
  }
  const hint = sepHint(text);
  if (hint !== null) text = text.slice(hint.skip);
  const eol = text.search(/[\r\n]/);
  const auto = options.delimiter === undefined || options.delimiter === 'auto';
  if ((eol === -1 ? text.length : eol) > INPUT_LIMITS.headerLength) {
    log.add({ code: 'header_too_long', severity: 'error', path: [], params: { limit: INPUT_LIMITS.headerLength }, ...where });
    const { diagnostics, diagnosticsOmitted } = log.finish(front, options.file);
    return { header: [], rows: [], lines: [], diagnostics, diagnosticsOmitted, delimiter: auto ? ',' : (options.delimiter as string), encoding };
  }
  const delimiter = !auto && options.delimiter !== undefined ? options.delimiter : (hint?.delimiter ?? detectDelimiter(eol === -1 ? text : text.slice(0, eol)));
  let header = null as string[] | null; // set in a callback (`as`: not narrowed to null here)
  const rows: string[][] = [];
  const lines: number[] = [];
  let record = 0;
  const tokenizer = new CsvTokenizer(
    delimiter,
    (row, line, problem) => {
      const fields = row.strings();
      if (header === null) {
        header = fields.map(trimCell);
        return;
      }
      record++;
      const cells = fields.map(trimCell);
      if (problem === null && cells.every((c) => c === '')) return;
      const width = header.length;
      if (problem === 'field_too_long') {
        log.add({ code: 'field_too_long', severity: 'error', record, path: [], params: { line, limit: INPUT_LIMITS.fieldLength }, ...where });
        return;
      }
      if (problem !== null || cells.length !== width) {
        log.add({
          code: 'malformed_row',
          severity: 'error',
          record,
          path: [],
          ...(problem !== null ? PROBLEM_EXPECTED[problem] : expecting('fieldCount', { count: width })),
          params: problem === null ? { line, fields: cells.length } : { line },
          ...where,
        });
        return;
      }
      rows.push(cells);
      lines.push(line);
    },
    hint === null ? 1 : 2,
  );
  tokenizer.push(text);
  tokenizer.end();
  const { diagnostics, diagnosticsOmitted } = log.finish(front, options.file);
  return { header: header ?? [], rows, lines, diagnostics, diagnosticsOmitted, delimiter, encoding };
}
