import type { Diagnostic } from '../../_lib/diagnostics.js';
import { ByteDecoder } from './_lib/decoder.js';
import type { CsvEncoding, UsedEncoding } from './csvImportOptions.js';
import { CsvTokenizer, detectDelimiter, sepHint } from './_lib/tokenizer.js';
import { trimCell } from './_lib/values.js';
import { PROBLEM_EXPECTED } from './_lib/rowConverter.js';

/** Options of {@link parseCsvTable}. */
export interface CsvTableOptions {
  /** The delimiter, or `auto` (default: detected from the header line). */
  readonly delimiter?: 'auto' | ',' | ';' | '\t' | '|';
  /** The encoding of byte input (default `auto`: BOM, else UTF-8, else Windows-1252). */
  readonly encoding?: CsvEncoding;
  /** The file name put on diagnostics. */
  readonly file?: string;
}

/** A CSV file as a table of trimmed text cells. */
export interface CsvTable {
  /** The header cells, trimmed. */
  readonly header: readonly string[];
  /** Data rows (blank rows left out), each with exactly as many cells as the header. */
  readonly rows: readonly (readonly string[])[];
  /** The physical 1-based line each row starts on (the header is line 1). */
  readonly lines: readonly number[];
  /** Malformed rows (quoting, field count): reported here and left out of `rows`. */
  readonly diagnostics: readonly Diagnostic[];
  readonly delimiter: string;
  readonly encoding: UsedEncoding;
}

/**
 * Reads any CSV into a header and rows of trimmed text cells, with the importer's delimiter and
 * encoding detection — for other readers (e.g. an HR file joined to the a-melding) that map
 * columns themselves. Malformed rows are reported as `malformed_row` errors, never thrown.
 *
 * @param input - text, or bytes (encoding detected)
 * @param options - delimiter, encoding, file name
 * @returns the header, the rows and any diagnostics
 * @example
 * ```ts
 * const table = parseCsvTable('fnr;kjønn\n01010012356;M\n');
 * table.header; // ['fnr', 'kjønn']
 * table.rows;   // [['01010012356', 'M']]
 * ```
 */
export function parseCsvTable(input: string | Uint8Array, options: CsvTableOptions = {}): CsvTable {
  let text: string;
  let encoding: UsedEncoding = 'utf-8';
  const diagnostics: Diagnostic[] = [];
  const where = options.file === undefined ? {} : { file: options.file };
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoder = new ByteDecoder(options.encoding ?? 'auto');
    text = decoder.decode(input) + decoder.end();
    encoding = decoder.encoding;
    if (decoder.invalidBytes) diagnostics.push({ code: 'invalid_encoding', severity: 'warning', path: [], expected: encoding, ...where });
  }
  const hint = sepHint(text);
  if (hint !== null) text = text.slice(hint.skip);
  const eol = text.search(/[\r\n]/);
  const auto = options.delimiter === undefined || options.delimiter === 'auto';
  const delimiter = !auto && options.delimiter !== undefined ? options.delimiter : (hint?.delimiter ?? detectDelimiter(eol === -1 ? text : text.slice(0, eol)));
  let header: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  let record = 0;
  const tokenizer = new CsvTokenizer(delimiter, (row, line, problem) => {
    const fields = row.strings();
    if (header === null) {
      header = fields.map(trimCell);
      return;
    }
    record++;
    const cells = fields.map(trimCell);
    if (problem === null && cells.every((c) => c === '')) return;
    const width = header.length;
    if (problem !== null || cells.length !== width) {
      diagnostics.push({
        code: 'malformed_row',
        severity: 'error',
        record,
        path: [],
        expected: problem !== null ? PROBLEM_EXPECTED[problem] : `${width} fields`,
        ...(problem === null ? { found: `${cells.length} fields` } : {}),
        params: { line },
        ...where,
      });
      return;
    }
    rows.push(cells);
    lines.push(line);
  }, hint === null ? 1 : 2);
  tokenizer.push(text);
  tokenizer.end();
  return { header: header ?? [], rows, lines, diagnostics, delimiter, encoding };
}
