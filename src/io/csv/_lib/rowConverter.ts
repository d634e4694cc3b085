/**
 * Turns CSV rows into canonical {@link Employee} records, directly (no zod per row: too slow at a
 * million rows) but with the same rules as `EmployeeSchema` — `tests/io/csv/equivalence.test.ts`
 * proves the records equal `EmployeeSchema.parse` of the same data.
 * @internal
 */
import { INPUT_LIMITS, type Diagnostic, type DiagnosticCode, type DiagnosticLog, type Severity } from '../../../_lib/diagnostics.js';
import type { Expected } from '../../../_lib/input.js';
import { expecting } from '../../../locales/index.js';
import { FULL_POSITION_HUNDREDTHS, isOreInRange, isPositionPercentHundredthsInRange } from '../../../rules/definitions/ranges.js';
import { foundIn, foundOrganisationNumber } from '../../_lib/found.js';
import { PAY_COMPONENTS, SPECIAL_CATEGORY_FIELDS, type Employee, type PayComponent, type Sex } from '../../../models/employee.js';
import { isValidNationalId, isValidOrganisationNumber, sexFromNationalId } from '../../../models/identifiers.js';
import { CANONICAL_CSV_HEADER, CSV_FIELDS, type CsvField } from '../columnMapping.js';
import { knownColumn, type KnownColumn } from '../knownColumns.js';
import { gcd } from '../../../_lib/exact.js';
import type { CsvColumnUse, CsvImportProfile } from '../csvImportOptions.js';
import { IdIndex, Interner } from './idIndex.js';
import { CsvRow, type RowProblem } from './tokenizer.js';
import { DateTexts, parseDateRange } from './dateCells.js';
import { COMMA, DOT, newNumberScan, scanNumber, scanToNumber, scanToOre } from './numberCells.js';
import { BOOLEAN_VALUES, KIND_VALUES, SEX_VALUES, detach, isPlainEdge, lookupRange, parseContractCell, rangeIs, trimCell } from './values.js';

type ScalarField = Exclude<CsvField, PayComponent>;

/** The pay lines of one employment in the long layout, gathered from consecutive rows. */
interface PayLineGroup {
  readonly id: string;
  readonly first: CsvRow;
  readonly record: number;
  readonly line: number;
  readonly amounts: number[];
  readonly problem: RowProblem | null;
  errors: number;
}

/** Where problems go (counted, the first ones kept). @internal */
export type DiagnosticSink = Pick<DiagnosticLog, 'add'>;

interface PayColumn {
  readonly index: number;
  readonly annual: boolean;
}

const EMPTY_PERIODS: Employee['parentalLeavePeriods'] = Object.freeze([]) as Employee['parentalLeavePeriods'];
const REQUIRED: readonly CsvField[] = ['employeeId', 'gender', 'startDate', 'positionPercent'];
const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_CATEGORY_FIELDS.map((f) => f.toLowerCase()));
const CANONICAL_BY_LOWER: ReadonlyMap<string, CsvField> = new Map(CSV_FIELDS.map((f) => [f.toLowerCase(), f]));
const PAY_SET: ReadonlySet<string> = new Set(PAY_COMPONENTS);
const PAY_CODE_SEPARATORS = ' -_:.';
const DATE_EXPECTED = expecting('csvDate');
/** What a malformed row should have had. @internal */
export const PROBLEM_EXPECTED: Readonly<Record<RowProblem, Expected>> = {
  unterminated_quote: expecting('closingQuote'),
  text_after_closing_quote: expecting('delimiterAfterQuote'),
  field_too_long: expecting('fieldLength', { limit: INPUT_LIMITS.fieldLength }),
};
const NUMBER_EXPECTED = expecting('csvNumber');
const TWO_DECIMALS = expecting('twoDecimals');
const SEX_EXPECTED = expecting('csvSex');
const KIND_EXPECTED = expecting('csvKind');
const CONTRACT_EXPECTED = expecting('csvContract');
const BOOLEAN_EXPECTED = expecting('csvBoolean');
const ZERO_OR_MORE = expecting('zeroOrMore');
const WEEKS = expecting('weeks0to53');
const FULL_TIME_HOURS = expecting('bound', { origin: 'number', op: '≤', bound: '168' });
// the canonical values, compared in place before any other spelling is looked up
const SEX_COMMON: readonly (readonly [string, Sex])[] = [
  ['female', 'female'],
  ['male', 'male'],
  ['other', 'other'],
  ['unknown', 'unknown'],
];
const KIND_COMMON: readonly (readonly [string, Employee['employmentKind']])[] = [
  ['ordinary', 'ordinary'],
  ['freelance', 'freelance'],
  ['maritime', 'maritime'],
];
const BOOLEAN_COMMON: readonly (readonly [string, boolean])[] = [
  ['false', false],
  ['true', true],
];

/**
 * The number of levels of a unit path (`/`-separated, blank segments not counted, as
 * `normaliseUnitPath` counts them), counted up to `limit + 1`.
 * @internal
 */
export function unitDepth(t: string, from: number, to: number, limit: number = INPUT_LIMITS.unitDepth): number {
  let depth = 0;
  let filled = false;
  for (let k = from; k < to && depth <= limit; k++) {
    const c = t.charCodeAt(k);
    if (c === 47) {
      if (filled) depth++;
      filled = false;
    } else if (!filled && c > 32 && c !== 0xa0 && t.charAt(k).trim() !== '') filled = true;
  }
  return filled ? depth + 1 : depth;
}

/** A unit cell this short cannot have more than `INPUT_LIMITS.unitDepth` levels (each but the last takes two characters). */
const UNIT_DEPTH_CHECK_FROM = 2 * INPUT_LIMITS.unitDepth + 1;

/** @internal */
export class RowConverter {
  /** True when the header makes the file unusable (missing required columns, conflicting mapping). */
  readonly fatal: boolean;
  private readonly fieldUse: CsvColumnUse['fields'];
  private readonly ignoredColumns: readonly string[];
  private readonly sink: DiagnosticSink;
  private readonly file: string | undefined;
  private readonly header: readonly string[];
  private readonly width: number;
  private readonly idx: Record<ScalarField, number>;
  private readonly pay: readonly (readonly PayColumn[])[];
  private readonly mark: number;
  private readonly fallbackMark: number;
  private readonly colMark: number[];
  /**
   * Per column, when tracked: the marks ambiguous values were read with before or after the
   * column's mark was proven here (bit 1 `,`, bit 2 `.`). A reader of the second part of a file
   * tracks them, since the first part may prove a mark it does not know of.
   */
  private readonly ambiguousMarks: Uint8Array | null;
  private readonly scan = newNumberScan();
  private readonly seen = new IdIndex();
  private readonly interned: readonly Interner[] = [0, 1, 2, 3].map(() => new Interner(detach));
  private readonly dates = new DateTexts();
  /**
   * The row being read, and the trimmed cell {@link RowConverter.at} found: `text.slice(from, to)`,
   * where `text` is the row's chunk unless the cell is a string of its own (`owned`). The chunk
   * is not copied into a field of this long-lived object per cell: each such store of a new
   * string costs a write barrier.
   */
  private row: CsvRow = new CsvRow();
  private owned: string | null = null;
  private from = 0;
  private to = 0;

  private get text(): string {
    return this.owned ?? this.row.chunk;
  }
  private refOrg: string | undefined;
  private refYear: string | undefined;
  /** Whether the year was given in the options (then it may be named in diagnostics). */
  private readonly yearGiven: boolean;
  private rowErrors = 0;
  /** True in the long layout (a `payCode` column): one row per pay line. */
  readonly long: boolean;
  private readonly payCodes: ReadonlyMap<string, string>;
  private group: PayLineGroup | null = null;
  private override: readonly number[] | null = null;
  private record = 0;
  private line = 0;

  /**
   * @param trackAmbiguous - record the marks ambiguous number values were read with, per column
   *   ({@link RowConverter.ambiguousReadings}): for a reader that starts in the middle of a file
   */
  constructor(header: readonly string[], profile: CsvImportProfile, delimiter: string, file: string | undefined, sink: DiagnosticSink, trackAmbiguous = false) {
    this.sink = sink;
    this.file = file;
    this.header = header.map((h) => trimCell(h));
    this.width = header.length;
    this.mark = profile.decimal === ',' ? COMMA : profile.decimal === '.' ? DOT : 0;
    this.fallbackMark = delimiter === ';' || delimiter === '\t' ? COMMA : DOT;
    this.colMark = new Array<number>(header.length).fill(0);
    this.ambiguousMarks = trackAmbiguous ? new Uint8Array(header.length) : null;
    this.refOrg = profile.organisationNumber;
    this.refYear = profile.year === undefined ? undefined : String(profile.year);
    this.yearGiven = profile.year !== undefined;

    const idx = Object.fromEntries(CSV_FIELDS.filter((f) => !PAY_SET.has(f)).map((f) => [f, -1])) as Record<ScalarField, number>;
    const pay: PayColumn[][] = PAY_COMPONENTS.map(() => []);
    const fields: Partial<Record<CsvField, string[]>> = {};
    const ignored: string[] = [];
    const annual = new Set(profile.annualColumns);
    const usedMappingKeys = new Set<string>();
    const mapping = new Map(Object.entries(profile.columnMapping));
    const payCodes = Object.entries(profile.payCodes).sort((a, b) => b[0].length - a[0].length);
    const recognised: { readonly index: number; readonly header: string; readonly known: KnownColumn }[] = [];
    let fatal = false;

    this.header.forEach((h, index) => {
      let target: CsvField | 'ignore' | 'notPay' | undefined = mapping.get(h);
      if (target !== undefined) usedMappingKeys.add(h);
      target ??= CANONICAL_BY_LOWER.get(h.toLowerCase());
      if (target === undefined) {
        for (const [code, to] of payCodes) {
          if (h === code || (h.startsWith(code) && PAY_CODE_SEPARATORS.includes(h.charAt(code.length)))) {
            target = to;
            break;
          }
        }
      }
      if (target === undefined && SPECIAL.has(h.toLowerCase())) {
        this.headerDiag('warning', 'special_category_field', { column: h });
        ignored.push(h);
        return;
      }
      if (target === undefined) {
        // a well-known name (Stillingsprosent, Kjønn, Årslønn …): looked at once every named column is placed
        const known = knownColumn(h);
        if (known !== undefined) recognised.push({ index, header: h, known });
        else ignored.push(h);
        return;
      }
      if (target === 'ignore' || target === 'notPay') {
        ignored.push(h);
        return;
      }
      const list = (fields[target] ??= []);
      list.push(h);
      const payIndex = (PAY_COMPONENTS as readonly string[]).indexOf(target);
      if (payIndex >= 0) {
        (pay[payIndex] as PayColumn[]).push({ index, annual: annual.has(h) || annual.has(target) });
        return;
      }
      const field = target as ScalarField;
      if (idx[field] >= 0) {
        fatal = true;
        this.headerDiag('error', 'invalid_column_mapping', { problem: 'same-field', other: this.header[idx[field]] ?? '', column: h, field });
        return;
      }
      idx[field] = index;
    });

    // known columns are never lost (issue 16, item 4): one no other column gives is read, with a
    // warning; one whose field is given already is named in a warning
    for (const { index, header: h, known } of recognised) {
      const field = known.field;
      const payIndex = (PAY_COMPONENTS as readonly string[]).indexOf(field);
      const givenBy = payIndex >= 0 ? ((pay[payIndex] as PayColumn[])[0]?.index ?? (idx.payCode >= 0 ? idx.payCode : -1)) : idx[field as ScalarField];
      if (givenBy >= 0) {
        this.headerDiag('warning', 'column_not_mapped', { column: h, field, from: this.header[givenBy] ?? '' });
        ignored.push(h);
        continue;
      }
      this.headerDiag('warning', 'column_recognised', { column: h, field });
      (fields[field] ??= []).push(h);
      if (payIndex >= 0) (pay[payIndex] as PayColumn[]).push({ index, annual: known.annual === true || annual.has(h) || annual.has(field) });
      else idx[field as ScalarField] = index;
    }

    for (const key of mapping.keys()) {
      if (!usedMappingKeys.has(key)) this.headerDiag('warning', 'invalid_column_mapping', { problem: 'not-in-file', column: key });
    }
    for (const name of annual) {
      const isPayField = PAY_SET.has(name);
      const isPayColumn = PAY_COMPONENTS.some((c, i) => (pay[i] as PayColumn[]).some((p) => this.header[p.index] === name) || (isPayField && c === name));
      if (!isPayColumn) this.headerDiag('warning', 'invalid_column_mapping', { problem: 'annual-not-pay', column: name });
    }

    const missing = REQUIRED.filter((f) => idx[f as ScalarField] < 0 && !(f === 'gender' && idx.nationalId >= 0));
    if (missing.length > 0) {
      fatal = true;
      this.headerDiag('error', 'missing_columns', { columns: missing });
    }
    const long = idx.payCode >= 0 || idx.payAmount >= 0;
    if (long && !fatal) {
      if (idx.payCode < 0 || idx.payAmount < 0) {
        fatal = true;
        this.headerDiag('error', 'missing_columns', { columns: [idx.payCode < 0 ? 'payCode' : 'payAmount'] });
      } else if (payCodes.length === 0) {
        fatal = true;
        this.headerDiag('error', 'invalid_column_mapping', { problem: 'pay-lines-need-codes' });
      } else if (pay.some((cols) => cols.length > 0)) {
        fatal = true;
        this.headerDiag('error', 'invalid_column_mapping', { problem: 'pay-lines-and-columns' });
      }
    }
    const longLayout = idx.payCode >= 0;
    const absent = CANONICAL_CSV_HEADER.filter(
      (f) =>
        (PAY_SET.has(f) ? !longLayout && (pay[(PAY_COMPONENTS as readonly string[]).indexOf(f)] as PayColumn[]).length === 0 : idx[f as ScalarField] < 0) &&
        !REQUIRED.includes(f),
    );
    if (!fatal && absent.length > 0) this.headerDiag('warning', 'optional_columns_missing', { columns: absent });

    this.long = long;
    this.payCodes = new Map(payCodes);
    this.fatal = fatal;
    this.idx = idx;
    this.pay = pay;
    this.fieldUse = fields;
    this.ignoredColumns = ignored;
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

  /** The employee ids seen so far. */
  get employeeIds(): IdIndex {
    return this.seen;
  }

  /** The organisation number and year in effect: given in the options, or taken from the first row that had one. */
  get references(): { readonly organisationNumber: string | undefined; readonly year: string | undefined } {
    return { organisationNumber: this.refOrg, year: this.refYear };
  }

  /** How the columns were used, with the decimal mark in effect per number column. */
  get columns(): CsvColumnUse {
    const numeric = [this.idx.positionPercent, this.idx.parentalLeaveWeeks, this.idx.payAmount, ...this.pay.flatMap((cols) => cols.map((c) => c.index))]
      .filter((i) => i >= 0)
      .sort((a, b) => a - b);
    const decimal: Record<string, '.' | ','> = {};
    for (const i of numeric) {
      const m = this.mark !== 0 ? this.mark : this.colMark[i] !== 0 ? (this.colMark[i] as number) : this.fallbackMark;
      decimal[this.header[i] ?? ''] = m === COMMA ? ',' : '.';
    }
    const annual = this.pay.flatMap((cols) => cols.filter((c) => c.annual).map((c) => this.header[c.index] ?? ''));
    return { fields: this.fieldUse, ignored: this.ignoredColumns, annual, decimal };
  }

  private headerDiag(severity: Severity, code: DiagnosticCode, params: Record<string, string | readonly string[]>): void {
    const d: Diagnostic = this.file === undefined ? { code, severity, path: [], params } : { code, severity, file: this.file, path: [], params };
    this.sink.add(d);
  }

  /**
   * Reports a problem of the current row. `found` is the cell as read: it is quoted only when it
   * cannot be personal data, else described ({@link foundIn}); `foundOrg` marks an
   * organisation-number cell, where a valid organisation number is quoted. A `literal` is the
   * library's own text (`19 fields`), quoted as it is.
   */
  private diag(
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
  private at(index: number): number {
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
  private cell(index: number): string {
    return this.at(index) === 0 ? '' : this.found();
  }

  /** The cell {@link RowConverter.at} found, as a string. */
  private found(): string {
    return this.text.slice(this.from, this.to);
  }

  /** The shared string of the cell {@link RowConverter.at} found, from table `slot`. */
  private intern(slot: number): string {
    return (this.interned[slot] as Interner).internRange(this.text, this.from, this.to);
  }

  /**
   * The optional full-time weekly hours (TRN-1) of the row: more than 0, at most 168, two decimals;
   * a bad value is a warning and is left out (the ARP figures do not read it).
   */
  private fullTimeHours(column: number): { fullTimeHoursPerWeek?: number } {
    if (this.at(column) === 0) return {};
    const hundredths = this.number(column, false) ? scanToOre(this.scan) : 'invalid_number';
    if (typeof hundredths === 'string' || hundredths <= 0 || hundredths > 16800) {
      this.diag('warning', hundredths === 'too_many_decimals' ? 'too_many_decimals' : 'invalid_value', 'fullTimeHoursPerWeek', FULL_TIME_HOURS, this.found());
      return {};
    }
    return { fullTimeHoursPerWeek: hundredths / 100 };
  }

  /** Scans the cell {@link RowConverter.at} found into `this.scan`, learning the column's decimal mark; false when not a number. */
  private number(column: number, allowPercent: boolean): boolean {
    const s = this.scan;
    const ok = scanNumber(this.text, this.from, this.to, this.mark, this.colMark[column] ?? 0, this.fallbackMark, allowPercent, s);
    if (s.ambiguous !== 0 && this.ambiguousMarks !== null) this.ambiguousMarks[column]! |= s.ambiguous === COMMA ? 1 : 2;
    if (!ok) return false;
    if (s.proves !== 0 && this.colMark[column] === 0) this.colMark[column] = s.proves;
    return true;
  }

  /**
   * Long layout: takes one pay-line row. Returns the previous employment when this row starts a
   * new one (its record, or null when it has an error), else undefined.
   */
  pushLine(row: CsvRow, record: number, line: number, problem: RowProblem | null): Employee | null | undefined {
    const idx = this.idx;
    this.row = row;
    const id = this.cell(idx.employeeId);
    let finished: Employee | null | undefined;
    let group = this.group;
    if (group === null || id !== group.id || id === '' || problem !== null) {
      finished = this.flushLines();
      this.row = row;
      group = { id, first: row.copy(), record, line, amounts: [0, 0, 0, 0, 0, 0], problem, errors: 0 };
      this.group = group;
      if (problem !== null || row.count !== this.width) {
        // let convert() report the malformed row with the group
        return finished;
      }
    } else if (row.count !== this.width) {
      this.record = record;
      this.line = line;
      this.diag('error', 'malformed_row', null, expecting('fieldCount', { count: this.width }), undefined, { fields: row.count });
      group.errors++;
      return undefined;
    }
    this.record = record;
    this.line = line;
    const code = this.cell(idx.payCode);
    if (code === '' && this.at(idx.payAmount) === 0) return finished;
    const target = this.payCodes.get(code);
    if (target === undefined) {
      const f = foundIn(code);
      const d: Diagnostic = {
        code: 'unknown_pay_code',
        severity: 'warning',
        record,
        path: ['payCode'],
        ...('found' in f ? { found: detach(f.found) } : f),
        params: { line, column: this.header[idx.payCode] ?? '' },
      };
      this.sink.add(this.file === undefined ? d : { ...d, file: this.file });
      return finished;
    }
    if (target === 'notPay' || this.at(idx.payAmount) === 0) return finished;
    const field = target as PayComponent;
    const errorsBefore = this.rowErrors;
    if (!this.number(idx.payAmount, false)) {
      this.diag('error', 'invalid_number', field, NUMBER_EXPECTED, undefined, { column: this.header[idx.payAmount] ?? '' });
    } else {
      const ore = scanToOre(this.scan);
      if (typeof ore === 'string')
        this.diag('error', ore, field, ore === 'too_many_decimals' ? TWO_DECIMALS : NUMBER_EXPECTED, undefined, { column: this.header[idx.payAmount] ?? '' });
      else {
        const pi = (PAY_COMPONENTS as readonly string[]).indexOf(field);
        group.amounts[pi] = (group.amounts[pi] as number) + ore;
      }
    }
    group.errors += this.rowErrors - errorsBefore;
    return finished;
  }

  /** Long layout: ends the current employment (at the end of the input). */
  flushLines(): Employee | null | undefined {
    const group = this.group;
    if (group === null) return undefined;
    this.group = null;
    this.override = group.amounts;
    const record = this.convert(group.first, group.record, group.line, group.problem);
    this.override = null;
    return group.errors > 0 ? null : record;
  }

  /**
   * Converts one data row. `record` is the 1-based data row number, `line` the physical line.
   * Returns the record, or null when the row has an error (every error is reported).
   */
  convert(row: CsvRow, record: number, line: number, problem: RowProblem | null): Employee | null {
    this.row = row;
    this.record = record;
    this.line = line;
    this.rowErrors = 0;
    const idx = this.idx;
    if (problem === 'field_too_long') {
      this.diag('error', 'field_too_long', null, undefined, undefined, { limit: INPUT_LIMITS.fieldLength });
      return null;
    }
    if (problem !== null) {
      this.diag('error', 'malformed_row', null, PROBLEM_EXPECTED[problem]);
      return null;
    }
    // any other field count is an error, even with empty extra cells: an unquoted decimal comma
    // in a comma-separated file shifts every later column
    if (row.count !== this.width) {
      this.diag('error', 'malformed_row', null, expecting('fieldCount', { count: this.width }), undefined, { fields: row.count });
      return null;
    }

    // employeeId (personal: never echoed)
    const employeeId = detach(this.cell(idx.employeeId));
    if (employeeId === '') {
      this.diag('error', 'required', 'employeeId', expecting('employeeIdText'));
    } else {
      const first = this.seen.getOrAdd(employeeId, record);
      if (first !== -1) this.diag('error', 'duplicate_employee_id', 'employeeId', undefined, undefined, { firstRecord: first });
    }
    const personId = this.cell(idx.personId);

    // national id (personal: never echoed); only a fallback source of sex
    let nationalId = '';
    if (idx.nationalId >= 0) {
      nationalId = this.cell(idx.nationalId).replace(/\s/g, '');
      if (nationalId !== '' && !isValidNationalId(nationalId)) {
        this.diag('error', 'invalid_national_id', 'nationalId', expecting('nationalId'));
        nationalId = '';
      }
    }

    // gender (DEF-SEX)
    let gender: Sex = 'unknown';
    let derived = false;
    if (this.at(idx.gender) === 0) {
      const fromId = nationalId === '' ? 'unknown' : sexFromNationalId(nationalId);
      if (fromId !== 'unknown') {
        gender = fromId;
        derived = true;
        this.diag('warning', 'sex_derived_from_national_id', 'gender');
      } else {
        this.diag('warning', 'sex_missing', 'gender');
      }
    } else {
      const s = lookupRange(SEX_VALUES, SEX_COMMON, this.text, this.from, this.to);
      if (s === undefined) this.diag('error', 'unknown_sex_value', 'gender', SEX_EXPECTED, this.found());
      else gender = s;
    }

    let employmentKind: Employee['employmentKind'] = 'ordinary';
    if (this.at(idx.employmentKind) !== 0) {
      const v = lookupRange(KIND_VALUES, KIND_COMMON, this.text, this.from, this.to);
      if (v === undefined) this.diag('error', 'invalid_value', 'employmentKind', KIND_EXPECTED, this.found());
      else employmentKind = v;
    }

    let contract: Employee['contract'] = 'permanent';
    if (this.at(idx.contract) !== 0) {
      if (rangeIs(this.text, this.from, this.to, 'temporary')) contract = 'temporary';
      else if (!rangeIs(this.text, this.from, this.to, 'permanent')) {
        const c = this.found();
        const v = parseContractCell(c.toLowerCase());
        if (v === undefined) this.diag('error', 'invalid_value', 'contract', CONTRACT_EXPECTED, c);
        else contract = v;
      }
    }

    // position percent: 0–200, ≤ 2 decimals; 0 or missing → kept, out of pay (DEF-PAY)
    let positionPercent: number | null = null;
    if (this.at(idx.positionPercent) === 0) {
      if (idx.positionPercent >= 0) this.diag('warning', 'position_percent_zero_or_missing', 'positionPercent');
    } else if (!this.number(idx.positionPercent, true)) {
      this.diag('error', 'invalid_number', 'positionPercent', NUMBER_EXPECTED, this.found());
    } else {
      const h = scanToOre(this.scan);
      if (h === 'too_many_decimals') this.diag('error', 'too_many_decimals', 'positionPercent', TWO_DECIMALS, this.found());
      else if (h === 'invalid_number' || !isPositionPercentHundredthsInRange(h))
        this.diag('error', 'position_percent_out_of_range', 'positionPercent', expecting('percent0to200'), this.found());
      else {
        positionPercent = h / 100;
        if (h === 0) this.diag('warning', 'position_percent_zero_or_missing', 'positionPercent');
        else if (h > FULL_POSITION_HUNDREDTHS) this.diag('warning', 'position_percent_above_100', 'positionPercent', undefined, this.found());
      }
    }

    // dates, as numbers that order like the ISO texts
    let startDate = '';
    let startKey = -1;
    if (this.at(idx.startDate) === 0) this.diag('error', 'required', 'startDate', DATE_EXPECTED);
    else {
      startKey = parseDateRange(this.text, this.from, this.to);
      if (startKey < 0) this.diag('error', 'invalid_date', 'startDate', DATE_EXPECTED, this.found());
      else startDate = this.dates.get(startKey);
    }
    let endDate: string | null = null;
    if (this.at(idx.endDate) !== 0) {
      const endKey = parseDateRange(this.text, this.from, this.to);
      if (endKey < 0) this.diag('error', 'invalid_date', 'endDate', DATE_EXPECTED, this.found());
      else {
        endDate = this.dates.get(endKey);
        if (startKey >= 0 && endKey < startKey) this.diag('error', 'end_before_start', 'endDate');
      }
    }

    let unit: string | null = null;
    const unitLength = this.at(idx.unit);
    if (unitLength !== 0) {
      // a unit tree deeper than the limit is refused (its every prefix would be a unit of the mapping)
      const depth = unitLength < UNIT_DEPTH_CHECK_FROM ? 0 : unitDepth(this.text, this.from, this.to);
      if (depth > INPUT_LIMITS.unitDepth)
        this.diag('error', 'unit_too_deep', 'unit', expecting('levelsAtMost', { limit: INPUT_LIMITS.unitDepth }), undefined, { limit: INPUT_LIMITS.unitDepth });
      else unit = this.intern(0);
    }
    const jobLevel = this.at(idx.jobLevel) === 0 ? null : this.intern(1);
    const jobGroup = this.at(idx.jobGroup) === 0 ? null : this.intern(2);
    const occupationCode = this.at(idx.occupationCode) === 0 ? null : this.intern(3);

    // pay (personal: never echoed), monthly NOK → integer øre; annual columns ÷ 12, exactly
    const amounts = [0, 0, 0, 0, 0, 0];
    let annualLeft: number[] | null = null;
    const override = this.override;
    if (override !== null) {
      for (let pi = 0; pi < 6; pi++) {
        const total = override[pi] as number;
        if (total < 0) this.diag('error', 'negative_pay', PAY_COMPONENTS[pi] as PayComponent, ZERO_OR_MORE);
        else if (!isOreInRange(total)) this.diag('error', 'invalid_number', PAY_COMPONENTS[pi] as PayComponent, NUMBER_EXPECTED);
        else amounts[pi] = total;
      }
    }
    for (let pi = 0; pi < 6; pi++) {
      const cols = this.pay[pi] as readonly PayColumn[];
      if (cols.length === 0) continue;
      if (cols.length === 1 && !(cols[0] as PayColumn).annual) {
        // the usual layout, one monthly column: a valid amount is taken here, anything else is
        // read again below, where it is reported
        const index = (cols[0] as PayColumn).index;
        if (this.at(index) === 0) continue;
        if (this.number(index, false)) {
          const ore = scanToOre(this.scan);
          if (typeof ore === 'number' && ore >= 0) {
            amounts[pi] = ore;
            continue;
          }
        }
      }
      const field = PAY_COMPONENTS[pi] as PayComponent;
      let monthly = 0;
      let annual = 0;
      let bad = false;
      for (const col of cols) {
        if (this.at(col.index) === 0) continue;
        if (!this.number(col.index, false)) {
          this.diag('error', 'invalid_number', field, NUMBER_EXPECTED, undefined, { column: this.header[col.index] ?? '' });
          bad = true;
          continue;
        }
        const ore = scanToOre(this.scan);
        if (typeof ore === 'string') {
          this.diag('error', ore, field, ore === 'too_many_decimals' ? TWO_DECIMALS : NUMBER_EXPECTED, undefined, { column: this.header[col.index] ?? '' });
          bad = true;
        } else if (col.annual) annual += ore;
        else monthly += ore;
      }
      if (bad) continue;
      if (annual !== 0 && annual % 12 !== 0) {
        // a yearly amount that is no whole øre a month: kept exactly (DEF-ROUND), see below
        (annualLeft ??= [0, 0, 0, 0, 0, 0])[pi] = annual;
        annual = 0;
      }
      const total = monthly + annual / 12;
      if (total < 0) this.diag('error', 'negative_pay', field, ZERO_OR_MORE);
      else if (!isOreInRange(total)) this.diag('error', 'invalid_number', field, NUMBER_EXPECTED);
      else amounts[pi] = total;
    }
    // DEF-ROUND: yearly amounts that are no whole øre a month make the record's amounts
    // 1/payDivisor øre (the least divisor of 12 that makes every one whole), as the a-melding's
    // averages; no rounding before the published value
    let payDivisor = 1;
    if (annualLeft !== null) {
      let g = 12;
      for (const a of annualLeft) g = gcd(g, Math.abs(a % 12));
      payDivisor = 12 / g;
      for (let pi = 0; pi < 6; pi++) {
        const left = annualLeft[pi] as number;
        const total = (amounts[pi] as number) * payDivisor + (left * payDivisor) / 12;
        if (left !== 0 && total < 0) this.diag('error', 'negative_pay', PAY_COMPONENTS[pi] as PayComponent, ZERO_OR_MORE);
        else if (!isOreInRange(total)) this.diag('error', 'invalid_number', PAY_COMPONENTS[pi] as PayComponent, NUMBER_EXPECTED);
        else amounts[pi] = total;
      }
    }

    // parental leave weeks in the financial year (DEF-PL); a personal circumstance: never echoed
    let parentalLeaveWeeks: number | null = null;
    if (this.at(idx.parentalLeaveWeeks) !== 0) {
      if (!this.number(idx.parentalLeaveWeeks, false)) this.diag('error', 'invalid_number', 'parentalLeaveWeeks', NUMBER_EXPECTED);
      else {
        const v = scanToNumber(this.text, this.scan);
        if (v < 0) this.diag('error', 'too_small', 'parentalLeaveWeeks', WEEKS);
        else if (v > 53) this.diag('error', 'too_big', 'parentalLeaveWeeks', WEEKS);
        else parentalLeaveWeeks = v;
      }
    }

    // involuntary part-time: empty = not answered (DEF-INV); a personal answer: never echoed
    let involuntaryPartTime: boolean | null = null;
    if (this.at(idx.involuntaryPartTime) !== 0) {
      const v = lookupRange(BOOLEAN_VALUES, BOOLEAN_COMMON, this.text, this.from, this.to);
      if (v === undefined) this.diag('error', 'invalid_value', 'involuntaryPartTime', BOOLEAN_EXPECTED);
      else involuntaryPartTime = v;
    }

    // one legal entity, one year per file
    if (idx.organisationNumber >= 0) {
      const v = this.cell(idx.organisationNumber).replace(/\s/g, '');
      if (v !== '') {
        if (!isValidOrganisationNumber(v)) this.diag('error', 'invalid_org_number', 'organisationNumber', expecting('orgNumber'), v);
        else if (this.refOrg === undefined) this.refOrg = v;
        else if (v !== this.refOrg)
          this.diag('error', 'mixed_legal_entities', 'organisationNumber', expecting('literal', { text: this.refOrg }), v, undefined, true);
      }
    }
    if (idx.year >= 0) {
      const v = this.cell(idx.year);
      if (v !== '') {
        if (!/^\d{4}$/.test(v)) this.diag('error', 'invalid_value', 'year', expecting('yearDigits'), v);
        else if (this.refYear === undefined) this.refYear = v;
        // the year cells are not quoted: in a shifted column they could be amounts
        else if (v !== this.refYear)
          this.diag('error', 'mixed_years', 'year', this.yearGiven ? expecting('literal', { text: this.refYear }) : expecting('yearOfFirstRow'), v);
      }
    }

    const fullTimeHoursPerWeek = this.fullTimeHours(idx.fullTimeHoursPerWeek);
    if (this.rowErrors > 0) return null;
    const pay = {
      basePay: amounts[0] as number,
      fixedAllowances: amounts[1] as number,
      irregularAllowances: amounts[2] as number,
      bonus: amounts[3] as number,
      overtime: amounts[4] as number,
      benefitsInKind: amounts[5] as number,
    };
    if (personId !== '') {
      const converted: Employee = {
        employeeId,
        personId: detach(personId),
        gender,
        genderDerivedFromNationalId: derived,
        employmentKind,
        contract,
        positionPercent,
        ...fullTimeHoursPerWeek,
        startDate,
        endDate,
        unit,
        jobLevel,
        jobGroup,
        occupationCode,
        pay,
        parentalLeaveWeeks,
        parentalLeavePeriods: EMPTY_PERIODS,
        involuntaryPartTime,
      };
      return payDivisor === 1 ? converted : { ...converted, payDivisor };
    }
    const converted: Employee = {
      employeeId,
      gender,
      genderDerivedFromNationalId: derived,
      employmentKind,
      contract,
      positionPercent,
      ...fullTimeHoursPerWeek,
      startDate,
      endDate,
      unit,
      jobLevel,
      jobGroup,
      occupationCode,
      pay,
      parentalLeaveWeeks,
      parentalLeavePeriods: EMPTY_PERIODS,
      involuntaryPartTime,
    };
    return payDivisor === 1 ? converted : { ...converted, payDivisor };
  }
}
