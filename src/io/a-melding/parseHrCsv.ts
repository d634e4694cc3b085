import type { Diagnostic } from '../../_lib/diagnostics.js';
import type { Sex } from '../../models/employee.js';
import { isValidNationalId } from '../../models/identifiers.js';
import { parseCsvTable, type CsvTableOptions } from '../csv/parseCsvTable.js';
import { HR_FIELDS, type HrField, type HrRecord } from './hrRecord.js';

/**
 * Header names recognised without a column mapping (compared case-insensitively, spaces, `_`
 * and `-` ignored): the field names themselves and common Norwegian ones.
 *
 * @example
 * ```ts
 * HR_COLUMN_ALIASES['kjønn']; // 'sex'
 * HR_COLUMN_ALIASES['stillingsnivå']; // 'jobLevel'
 * ```
 */
export const HR_COLUMN_ALIASES: Readonly<Record<string, HrField>> = Object.freeze({
  nationalid: 'nationalId',
  fnr: 'nationalId',
  fødselsnummer: 'nationalId',
  fodselsnummer: 'nationalId',
  personnummer: 'nationalId',
  employeenumber: 'employeeNumber',
  employeeid: 'employeeNumber',
  ansattnr: 'employeeNumber',
  ansattnummer: 'employeeNumber',
  arbeidsforholdid: 'employeeNumber',
  sex: 'sex',
  gender: 'sex',
  kjønn: 'sex',
  kjonn: 'sex',
  joblevel: 'jobLevel',
  stillingsnivå: 'jobLevel',
  stillingsniva: 'jobLevel',
  nivå: 'jobLevel',
  jobgroup: 'jobGroup',
  stillingsgruppe: 'jobGroup',
  unit: 'unit',
  enhet: 'unit',
  avdeling: 'unit',
  involuntaryparttime: 'involuntaryPartTime',
  ufrivilligdeltid: 'involuntaryPartTime',
});

const SEX_VALUES: Readonly<Record<string, Sex>> = {
  k: 'female',
  kvinne: 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
  m: 'male',
  mann: 'male',
  male: 'male',
  man: 'male',
  annet: 'other',
  other: 'other',
  ukjent: 'unknown',
  unknown: 'unknown',
};
const BOOLEAN_VALUES: Readonly<Record<string, boolean>> = { true: true, ja: true, yes: true, j: true, y: true, '1': true, false: false, nei: false, no: false, n: false, '0': false };

/** Options of {@link parseHrCsv}. */
export interface HrCsvOptions extends CsvTableOptions {
  /** Their header → our field, for headers the aliases do not cover (e.g. `{ "Ansatt ID": "employeeNumber" }`). */
  readonly columnMapping?: Readonly<Record<string, HrField>>;
}

/** What {@link parseHrCsv} returns: valid HR records (each with its data `row`) and every problem. */
export interface HrCsvResult {
  readonly records: readonly HrRecord[];
  readonly diagnostics: readonly Diagnostic[];
  /** Data rows read. */
  readonly read: number;
  /** Rows left out because of an error. */
  readonly rejected: number;
  /** True when no join column (national id or employee number) was found. */
  readonly fatal: boolean;
}

const norm = (h: string): string => h.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Reads an HR CSV export (any layout: `;` or `,`, UTF-8 or Windows-1252, BOM) into
 * {@link HrRecord}s to join to the a-melding with {@link readAMelding} (`options.hr`). Columns are
 * found by {@link HR_COLUMN_ALIASES} or `columnMapping`; at least a national id or an employee
 * number column is required (else `missing_columns`, fatal). Sex accepts
 * `K/M/kvinne/mann/female/male/other/unknown` (empty = not given: the importer may fall back to
 * the national id); involuntary part-time accepts `ja/nei/true/false/yes/no/1/0` (empty = not
 * answered, DEF-INV). A row with an error (unknown sex value, invalid national id, bad boolean) is
 * left out and counted; national ids are never echoed. `record` in diagnostics is the 1-based
 * data row (the header is not counted), also kept in each record's `row`.
 *
 * @param input - the CSV text or bytes
 * @param options - file name, delimiter, encoding, column mapping
 * @returns the HR records and diagnostics
 * @example
 * ```ts
 * const hr = parseHrCsv('Fødselsnummer;Kjønn;Stillingsnivå\n01010012356;M;L2\n', { file: 'hr.csv' });
 * hr.records[0]; // { nationalId: '01010012356', sex: 'male', jobLevel: 'L2', row: 1 }
 * ```
 */
export function parseHrCsv(input: string | Uint8Array, options: HrCsvOptions = {}): HrCsvResult {
  const table = parseCsvTable(input, options);
  const file = options.file;
  const where = file === undefined ? {} : { file };
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const mapping = new Map<string, HrField>(Object.entries(options.columnMapping ?? {}).map(([k, v]) => [norm(k), v]));
  const columns: Partial<Record<HrField, number>> = {};
  table.header.forEach((h, i) => {
    const field = mapping.get(norm(h)) ?? (Object.hasOwn(HR_COLUMN_ALIASES, norm(h)) ? HR_COLUMN_ALIASES[norm(h)] : undefined);
    if (field !== undefined && (HR_FIELDS as readonly string[]).includes(field) && columns[field] === undefined) columns[field] = i;
  });
  if (columns.nationalId === undefined && columns.employeeNumber === undefined) {
    diagnostics.push({ code: 'missing_columns', severity: 'error', path: [], params: { columns: ['nationalId', 'employeeNumber'] }, expected: 'a national id or an employee number column', ...where });
    return { records: [], diagnostics, read: table.rows.length, rejected: table.rows.length, fatal: true };
  }
  const records: HrRecord[] = [];
  let rejected = 0;
  table.rows.forEach((cells, ri) => {
    const row = ri + 1;
    const at = { record: row, ...where, params: { line: table.lines[ri] ?? 0 } };
    const cell = (f: HrField): string => {
      const i = columns[f];
      return i === undefined ? '' : (cells[i] ?? '');
    };
    let bad = false;
    const out: { -readonly [K in keyof HrRecord]: HrRecord[K] } = { row };
    const nid = cell('nationalId').replace(/\s+/g, '');
    if (nid !== '') {
      if (!isValidNationalId(nid)) {
        diagnostics.push({ code: 'invalid_national_id', severity: 'error', path: ['nationalId'], expected: '11 digits with valid mod 11 check digits', ...at });
        bad = true;
      } else out.nationalId = nid;
    }
    const emp = cell('employeeNumber');
    if (emp !== '') out.employeeNumber = emp;
    if (!bad && out.nationalId === undefined && out.employeeNumber === undefined) {
      diagnostics.push({ code: 'required', severity: 'error', path: ['nationalId'], expected: 'a national id or an employee number', ...at });
      bad = true;
    }
    const sexText = cell('sex').toLowerCase();
    if (sexText !== '') {
      const sex = Object.hasOwn(SEX_VALUES, sexText) ? SEX_VALUES[sexText] : undefined;
      if (sex === undefined) {
        diagnostics.push({ code: 'unknown_sex_value', severity: 'error', path: ['sex'], expected: 'K|M|kvinne|mann|female|male|other|unknown', found: cell('sex').slice(0, 30), ...at });
        bad = true;
      } else out.sex = sex;
    }
    for (const f of ['jobLevel', 'jobGroup', 'unit'] as const) {
      const v = cell(f);
      if (v !== '') out[f] = v;
    }
    const inv = cell('involuntaryPartTime').toLowerCase();
    if (inv !== '') {
      const b = Object.hasOwn(BOOLEAN_VALUES, inv) ? BOOLEAN_VALUES[inv] : undefined;
      if (b === undefined) {
        diagnostics.push({ code: 'invalid_value', severity: 'error', path: ['involuntaryPartTime'], expected: 'ja|nei|true|false|yes|no|1|0 or empty', found: cell('involuntaryPartTime').slice(0, 30), ...at });
        bad = true;
      } else out.involuntaryPartTime = b;
    }
    if (bad) rejected += 1;
    else records.push(out);
  });
  return { records, diagnostics, read: table.rows.length, rejected, fatal: false };
}
