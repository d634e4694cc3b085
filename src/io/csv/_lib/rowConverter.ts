/**
 * Turns CSV rows into canonical {@link Employee} records, directly (no zod per row: too slow at a
 * million rows) but with the same rules as `EmployeeSchema` — `tests/io/csv/equivalence.property.test.ts`
 * proves the records equal `EmployeeSchema.parse` of the same data.
 * @internal
 */
import { INPUT_LIMITS } from '../../../_lib/diagnostics.js';
import { expecting } from '../../../locales/index.js';
import { FULL_POSITION_HUNDREDTHS, isPositionPercentHundredthsInRange } from '../../../rules/definitions/ranges.js';
import type { Employee, Sex } from '../../../models/employee.js';
import { isValidNationalId, sexFromNationalId } from '../../../models/identifiers.js';
import type { CsvColumnUse, CsvImportProfile } from '../csvImportOptions.js';
import { CellReader, headerDiagnostic, type DiagnosticSink } from './cellReader.js';
import { layoutColumns, type PayColumn } from './columnLayout.js';
import { DateTexts, parseDateRange } from './dateCells.js';
import {
  BOOLEAN_EXPECTED,
  CONTRACT_EXPECTED,
  DATE_EXPECTED,
  FULL_TIME_HOURS,
  KIND_EXPECTED,
  NUMBER_EXPECTED,
  PROBLEM_EXPECTED,
  SEX_EXPECTED,
  TWO_DECIMALS,
  WEEKS,
} from './expected.js';
import { IdIndex, Interner } from './idIndex.js';
import { COMMA, DOT, scanToNumber, scanToOre } from './numberCells.js';
import { readPay, readPayLine } from './payCells.js';
import { FileReferences } from './references.js';
import type { CsvRow, RowProblem } from './csvRow.js';
import {
  BOOLEAN_COMMON,
  BOOLEAN_VALUES,
  KIND_COMMON,
  KIND_VALUES,
  SEX_COMMON,
  SEX_VALUES,
  detach,
  lookupRange,
  parseContractCell,
  rangeIs,
  trimCell,
  unitDepth,
} from './values.js';

export type { DiagnosticSink } from './cellReader.js';

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

const EMPTY_PERIODS: Employee['parentalLeavePeriods'] = Object.freeze([]) as Employee['parentalLeavePeriods'];
/** A unit cell this short cannot have more than `INPUT_LIMITS.unitDepth` levels (each but the last takes two characters). */
const UNIT_DEPTH_CHECK_FROM = 2 * INPUT_LIMITS.unitDepth + 1;

/** The CSV reader's rows into records (see the module). @internal */
export class RowConverter extends CellReader {
  /** True when the header makes the file unusable (missing required columns, conflicting mapping). */
  readonly fatal: boolean;
  private readonly fieldUse: CsvColumnUse['fields'];
  private readonly ignoredColumns: readonly string[];
  private readonly width: number;
  private readonly pay: readonly (readonly PayColumn[])[];
  private readonly seen = new IdIndex();
  private readonly interned: readonly Interner[] = [0, 1, 2, 3].map(() => new Interner(detach));
  private readonly dates = new DateTexts();
  private readonly refs: FileReferences;
  /** True in the long layout (a `payCode` column): one row per pay line. */
  readonly long: boolean;
  private readonly payCodes: ReadonlyMap<string, string>;
  private group: PayLineGroup | null = null;
  private override: readonly number[] | null = null;

  /**
   * @param trackAmbiguous - record the marks ambiguous number values were read with, per column
   *   ({@link RowConverter.ambiguousReadings}): for a reader that starts in the middle of a file
   */
  constructor(header: readonly string[], profile: CsvImportProfile, delimiter: string, file: string | undefined, sink: DiagnosticSink, trackAmbiguous = false) {
    const trimmed = header.map((h) => trimCell(h));
    const layout = layoutColumns(trimmed, profile, (severity, code, params) => sink.add(headerDiagnostic(file, severity, code, params)));
    super(
      trimmed,
      layout.idx,
      profile.decimal === ',' ? COMMA : profile.decimal === '.' ? DOT : 0,
      delimiter === ';' || delimiter === '\t' ? COMMA : DOT,
      file,
      sink,
      trackAmbiguous,
    );
    this.width = header.length;
    this.refs = new FileReferences(profile);
    this.long = layout.long;
    this.payCodes = layout.payCodes;
    this.fatal = layout.fatal;
    this.pay = layout.pay;
    this.fieldUse = layout.fields;
    this.ignoredColumns = layout.ignored;
  }

  /** The employee ids seen so far. */
  get employeeIds(): IdIndex {
    return this.seen;
  }

  /** The organisation number and year in effect: given in the options, or taken from the first row that had one. */
  get references(): { readonly organisationNumber: string | undefined; readonly year: string | undefined } {
    return { organisationNumber: this.refs.organisationNumber, year: this.refs.year };
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

  /** The shared string of the cell {@link CellReader.at} found, from table `slot`. */
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
    group.errors += readPayLine(this, this.payCodes, group.amounts);
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
    const payDivisor = readPay(this, this.pay, this.override, amounts);

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
    this.refs.check(this);

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
