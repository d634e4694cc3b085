/**
 * The cursor of the CSV reader over one row: finds a column's trimmed cell in place, scans numbers
 * (learning each column's decimal mark) and reports the row's problems with the line, the record
 * and the column. The row converter reads fields through it.
 * @internal
 */
import type { Diagnostic, DiagnosticCode, DiagnosticLog, Severity } from '../../../_lib/diagnostics.js';
import type { Expected } from '../../../_lib/input.js';
import { foundIn, foundOrganisationNumber } from '../../_lib/found.js';
import type { CsvField } from '../columnMapping.js';
import { PAY_SET, type ScalarField } from './columnLayout.js';
import { COMMA, newNumberScan, scanNumber } from './numberCells.js';
import { CsvRow } from './csvRow.js';
import { detach, isPlainEdge } from './values.js';

/** Where problems go (counted, the first ones kept). @internal */
export type DiagnosticSink = Pick<DiagnosticLog, 'add'>;

/**
 * A header problem as a diagnostic (no record, no path).
 * @internal
 * @example
 * ```ts
 * headerDiagnostic('a.csv', 'warning', 'column_recognised', { column: 'Kjønn', field: 'gender' }).file; // 'a.csv'
 * ```
 */
export function headerDiagnostic(
  file: string | undefined,
  severity: Severity,
  code: DiagnosticCode,
  params: Record<string, string | readonly string[]>,
): Diagnostic {
  return file === undefined ? { code, severity, path: [], params } : { code, severity, file, path: [], params };
}

/** The row cursor and its diagnostics (see the module). @internal */
export class CellReader {
  /** The header's cells, trimmed. */
  readonly header: readonly string[];
  /** Per scalar field its column (-1: absent). */
  readonly idx: Record<ScalarField, number>;
  /** The last number {@link CellReader.number} scanned. */
  readonly scan = newNumberScan();
  protected readonly sink: DiagnosticSink;
  protected readonly file: string | undefined;
  protected readonly mark: number;
  protected readonly fallbackMark: number;
  protected readonly colMark: number[];
  /**
   * Per column, when tracked: the marks ambiguous values were read with before or after the
   * column's mark was proven here (bit 1 `,`, bit 2 `.`). A reader of the second part of a file
   * tracks them, since the first part may prove a mark it does not know of.
   */
  protected readonly ambiguousMarks: Uint8Array | null;
  /**
   * The row being read, and the trimmed cell {@link CellReader.at} found: `text.slice(from, to)`,
   * where `text` is the row's chunk unless the cell is a string of its own (`owned`). The chunk
   * is not copied into a field of this long-lived object per cell: each such store of a new
   * string costs a write barrier.
   */
  protected row: CsvRow = new CsvRow();
  private owned: string | null = null;
  protected from = 0;
  protected to = 0;

  protected get text(): string {
    return this.owned ?? this.row.chunk;
  }
  /** The current row's data row number (1-based) and physical line. */
  record = 0;
  line = 0;
  /** The current row's errors so far. */
  protected rowErrors = 0;

  /**
   * @param header - the header's cells, trimmed
   * @param idx - the columns of the scalar fields
   * @param mark - the fixed decimal mark (COMMA, DOT) or 0 for auto
   * @param fallbackMark - the mark of an ambiguous value in a column with none proven
   * @param trackAmbiguous - record the marks ambiguous number values were read with, per column
   */
  constructor(
    header: readonly string[],
    idx: Record<ScalarField, number>,
    mark: number,
    fallbackMark: number,
    file: string | undefined,
    sink: DiagnosticSink,
    trackAmbiguous: boolean,
  ) {
    this.header = header;
    this.idx = idx;
    this.mark = mark;
    this.fallbackMark = fallbackMark;
    this.file = file;
    this.sink = sink;
    this.colMark = new Array<number>(header.length).fill(0);
    this.ambiguousMarks = trackAmbiguous ? new Uint8Array(header.length) : null;
  }

  /** The decimal mark proven so far per column (COMMA, DOT, or 0 when none). */
  get provenMarks(): readonly number[] {
    return this.colMark.slice();
  }

  /**
   * With `trackAmbiguous`: per column, the marks ambiguous values were read with (bit 1 `,`,
   * bit 2 `.`); else null.
   */
  get ambiguousReadings(): readonly number[] | null {
    return this.ambiguousMarks === null ? null : Array.from(this.ambiguousMarks);
  }

  /** Takes the marks proven elsewhere (a later part of the same file) for columns with none proven here. */
  learnMarks(marks: readonly number[]): void {
    for (let i = 0; i < this.colMark.length; i++) if (this.colMark[i] === 0) this.colMark[i] = marks[i] ?? 0;
  }

  /** The current row's errors so far. */
  get errors(): number {
    return this.rowErrors;
  }

  /** Reports a diagnostic the caller made (the file is added). */
  add(d: Diagnostic): void {
    this.sink.add(this.file === undefined ? d : { ...d, file: this.file });
  }

  /**
   * Reports a problem of the current row. `found` is the cell as read: it is quoted only when it
   * cannot be personal data, else described ({@link foundIn}); `foundOrg` marks an
   * organisation-number cell, where a valid organisation number is quoted. A `literal` is the
   * library's own text (`19 fields`), quoted as it is.
   */
  diag(
    severity: Severity,
    code: DiagnosticCode,
    field: CsvField | null,
    expected?: Expected,
    found?: string,
    extra?: Record<string, string | number>,
    foundOrg = false,
  ): void {
    const path: readonly string[] = field === null ? [] : PAY_SET.has(field) ? ['pay', field] : [field];
    const index = field === null ? -1 : PAY_SET.has(field) ? -1 : this.idx[field as ScalarField];
    const params: Record<string, string | number> = { line: this.line, ...extra };
    if (index >= 0) params['column'] = this.header[index] ?? '';
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { code, severity, record: this.record, path, params };
    if (this.file !== undefined) d.file = this.file;
    if (expected !== undefined) {
      d.expected = expected.expected;
      d.expectation = expected.expectation;
    }
    if (found !== undefined) {
      const f = foundOrg ? foundOrganisationNumber(found) : foundIn(found);
      if ('found' in f) d.found = detach(f.found);
      else d.foundShape = f.foundShape;
    }
    this.sink.add(d);
    if (severity === 'error') this.rowErrors++;
  }

  /**
   * Finds the trimmed cell of column `index` in the current row: sets `text`, `from` and `to`
   * (no string is made unless the cell needs trimming) and returns its length, 0 when the
   * column is absent or the cell empty.
   */
  at(index: number): number {
    const row = this.row;
    if (index < 0 || index >= row.count) return 0;
    let a = row.start[index] as number;
    const b = row.end[index] as number;
    let t = row.chunk;
    let own: string | null = null;
    if (a < 0) {
      own = t = row.own[index] as string;
      a = 0;
    }
    if (a === b || (isPlainEdge(t.charCodeAt(a)) && isPlainEdge(t.charCodeAt(b - 1)))) {
      if (own !== this.owned) this.owned = own;
      this.from = a;
      this.to = b;
      return b - a;
    }
    const v = t.slice(a, b).trim();
    this.owned = v;
    this.from = 0;
    this.to = v.length;
    return v.length;
  }

  /** The trimmed cell of column `index` as a string ('' when absent). */
  cell(index: number): string {
    return this.at(index) === 0 ? '' : this.found();
  }

  /** The cell {@link CellReader.at} found, as a string. */
  found(): string {
    return this.text.slice(this.from, this.to);
  }

  /** Scans the cell {@link CellReader.at} found into `this.scan`, learning the column's decimal mark; false when not a number. */
  number(column: number, allowPercent: boolean): boolean {
    const s = this.scan;
    const ok = scanNumber(this.text, this.from, this.to, this.mark, this.colMark[column] ?? 0, this.fallbackMark, allowPercent, s);
    const ambiguous = this.ambiguousMarks;
    if (s.ambiguous !== 0 && ambiguous !== null) ambiguous[column] = (ambiguous[column] ?? 0) | (s.ambiguous === COMMA ? 1 : 2);
    if (!ok) return false;
    if (s.proves !== 0 && this.colMark[column] === 0) this.colMark[column] = s.proves;
    return true;
  }
}
