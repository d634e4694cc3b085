import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parse as csvParse } from 'csv-parse/sync';
import type { RowProblem } from './csvRow.js';
import { CsvTokenizer } from './tokenizer.js';
import { splitText } from '../../../../tests/io/csv/_chunks.js';

function tokenize(text: string | readonly string[], delimiter = ','): { rows: string[][]; lines: number[]; problems: (RowProblem | null)[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: (RowProblem | null)[] = [];
  const t = new CsvTokenizer(delimiter, (row, line, p) => {
    rows.push(row.strings());
    lines.push(line);
    problems.push(p);
  });
  for (const chunk of typeof text === 'string' ? [text] : text) t.push(chunk);
  t.end();
  return { rows, lines, problems };
}

/** What the well-kept library gives for the same input (blank lines kept as one empty field, like ours). */
function library(text: string, delimiter = ','): string[][] {
  const rows: string[][] = csvParse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
  return rows;
}

const TRICKY: readonly [string, string][] = [
  ['plain', 'a,b,c\n1,2,3\n'],
  ['no final newline', 'a,b\n1,2'],
  ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
  ['quoted delimiter', 'a,b\n"x,y",2\n'],
  ['doubled quotes', 'a,b\n"he said ""hi""",2\n'],
  ['embedded LF', 'a,b\n"line1\nline2",2\n3,4\n'],
  ['embedded CRLF', 'a,b\r\n"line1\r\nline2",2\r\n'],
  ['empty quoted', 'a,b\n"",2\n'],
  ['empty fields', 'a,b,c\n,,\n1,,3\n'],
  ['trailing delimiter', 'a,b,\n1,2,\n'],
  ['quoted at end of file', 'a,b\n1,"2"'],
  ['semicolon export', 'navn;lønn\n"Hansen; Ola";"45 000,50"\n'],
  ['unicode', 'navn,by\nÆrlig Øse,Ålesund\n'],
];

describe('CsvTokenizer agrees with csv-parse on well-formed tricky input', () => {
  for (const [name, text] of TRICKY) {
    it(name, () => {
      const d = name === 'semicolon export' ? ';' : ',';
      expect(tokenize(text, d).rows).toEqual(library(text, d));
    });
  }

  it('agrees on random well-formed CSV, in one piece and split into random chunks', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-zæøå0-9 .]{0,6}$/),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ';', ' ', 'ø'), maxLength: 6 }),
    );
    const table = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), (rows, cuts, crlf) => {
        const quote = (c: string) => (/[",\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
        const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
        const expected = library(text);
        expect(tokenize(text).rows).toEqual(expected);
        expect(tokenize(splitText(text, cuts)).rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CsvTokenizer: the unquoted-run fast path changes nothing', () => {
  it('any text (malformed too) gives the same rows, lines and problems whole, in random chunks, and one character at a time', () => {
    // one character per chunk never reaches the fast path (the next field always starts in the next
    // chunk), and its field ends are trivially found, so it is the general state machine alone: the
    // reference for the whole-text run (which, without a CR, finds field ends with indexOf)
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ø', ',', ';', '"', '\n', '\r', ' '), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(',', ';'), (t, cuts, d) => {
        const reference = tokenize(Array.from(t), d);
        expect(tokenize(t, d)).toEqual(reference);
        expect(tokenize(splitText(t, cuts), d)).toEqual(reference);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('CsvTokenizer on malformed input reports, never throws', () => {
  it('flags an unterminated quote at the end of the input', () => {
    const r = tokenize('a,b\n1,"open\n2,3\n');
    expect(r.rows).toHaveLength(2);
    expect(r.problems[1]).toBe('unterminated_quote');
  });
  it('flags text after a closing quote and keeps it', () => {
    const r = tokenize('a,b\n"x"y,2\n');
    expect(r.rows[1]).toEqual(['xy', '2']);
    expect(r.problems[1]).toBe('text_after_closing_quote');
  });
  it('keeps a quote inside an unquoted field literally', () => {
    expect(tokenize('a\n5" pipe\n').rows[1]).toEqual(['5" pipe']);
  });
  it('numbers physical lines, counting line breaks inside quotes', () => {
    expect(tokenize('h\n"a\nb"\nc\r\nd\re\n').lines).toEqual([1, 2, 4, 5, 6]);
  });
  it('handles CR at a chunk boundary followed by LF in the next chunk', () => {
    expect(tokenize(['a,b\r', '\n1,2\r', '\n']).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('CsvTokenizer keeps memory bounded', () => {
  function run(chunks: readonly string[], max: number) {
    const rows: string[][] = [];
    const problems: (RowProblem | null)[] = [];
    const lines: number[] = [];
    const t = new CsvTokenizer(
      ',',
      (row, line, p) => {
        rows.push(row.strings());
        problems.push(p);
        lines.push(line);
      },
      1,
      max,
    );
    for (const c of chunks) t.push(c);
    t.end();
    return { rows, problems, lines };
  }
  it('reports a quoted field longer than the limit and resumes after the next line break', () => {
    const r = run(['a,b\n1,"', 'x'.repeat(30), 'y'.repeat(30), '\nstill quoted\r', '\n2,3\n'], 50);
    expect(r.problems).toEqual([null, 'field_too_long', null, null]);
    expect(r.rows[2]).toEqual(['still quoted']);
    expect(r.rows[3]).toEqual(['2', '3']);
    expect(r.lines).toEqual([1, 2, 3, 4]);
  });
  it('reports an unquoted field longer than the limit (no delimiters, no line breaks)', () => {
    const r = run(['h\n', 'z'.repeat(40), 'z'.repeat(40), 'z'.repeat(40)], 50);
    expect(r.problems).toEqual([null, 'field_too_long']);
    expect(r.rows).toHaveLength(2);
  });
});
