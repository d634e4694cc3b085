/**
 * The benchmark's own minimal reader of the generated CSV (no quotes, comma-separated), so the
 * reference implementations never depend on the library's reader: a bug there shows up as a
 * disagreement instead of being shared.
 */
import { CSV_HEADER } from '../generate.js';

/** One row of the canonical CSV, as text (empty cell = `''`). */
export type CsvRow = { readonly [K in (typeof CSV_HEADER)[number]]: string };

/** Splits the generated CSV text into rows of text cells; throws on anything it cannot read plainly. */
export function splitCsv(text: string): CsvRow[] {
  if (text.includes('"')) throw new Error('bench reader: quoted fields are not expected in generated data');
  const lines = text.split('\n');
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
  if (header.join(',') !== CSV_HEADER.join(',')) throw new Error(`bench reader: unexpected header ${header.join(',')}`);
  const rows: CsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const cells = line.split(',');
    if (cells.length !== CSV_HEADER.length) throw new Error(`bench reader: line ${i + 1} has ${cells.length} cells`);
    const row: Record<string, string> = {};
    for (let c = 0; c < CSV_HEADER.length; c++) row[CSV_HEADER[c] ?? ''] = cells[c] ?? '';
    rows.push(row as CsvRow);
  }
  return rows;
}
