/**
 * Random employee CSV files as bytes, for tests that read whole files in several ways and compare:
 * canonical or Norwegian headers (with a column mapping), `,` `;` or tab, `.` or `,` decimals (and
 * ambiguous `1.234`), LF or CRLF, UTF-8 (with or without BOM) or Windows-1252, an Excel `sep=`
 * line, quoted cells with delimiters, quotes and line breaks, blank rows, rows of the wrong width,
 * text after a closing quote, duplicate and missing ids, Norwegian spellings (K/M, fast/midlertidig,
 * 31.12.2025, 45 000,50, ja/nei) and invalid values, optional organisation-number and year columns.
 */
import fc from 'fast-check';
import type { CsvImportOptions } from '../../../src/io/csv/index.js';

/** A generated file, the options to read it with, and a few facts about it. */
export interface CsvFileCase {
  readonly bytes: Uint8Array;
  readonly options: Omit<CsvImportOptions, 'onRecords' | 'onProgress'>;
  readonly delimiter: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
}

const NBSP = '\u00a0';

/** True with about `percent` % probability (shrinks to false). */
const chance = (percent: number): fc.Arbitrary<boolean> => fc.integer({ min: 0, max: 99 }).map((n) => n >= 100 - percent);

const CANONICAL = [
  'employeeId',
  'gender',
  'employmentKind',
  'contract',
  'positionPercent',
  'startDate',
  'endDate',
  'unit',
  'jobLevel',
  'basePay',
  'parentalLeaveWeeks',
  'involuntaryPartTime',
] as const;
type Column = (typeof CANONICAL)[number] | 'organisationNumber' | 'year';
const NORWEGIAN: Readonly<Record<Column, string>> = {
  employeeId: 'Ansattnr',
  gender: 'Kjønn',
  employmentKind: 'Type',
  contract: 'Ansettelse',
  positionPercent: 'Stillingsprosent',
  startDate: 'Ansatt fra',
  endDate: 'Sluttdato',
  unit: 'Avdeling',
  jobLevel: 'Stillingsnivå',
  basePay: 'Månedslønn',
  parentalLeaveWeeks: 'Foreldrepermisjon uker',
  involuntaryPartTime: 'Ufrivillig deltid',
  organisationNumber: 'Orgnr',
  year: 'År',
};

const dialect = fc.record({
  delimiter: fc.constantFrom(',', ';', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8-bom', 'windows-1252') as fc.Arbitrary<CsvFileCase['encoding']>,
  norwegian: fc.boolean(),
  sepLine: chance(15),
  decimal: fc.constantFrom('auto', 'auto', 'auto', '.', ','),
  organisationNumber: fc.boolean(),
  year: fc.boolean(),
  trailingEol: fc.boolean(),
});
type Dialect = typeof dialect extends fc.Arbitrary<infer T> ? T : never;

const isoDate = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const norwegianDate = isoDate.map((d) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`);
const date = fc.oneof(
  { weight: 6, arbitrary: isoDate },
  { weight: 3, arbitrary: norwegianDate },
  { weight: 1, arbitrary: fc.constantFrom('31.02.2025', 'soon', '2025-13-01') },
);

/** A number cell: plain, with either decimal mark, with thousands groups, ambiguous (`1.234`), kroner (`,-`), or not a number. */
const numberCell = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max }).map(String) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.nat({ max }), fc.constantFrom('.', ','), fc.integer({ min: 0, max: 99 }), fc.boolean())
        .map(([i, m, f, two]) => `${i}${m}${two ? String(f).padStart(2, '0') : String(f % 10)}`),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('.', ','), fc.integer({ min: 0, max: 999 }))
        .map(([i, m, f]) => `${i}${m}${String(f).padStart(3, '0')}`),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom(' ', NBSP, '.'), fc.integer({ min: 0, max: 999 }), fc.constantFrom(',50', '.50', '', ',-'))
        .map(([a, g, b, tail]) => `${a}${g}${String(b).padStart(3, '0')}${tail}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('', 'abc', '-5', '1.2.3', '12,345,6', '%') },
  );

const textCell = fc.constantFrom('', 'Oslo', 'Økonomi', 'IT; drift', 'Bergen "vest"', 'Tromsø/IT', 'a,b', 'two\nlines', 'cr\r\nlf', 'tab\there', ' Ålesund ');

const dataRow = fc.record({
  id: fc.oneof(
    { weight: 8, arbitrary: fc.constant('next') },
    { weight: 2, arbitrary: fc.nat({ max: 30 }).map((n) => `E${n}`) },
    { weight: 1, arbitrary: fc.constantFrom('', ' E7 ', 'X1') },
  ),
  gender: fc.constantFrom('female', 'male', 'K', 'M', 'kvinne', 'mann', 'Kvinne', 'x', 'ukjent', '', 'hen'),
  employmentKind: fc.constantFrom('', '', 'ordinary', 'frilanser', 'maritim', 'bogus'),
  contract: fc.constantFrom('', 'permanent', 'fast', 'midlertidig', 'vikar', 'temporary', '??'),
  positionPercent: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('100', '100', '80', '50') }, { weight: 2, arbitrary: numberCell(250) }),
  startDate: date,
  endDate: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: date }),
  unit: textCell,
  jobLevel: fc.constantFrom('', 'Nivå 1', 'Leder', 'Rådgiver'),
  basePay: numberCell(90_000),
  parentalLeaveWeeks: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: numberCell(60) }),
  involuntaryPartTime: fc.constantFrom('', '', 'true', 'false', 'ja', 'nei', 'maybe'),
  organisationNumber: fc.constantFrom('974760673', '974760673', '910000004', '', '123'),
  year: fc.constantFrom('2025', '2025', '2024', '', 'x'),
  quoteAll: chance(5),
  textAfterQuote: chance(3),
});
type DataRow = typeof dataRow extends fc.Arbitrary<infer T> ? T : never;

const row = fc.oneof(
  { weight: 12, arbitrary: dataRow.map((r) => ({ kind: 'data' as const, r })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty cells' as const }) },
  { weight: 1, arbitrary: dataRow.map((r) => ({ kind: 'short' as const, r })) },
);

function quote(cell: string, delimiter: string, always: boolean): string {
  if (!always && !cell.includes(delimiter) && !cell.includes('"') && !cell.includes('\n') && !cell.includes('\r')) return cell;
  return `"${cell.replace(/"/g, '""')}"`;
}

function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    return c <= 0xff ? c : 0x3f;
  });
}

function encode(text: string, encoding: CsvFileCase['encoding']): Uint8Array {
  if (encoding === 'windows-1252') return cp1252(text);
  const utf8 = new TextEncoder().encode(text);
  return encoding === 'utf-8' ? utf8 : Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
}

function build(d: Dialect, rows: readonly (typeof row extends fc.Arbitrary<infer T> ? T : never)[], tail: 'none' | 'unterminated'): CsvFileCase {
  const columns: Column[] = [...CANONICAL];
  if (d.organisationNumber) columns.push('organisationNumber');
  if (d.year) columns.push('year');
  const header = columns.map((c) => (d.norwegian ? NORWEGIAN[c] : c));
  const lines: string[] = [];
  if (d.sepLine) lines.push(`sep=${d.delimiter}`);
  lines.push(header.map((h) => quote(h, d.delimiter, false)).join(d.delimiter));
  let next = 0;
  for (const x of rows) {
    if (x.kind === 'blank') {
      lines.push('');
      continue;
    }
    if (x.kind === 'empty cells') {
      lines.push(d.delimiter.repeat(columns.length - 1));
      continue;
    }
    const r: DataRow = x.r;
    next++;
    const cells = columns.map((c) => {
      const v = c === 'employeeId' ? (r.id === 'next' ? `E${next}` : r.id) : r[c];
      return quote(v, d.delimiter, r.quoteAll);
    });
    if (r.textAfterQuote) cells[7] = `"${cells[7]?.replace(/"/g, '') ?? ''}"x`;
    lines.push((x.kind === 'short' ? cells.slice(0, 5) : cells).join(d.delimiter));
  }
  let text = lines.join(d.eol);
  if (d.trailingEol) text += d.eol;
  if (tail === 'unterminated') text += `E999${d.delimiter}K${d.delimiter}"open`;
  const options: CsvFileCase['options'] = {
    file: 'random.csv',
    ...(d.decimal === 'auto' ? {} : { decimal: d.decimal }),
    ...(d.norwegian ? { columnMapping: Object.fromEntries(columns.map((c) => [NORWEGIAN[c], c])) } : {}),
  };
  return { bytes: encode(text, d.encoding), options, delimiter: d.delimiter, encoding: d.encoding };
}

/**
 * A random employee CSV file (up to `maxRows` rows), with the import options it is meant to be
 * read with (a column mapping for the Norwegian header, sometimes a fixed decimal mark).
 */
export function csvFile(maxRows = 30): fc.Arbitrary<CsvFileCase> {
  return fc
    .tuple(
      dialect,
      fc.array(row, { maxLength: maxRows }),
      fc.constantFrom('none', 'none', 'none', 'none', 'unterminated') as fc.Arbitrary<'none' | 'unterminated'>,
    )
    .map(([d, rows, tail]) => build(d, rows, tail));
}
