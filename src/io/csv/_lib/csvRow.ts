/**
 * A row of the CSV tokenizer as cell positions in the chunk it came in, and the quoting problems a
 * row can have.
 * @internal
 */

/** A quoting problem found in one row. @internal */
export type RowProblem = 'text_after_closing_quote' | 'unterminated_quote' | 'field_too_long';

/**
 * One row of the tokenizer, without a string per field. Field `k` (for `k < count`) lies in
 * `chunk`, from `start[k]` to `end[k]`, so the reader can scan numbers, dates and codes in place
 * and only slice the text it keeps; or, when `start[k]` is -1 (a quoted field, one that spans
 * chunks, or one of a row begun in an earlier chunk), it is the string `own[k]`. The chunk is held
 * once per row, not once per field: storing a new string into a long-lived array costs a write
 * barrier each time. The tokenizer reuses the row for the next one: a sink that keeps it must
 * {@link CsvRow.copy} it.
 * @internal
 */
export class CsvRow {
  /** The number of fields. */
  count = 0;
  /** The text the in-place fields are in. */
  chunk = '';
  /** The text of each field that is a string of its own (`start` -1). */
  readonly own: string[] = [];
  start = new Int32Array(32);
  end = new Int32Array(32);

  /** Sets field `k` to `chunk.slice(a, b)`. */
  put(k: number, a: number, b: number): void {
    if (k >= this.start.length) this.grow();
    this.start[k] = a;
    this.end[k] = b;
  }

  /** Sets field `k` to the string `s`. */
  putOwn(k: number, s: string): void {
    if (k >= this.start.length) this.grow();
    this.own[k] = s;
    this.start[k] = -1;
    this.end[k] = s.length;
  }

  /** The text of field `k` (untrimmed); '' past the last field. */
  text(k: number): string {
    if (k >= this.count) return '';
    const a = this.start[k] as number;
    return a < 0 ? (this.own[k] as string) : this.chunk.slice(a, this.end[k]);
  }

  /** The fields as strings. */
  strings(): string[] {
    const out = new Array<string>(this.count);
    for (let k = 0; k < this.count; k++) out[k] = this.text(k);
    return out;
  }

  /** A copy that does not share this row's arrays, nor keep whole chunks alive. */
  copy(): CsvRow {
    const row = new CsvRow();
    for (let k = 0; k < this.count; k++) row.putOwn(k, (' ' + this.text(k)).slice(1));
    row.count = this.count;
    return row;
  }

  /** Makes the first `count` fields strings of their own, before `chunk` is replaced. */
  detach(count: number): void {
    for (let k = 0; k < count; k++) {
      const a = this.start[k] as number;
      if (a >= 0) this.putOwn(k, this.chunk.slice(a, this.end[k]));
    }
  }

  private grow(): void {
    const start = new Int32Array(this.start.length * 2);
    const end = new Int32Array(this.end.length * 2);
    start.set(this.start);
    end.set(this.end);
    this.start = start;
    this.end = end;
  }
}
