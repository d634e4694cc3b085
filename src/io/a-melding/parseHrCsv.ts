import { z } from 'zod';
import { DiagnosticLog, INPUT_LIMITS, type Diagnostic } from '../../_lib/diagnostics.js';
import type { Sex } from '../../models/employee.js';
import { isValidNationalId } from '../../models/identifiers.js';
import { foundIn } from '../_lib/found.js';
import { parseArgument } from '../_lib/invalidInput.js';
import { plainDataIssues } from '../_lib/plainData.js';
import { checkTextInput } from '../csv/_lib/profile.js';
import { unitDepth } from '../csv/_lib/values.js';
import { CsvTableOptionsSchema, readCsvTable, type CsvTableOptions } from '../csv/parseCsvTable.js';
import { HR_FIELDS, type HrField, type HrRecord } from './hrRecord.js';
import { expecting } from '../../locales/index.js';

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
  anna: 'other',
  other: 'other',
  ukjent: 'unknown',
  ukjend: 'unknown',
  unknown: 'unknown',
};
const BOOLEAN_VALUES: Readonly<Record<string, boolean>> = {
  true: true,
  ja: true,
  yes: true,
  j: true,
  y: true,
  '1': true,
  false: false,
  nei: false,
  no: false,
  n: false,
  '0': false,
};

/** Options of {@link parseHrCsv}. */
export interface HrCsvOptions extends CsvTableOptions {
  /** Their header → our field, for headers the aliases do not cover (e.g. `{ "Ansatt ID": "employeeNumber" }`). */
  readonly columnMapping?: Readonly<Record<string, HrField>>;
}

const HrCsvOptionsSchema = CsvTableOptionsSchema.extend({
  columnMapping: z.record(z.string().min(1), z.enum(HR_FIELDS)).optional(),
});

/** What {@link parseHrCsv} returns: valid HR records (each with its data `row`) and every problem. */
export interface HrCsvResult {
  readonly records: readonly HrRecord[];
  /**
   * The problems: the first `maxDiagnostics` (default `INPUT_LIMITS.diagnostics`) in full, then one
   * `diagnostics_truncated` warning with the count of the rest.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Problems counted but not kept in `diagnostics`. */
  readonly diagnosticsOmitted: number;
  /** Counts by severity, of every problem (kept or not). */
  readonly errors: number;
  readonly warnings: number;
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
 * answered, DEF-INV). A row with an error (unknown sex value, invalid national id, bad boolean, a
 * unit of more than `INPUT_LIMITS.unitDepth` levels) is left out and counted; a cell that could be
 * a national id, a name or an amount is never echoed (an unknown sex value is described: "11
 * digits", "text"). `record` in diagnostics is the 1-based data row (the header is not counted),
 * also kept in each record's `row`.
 *
 * @param input - the CSV text or bytes
 * @param options - file name, delimiter, encoding, column mapping, `maxDiagnostics`
 * @returns the HR records and diagnostics
 * @throws `LikestillingInputError` (`name`) when the input is not text or bytes or an option is
 *   invalid (a column mapped to no HR field …), its `issues` naming every bad path
 * @example
 * ```ts
 * const hr = parseHrCsv('Fødselsnummer;Kjønn;Stillingsnivå\n01010012356;M;L2\n', { file: 'hr.csv' });
 * hr.records[0]; // { nationalId: '01010012356', sex: 'male', jobLevel: 'L2', row: 1 }
 * ```
 */
export function parseHrCsv(input: string | Uint8Array, options: HrCsvOptions = {}): HrCsvResult {
  checkTextInput('parseHrCsv', input);
  const o = parseArgument('parseHrCsv', HrCsvOptionsSchema, options, 'options', plainDataIssues(options, ['options']));
  const table = readCsvTable(input, o);
  const file = o.file;
  const where = file === undefined ? {} : { file };
  const log = new DiagnosticLog(o.maxDiagnostics);
  // the table's own (its truncation warning is made again below, over all of them)
  for (const d of table.diagnostics) if (d.code !== 'diagnostics_truncated') log.add(d);
  const tableOmitted = table.diagnosticsOmitted;
  const mapping = new Map<string, HrField>(Object.entries(o.columnMapping ?? {}).map(([k, v]) => [norm(k), v]));
  const columns: Partial<Record<HrField, number>> = {};
  table.header.forEach((h, i) => {
    const field = mapping.get(norm(h)) ?? (Object.hasOwn(HR_COLUMN_ALIASES, norm(h)) ? HR_COLUMN_ALIASES[norm(h)] : undefined);
    if (field === undefined || !(HR_FIELDS as readonly string[]).includes(field)) return;
    const taken = columns[field];
    if (taken === undefined) columns[field] = i;
    // a second column for a field is not read: said, so that no known column is lost unnoticed
    // (named as the employee file's field: the catalogue's words for it)
    else
      log.add({
        code: 'column_not_mapped',
        severity: 'warning',
        path: [],
        params: { column: h, field: field === 'sex' ? 'gender' : field === 'employeeNumber' ? 'employeeId' : field, from: table.header[taken] ?? '' },
        ...where,
      });
  });
  const finish = (records: HrRecord[], rejected: number, fatal: boolean): HrCsvResult => {
    // problems of the table not kept there: counted as errors (they are malformed rows)
    log.errors += tableOmitted;
    log.omittedErrors += tableOmitted;
    const { diagnostics, errors, warnings, diagnosticsOmitted } = log.finish([], file);
    return { records, diagnostics, diagnosticsOmitted, errors, warnings, read: table.rows.length, rejected, fatal };
  };
  if (columns.nationalId === undefined && columns.employeeNumber === undefined) {
    if (!table.diagnostics.some((d) => d.code === 'header_too_long')) {
      log.add({
        code: 'missing_columns',
        severity: 'error',
        path: [],
        params: { columns: ['nationalId', 'employeeNumber'] },
        ...expecting('hrIdColumn'),
        ...where,
      });
    }
    return finish([], table.rows.length, true);
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
        log.add({ code: 'invalid_national_id', severity: 'error', path: ['nationalId'], ...expecting('nationalId'), ...at });
        bad = true;
      } else out.nationalId = nid;
    }
    const emp = cell('employeeNumber');
    if (emp !== '') out.employeeNumber = emp;
    if (!bad && out.nationalId === undefined && out.employeeNumber === undefined) {
      log.add({ code: 'required', severity: 'error', path: ['nationalId'], ...expecting('hrId'), ...at });
      bad = true;
    }
    const sexText = cell('sex').toLowerCase();
    if (sexText !== '') {
      const sex = Object.hasOwn(SEX_VALUES, sexText) ? SEX_VALUES[sexText] : undefined;
      if (sex === undefined) {
        log.add({ code: 'unknown_sex_value', severity: 'error', path: ['sex'], ...expecting('hrSex'), ...foundIn(cell('sex')), ...at });
        bad = true;
      } else out.sex = sex;
    }
    for (const f of ['jobLevel', 'jobGroup', 'unit'] as const) {
      const v = cell(f);
      if (v === '') continue;
      if (f === 'unit' && unitDepth(v, 0, v.length) > INPUT_LIMITS.unitDepth) {
        log.add({
          code: 'unit_too_deep',
          severity: 'error',
          path: ['unit'],
          ...expecting('levelsAtMost', { limit: INPUT_LIMITS.unitDepth }),
          ...at,
          params: { ...at.params, limit: INPUT_LIMITS.unitDepth },
        });
        bad = true;
      } else out[f] = v;
    }
    const inv = cell('involuntaryPartTime').toLowerCase();
    if (inv !== '') {
      const b = Object.hasOwn(BOOLEAN_VALUES, inv) ? BOOLEAN_VALUES[inv] : undefined;
      if (b === undefined) {
        log.add({
          code: 'invalid_value',
          severity: 'error',
          path: ['involuntaryPartTime'],
          ...expecting('hrBoolean'),
          ...foundIn(cell('involuntaryPartTime')),
          ...at,
        });
        bad = true;
      } else out.involuntaryPartTime = b;
    }
    if (bad) rejected += 1;
    else records.push(out);
  });
  return finish(records, rejected, false);
}
