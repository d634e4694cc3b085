/**
 * A resumable RFC 4180 CSV tokenizer over text chunks (native `indexOf` or a char-code scan, no regex
 * per cell), handing each row over as cell positions ({@link CsvRow}), not as strings.
 *
 * Chosen over csv-parse after measuring (`bench/csv-parsers.mjs`): it is several times faster
 * on the canonical shape, and `tokenizer.test.ts` (beside it) keeps it in agreement with
 * csv-parse on tricky input (quotes, doubled quotes, embedded delimiters and newlines, CRLF, BOM).
 *
 * Behaviour:
 * - fields separated by one delimiter character; records end at LF, CRLF or a lone CR;
 * - a field starting with `"` is quoted: it ends at the next lone `"`, `""` is a literal quote,
 *   delimiters and line breaks inside are content;
 * - lenient where exports are sloppy: a `"` inside an unquoted field is kept literally;
 * - problems are reported per row, never thrown: text after a closing quote (kept, appended), a
 *   quoted field still open at the end of the input, and a field longer than `maxField`
 *   characters (default `INPUT_LIMITS.fieldLength`: a missing quote, or not a CSV file) — that
 *   row is reported and the rest of its line skipped from the character past the limit, so memory
 *   stays bounded whatever the input, and the rows are the same however the text is chunked.
 *
 * @internal
 */

import { INPUT_LIMITS } from '../../../_lib/diagnostics.js';
import { CsvRow, type RowProblem } from './csvRow.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;
const SKIP_LINE = 4;

/**
 * Receives each row, the 1-based physical line it starts on, and a quoting problem if any. The
 * row is reused for the next one: a sink that keeps it must copy it.
 * @internal
 */
export type RowSink = (row: CsvRow, line: number, problem: RowProblem | null) => void;

/** @internal */
export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private readonly sink: RowSink;
  /** In the chunk being pushed: the next delimiter and the next LF at or after the last field start (`n` when none), and whether the chunk has a CR. */
  private nextDelimiter = 0;
  private nextLF = 0;
  private hasCR = false;
  private readonly row = new CsvRow();
  private count = 0;
  private partial = '';
  private state = FIELD_START;
  private skipLF = false;
  private line = 1;
  private rowLine = 1;
  private problem: RowProblem | null = null;

  private readonly maxField: number;

  constructor(delimiter: string, sink: RowSink, firstLine = 1, maxField: number = INPUT_LIMITS.fieldLength) {
    this.maxField = maxField;
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter.charAt(0);
    this.sink = sink;
    this.line = firstLine;
    this.rowLine = firstLine;
  }

  /** Feeds the next chunk of text. */
  push(s: string): void {
    const n = s.length;
    let i = 0;
    this.nextDelimiter = -1;
    this.nextLF = -1;
    this.hasCR = s.indexOf('\r') !== -1;
    this.row.chunk = s;
    if (this.skipLF && n > 0) {
      this.skipLF = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START || state === UNQUOTED) {
        if (state === FIELD_START && s.charCodeAt(i) === QUOTE) {
          this.state = QUOTED;
          i++;
          continue;
        }
        let j = this.fieldEnd(s, i);
        let c = j < n ? s.charCodeAt(j) : 0;
        if (j === n) {
          this.partial = this.partial.length === 0 ? s.slice(i, n) : this.partial + s.slice(i, n);
          this.state = UNQUOTED;
          i = n;
          if (this.partial.length > this.maxField) this.overflow();
          break;
        }
        const maxField = this.maxField;
        if (this.partial.length + (j - i) > maxField) {
          // too long: the same as when the field goes on past the chunk (no line break lies between)
          this.overflow();
          i = j;
          continue;
        }
        const row = this.row;
        let count = this.count;
        if (this.partial.length === 0) {
          row.put(count++, i, j);
        } else {
          row.putOwn(count++, this.partial + s.slice(i, j));
          this.partial = '';
        }
        // Fast path for the common case: the following unquoted fields of the same line are
        // scanned right here, with the field count in a local, instead of going round the state
        // machine (and through `this`) once per field. Leaves at a line end, a quote, or the
        // end of the chunk, with the state exactly as the general loop would have left it.
        const delim = this.delimiter;
        while (c === delim) {
          const start = j + 1;
          if (start === n || s.charCodeAt(start) === QUOTE) break;
          j = this.fieldEnd(s, start);
          c = j < n ? s.charCodeAt(j) : 0;
          if (j === n || j - start > maxField) {
            // the field goes on in the next chunk, or is too long: hand it to the general loop as a fresh field
            j = start - 1;
            c = delim;
            break;
          }
          row.put(count++, start, j);
        }
        this.count = count;
        i = this.terminate(s, j, c);
      } else if (state === QUOTED) {
        const q = s.indexOf('"', i);
        const end = q === -1 ? n : q;
        if (end > i) {
          const room = this.maxField - this.partial.length;
          if (end - i > room) {
            // too long: stop at the character past the limit, wherever the chunks end
            const past = i + room + 1;
            this.countLines(s.slice(i, past));
            this.overflow();
            i = past;
            continue;
          }
          const piece = s.slice(i, end);
          this.partial += piece;
          this.countLines(piece);
        }
        if (q === -1) {
          i = n;
        } else {
          this.state = QUOTE_SEEN;
          i = q + 1;
        }
      } else if (state === SKIP_LINE) {
        let j = i;
        let c = 0;
        while (j < n) {
          c = s.charCodeAt(j);
          if (c === LF || c === CR) break;
          j++;
        }
        if (j === n) {
          i = n;
          break;
        }
        this.state = FIELD_START;
        this.line++;
        this.rowLine = this.line;
        i = j + 1;
        if (c === CR) {
          if (i < n) {
            if (s.charCodeAt(i) === LF) i++;
          } else {
            this.skipLF = true;
          }
        }
      } else {
        // QUOTE_SEEN: a doubled quote, or the end of the quoted field
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          i++;
          if (this.partial.length >= this.maxField) {
            this.overflow();
            continue;
          }
          this.partial += '"';
          this.state = QUOTED;
        } else if (c === this.delimiter || c === LF || c === CR) {
          this.field(this.partial);
          this.partial = '';
          i = this.terminate(s, i, c);
        } else {
          // text after the closing quote: keep it (as csv-parse's relax mode would) and flag the row
          if (this.problem === null) this.problem = 'text_after_closing_quote';
          this.state = UNQUOTED;
        }
      }
    }
    // a row goes on in the next chunk: its fields so far must not point into this one
    if (this.count > 0) this.row.detach(this.count);
  }

  /**
   * Where the unquoted field starting at `j` ends: the index of the next delimiter, LF or CR, or
   * the chunk's length. Without a CR in the chunk, the next delimiter and the next LF are found
   * with `indexOf` (native, several times faster than a char loop) and remembered, so each is
   * searched for once per occurrence.
   */
  private fieldEnd(s: string, j: number): number {
    const n = s.length;
    if (this.hasCR) {
      const delim = this.delimiter;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        j++;
      }
      return j;
    }
    let d = this.nextDelimiter;
    if (d < j) {
      d = s.indexOf(this.delimiterText, j);
      if (d === -1) d = n;
      this.nextDelimiter = d;
    }
    let e = this.nextLF;
    if (e < j) {
      e = s.indexOf('\n', j);
      if (e === -1) e = n;
      this.nextLF = e;
    }
    return d < e ? d : e;
  }

  /**
   * True when the text pushed so far ended exactly between two rows: no field, quoted field or
   * line break is pending, so what follows reads as if a fresh tokenizer started on it.
   */
  atRowStart(): boolean {
    return this.state === FIELD_START && this.count === 0 && this.partial === '' && !this.skipLF && this.problem === null;
  }

  /** The 1-based physical line the next row starts on (when {@link CsvTokenizer.atRowStart}). */
  get nextLine(): number {
    return this.line;
  }

  /** Ends the input: flushes the last row (with a problem when a quoted field is still open). */
  end(): void {
    if (this.state === SKIP_LINE) {
      this.state = FIELD_START;
      return;
    }
    if (this.state === QUOTED) {
      this.problem ??= 'unterminated_quote';
      this.field(this.partial);
    } else if (this.state === UNQUOTED || this.state === QUOTE_SEEN) {
      this.field(this.partial);
    } else if (this.count === 0) {
      return;
    } else {
      this.field('');
    }
    this.partial = '';
    this.state = FIELD_START;
    this.emit();
  }

  /** Handles the character `c` at `j` that ended a field; returns the next index. */
  private terminate(s: string, j: number, c: number): number {
    if (c !== LF && c !== CR) {
      this.state = FIELD_START;
      return j + 1;
    }
    this.emit();
    this.line++;
    this.rowLine = this.line;
    if (c === CR) {
      if (j + 1 < s.length) {
        if (s.charCodeAt(j + 1) === LF) return j + 2;
      } else {
        this.skipLF = true;
      }
    }
    return j + 1;
  }

  /** Appends a field that is a string of its own. */
  private field(value: string): void {
    this.row.putOwn(this.count++, value);
  }

  private emit(): void {
    const row = this.row;
    const problem = this.problem;
    row.count = this.count;
    this.count = 0;
    this.problem = null;
    this.state = FIELD_START;
    this.sink(row, this.rowLine, problem);
  }

  /** A field too long: report the row, drop the text, skip to the next line break. */
  private overflow(): void {
    this.problem = 'field_too_long';
    this.field('');
    this.partial = '';
    this.emit();
    this.state = SKIP_LINE;
  }

  private countLines(piece: string): void {
    let k = piece.indexOf('\n');
    while (k !== -1) {
      this.line++;
      k = piece.indexOf('\n', k + 1);
    }
  }
}
