/**
 * One CSV import in progress: text chunks in, records and diagnostics out. Shared by the
 * whole-file and the streaming entry points, so both behave identically. With `onRecords` the
 * records of each pushed chunk are handed over at the end of that `push` (and the last ones at
 * `finish`) instead of being kept.
 * @internal
 */
import { DiagnosticLog, INPUT_LIMITS, type Diagnostic } from '../../../_lib/diagnostics.js';
import type { Employee } from '../../../models/employee.js';
import type { CsvImportProfile, CsvImportResult } from '../csvImportOptions.js';
import type { UsedEncoding } from '../csvImportOptions.js';
import { RowConverter } from './rowConverter.js';
import type { CsvRow, RowProblem } from './csvRow.js';
import { detectDelimiter, sepHint } from './delimiter.js';
import { CsvTokenizer } from './tokenizer.js';
import { isPlainEdge } from './values.js';

/** @internal */
export class ImportSession {
  /** Every problem, the first `maxDiagnostics` kept (`INPUT_LIMITS.diagnostics`). */
  readonly log: DiagnosticLog;
  /** The records kept, or with `onRecords` the batch not yet handed over. */
  private records: Employee[] = [];
  private readonly profile: CsvImportProfile;
  private readonly file: string | undefined;
  private readonly onRecords: ((records: readonly Employee[]) => void) | undefined;
  private tokenizer: CsvTokenizer | null = null;
  private converter: RowConverter | null = null;
  private pending = '';
  /** How far `pending` has been searched for a line break. */
  private searched = 0;
  /** The header line is longer than `INPUT_LIMITS.headerLength`: nothing is read. */
  private headerTooLong = false;
  private started = false;
  private delimiter = ',';
  private hinted: string | null = null;
  private firstLine = 1;
  private header: readonly string[] | null = null;
  private rowNumber = 0;
  private read = 0;
  private rejected = 0;

  constructor(profile: CsvImportProfile, file: string | undefined, onRecords?: (records: readonly Employee[]) => void) {
    this.profile = profile;
    this.file = file;
    this.onRecords = onRecords;
    this.log = new DiagnosticLog(profile.maxDiagnostics);
  }

  /**
   * A session for the text of a file from a row boundary on, after the header (the second part of
   * a file read in two parts): the header and the delimiter are the ones the first part found, rows
   * and lines are numbered from 1 at the boundary, and the header's diagnostics are not repeated.
   * Its converter records the marks ambiguous numbers were read with.
   */
  static continuing(
    profile: CsvImportProfile,
    file: string | undefined,
    header: readonly string[],
    delimiter: string,
    onRecords?: (records: readonly Employee[]) => void,
  ): ImportSession {
    const session = new ImportSession(profile, file, onRecords);
    session.started = true;
    session.delimiter = delimiter;
    session.header = header;
    session.converter = new RowConverter(header, profile, delimiter, file, session.log, true);
    // the first part reported the header
    session.log.clear();
    session.tokenizer = new CsvTokenizer(delimiter, (row, line, problem) => session.row(row, line, problem), 1);
    return session;
  }

  /** The header's cells as read (untrimmed), once the header row is complete. */
  get headerCells(): readonly string[] | null {
    return this.header;
  }

  /** The delimiter in use (final once the header row is complete). */
  get usedDelimiter(): string {
    return this.delimiter;
  }

  /** The row converter, once the header row is complete. */
  get rowConverter(): RowConverter | null {
    return this.converter;
  }

  /**
   * When the text pushed so far ends exactly between two data rows: the data rows read (blank
   * ones included: the last `record` number given) and the physical line the next row starts on;
   * else (inside a row, or the header not complete) null.
   */
  boundary(): { readonly rows: number; readonly nextLine: number } | null {
    const tokenizer = this.tokenizer;
    if (tokenizer === null || this.converter === null || !tokenizer.atRowStart()) return null;
    return { rows: this.rowNumber, nextLine: tokenizer.nextLine };
  }

  /** Data rows read so far (for progress). */
  get rowsRead(): number {
    return this.read;
  }

  /** True once the header showed the file cannot be used: further text is not read. */
  get fatal(): boolean {
    return this.headerTooLong || this.converter?.fatal === true;
  }

  /** Reads the next chunk of text; with `onRecords`, hands over the records it completed. */
  push(text: string): void {
    this.feed(text);
    this.deliver();
  }

  /** Hands the pending batch to `onRecords` (if any, and only when not empty). */
  private deliver(): void {
    const onRecords = this.onRecords;
    if (onRecords === undefined || this.records.length === 0) return;
    const batch = this.records;
    // a fresh array first, so the callee may keep the batch (and a throwing callee leaves no half state)
    this.records = [];
    onRecords(batch);
  }

  private feed(text: string): void {
    if (this.tokenizer !== null) {
      if (!this.fatal) this.tokenizer.push(text);
      return;
    }
    if (this.headerTooLong) return;
    const had = this.pending.length;
    this.pending += text;
    if (!this.started && this.pending.charCodeAt(0) === 0xfeff) this.pending = this.pending.slice(1);
    this.started = this.pending.length > 0;
    // only the new text is searched (each character once, however many chunks the line takes)
    let eol = lineBreak(this.pending, Math.max(0, Math.min(this.searched, had - 1)));
    this.searched = this.pending.length;
    if (eol === -1) {
      if (this.pending.length > INPUT_LIMITS.headerLength) this.refuseHeader();
      return;
    }
    if (this.firstLine === 1) {
      // an Excel `sep=;` line names the delimiter (wait for the whole line break)
      if (this.pending.charCodeAt(eol) === 13 && eol + 1 === this.pending.length) return;
      const hint = sepHint(this.pending);
      if (hint !== null) {
        this.hinted = hint.delimiter;
        this.pending = this.pending.slice(hint.skip);
        this.firstLine = 2;
        eol = lineBreak(this.pending, 0);
        this.searched = this.pending.length;
        if (eol === -1) {
          if (this.pending.length > INPUT_LIMITS.headerLength) this.refuseHeader();
          return;
        }
      }
    }
    if (eol > INPUT_LIMITS.headerLength) {
      this.refuseHeader();
      return;
    }
    this.begin(this.pending.slice(0, eol));
  }

  /** A header line too long to be one: the file is not read (fatal). */
  private refuseHeader(): void {
    this.headerTooLong = true;
    this.pending = '';
    const d: Diagnostic = { code: 'header_too_long', severity: 'error', path: [], params: { limit: INPUT_LIMITS.headerLength } };
    this.log.add(this.file === undefined ? d : { ...d, file: this.file });
  }

  private begin(headerLine: string): void {
    this.delimiter = this.profile.delimiter !== 'auto' ? this.profile.delimiter : (this.hinted ?? detectDelimiter(headerLine));
    this.tokenizer = new CsvTokenizer(this.delimiter, (row, line, problem) => this.row(row, line, problem), this.firstLine);
    const text = this.pending;
    this.pending = '';
    this.tokenizer.push(text);
  }

  private row(row: CsvRow, line: number, problem: RowProblem | null): void {
    const converter = this.converter;
    if (converter === null) {
      const header = row.strings();
      this.header = header;
      this.converter = new RowConverter(header, this.profile, this.delimiter, this.file, this.log);
      return;
    }
    if (converter.fatal) return;
    this.rowNumber++;
    if (problem === null && isBlank(row)) return;
    if (converter.long) {
      const finished = converter.pushLine(row, this.rowNumber, line, problem);
      if (finished !== undefined) this.take(finished);
      return;
    }
    this.take(converter.convert(row, this.rowNumber, line, problem));
  }

  /** Counts one employment: kept, or rejected (null). */
  private take(record: Employee | null): void {
    this.read++;
    if (record === null) this.rejected++;
    else this.records.push(record);
  }

  finish(encoding: UsedEncoding, extra: readonly Diagnostic[] = []): CsvImportResult {
    if (this.headerTooLong) {
      const { diagnostics, errors, warnings, diagnosticsOmitted } = this.log.finish(extra, this.file);
      return {
        records: [],
        diagnostics,
        read: 0,
        rejected: 0,
        errors,
        warnings,
        diagnosticsOmitted,
        fatal: true,
        delimiter: this.delimiter,
        encoding,
        columns: { fields: {}, ignored: [], annual: [], decimal: {} },
      };
    }
    if (this.tokenizer === null) {
      if (this.pending.length > INPUT_LIMITS.headerLength) {
        this.refuseHeader();
        return this.finish(encoding, extra);
      }
      const hint = this.firstLine === 1 ? sepHint(this.pending) : null;
      if (hint !== null) {
        this.hinted = hint.delimiter;
        this.pending = this.pending.slice(hint.skip);
        this.firstLine = 2;
      }
      this.begin(this.pending);
    }
    (this.tokenizer as CsvTokenizer).end();
    if (this.converter === null) this.converter = new RowConverter([], this.profile, this.delimiter, this.file, this.log);
    if (this.converter.long && !this.converter.fatal) {
      const finished = this.converter.flushLines();
      if (finished !== undefined) this.take(finished);
    }
    if (!this.converter.fatal) this.deliver();
    const { diagnostics, errors, warnings, diagnosticsOmitted } = this.log.finish(extra, this.file);
    const fatal = this.converter.fatal;
    return {
      records: fatal || this.onRecords !== undefined ? [] : this.records,
      diagnostics,
      read: fatal ? 0 : this.read,
      rejected: fatal ? 0 : this.rejected,
      errors,
      warnings,
      diagnosticsOmitted,
      fatal,
      delimiter: this.delimiter,
      encoding,
      columns: this.converter.columns,
    };
  }
}

/** The index of the first CR or LF at or after `from`, or -1. */
function lineBreak(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/** True when every field is empty or whitespace. */
function isBlank(row: CsvRow): boolean {
  for (let k = 0; k < row.count; k++) {
    const a = row.start[k] as number;
    const b = row.end[k] as number;
    if (a === b) continue;
    if ((a >= 0 && isPlainEdge(row.chunk.charCodeAt(a))) || row.text(k).trim() !== '') return false;
  }
  return true;
}
