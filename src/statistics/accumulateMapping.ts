import { inputIssue, LikestillingInputError, parseInput, type InputPath } from '../_lib/input.js';
import type { Employee } from '../models/employee.js';
import { MAX_PAY_DIVISOR } from '../models/employee.js';
import { dayNumber } from './_lib/days.js';
import { gcd } from './_lib/exact.js';
import { leaveUnitsOf } from './_lib/leave.js';
import {
  dateKey,
  Dictionary,
  fitsInt32,
  KeyIndex,
  mainOf,
  NARROW_COUNT_MAX,
  NARROW_ID_MAX,
  PersonTable,
  storedPayComponents,
  WIDEN_COUNT,
  WIDEN_IDS,
  WIDEN_LEAVE,
  WIDEN_PAY,
  type AmountColumn,
} from './_lib/personTable.js';
import { StatisticsOptionsSchema, type StatisticsOptions } from './StatisticsOptionsSchema.js';
import type { ResolvedStatisticsOptions } from './types.js';
import { expecting } from '../locales/index.js';
import { unitKeyOf } from '../rules/definitions/groups.js';
import { INVOLUNTARY_NO, INVOLUNTARY_UNANSWERED, INVOLUNTARY_YES } from '../rules/definitions/involuntaryPartTime.js';
import { mainCompare } from '../rules/definitions/mainEmployment.js';
import { isOreInRange, isPositionPercentInRange } from '../rules/definitions/ranges.js';
import { sexBitOf } from '../rules/definitions/sexComparison.js';

/** The internal state of a partial mapping: the person table and its dictionaries. @internal */
export interface PartialState {
  readonly table: PersonTable;
  readonly levels: Dictionary;
  readonly groups: Dictionary;
  readonly units: Dictionary;
  /** Person key → row, when persons are merged (DEF-POP). */
  readonly index: KeyIndex | null;
}

/** Counts of records left out at record level (the rest are counted per person at finalize). */
export interface RecordExclusions {
  /** Not active on the reference date (some of them still count for parental leave, DEF-REF). */
  readonly notActive: number;
  /** Employment kind outside the population (DEF-POP). */
  readonly kindExcluded: number;
  /** Malformed records (bad date text, unsafe money) that no figure can use. */
  readonly invalid: number;
}

/**
 * A partial mapping (*delkartlegging*): the mergeable state of the statistics engine for a part
 * of a payroll. Opaque: combine with {@link mergePartialMappings}, turn into figures with
 * {@link finalizeMapping}. Its state is one row per person, so persons are merged correctly
 * (DEF-POP) even when one person's employments fall into different parts.
 *
 * @example
 * ```ts
 * const partial = accumulateMapping(records, { year: 2025 });
 * partial.records; // number of records read
 * ```
 */
export interface PartialMapping {
  readonly kind: 'likestilling.partial-mapping';
  readonly options: ResolvedStatisticsOptions;
  /** Records read. */
  readonly records: number;
  readonly recordExclusions: RecordExclusions;
  /** @internal */
  readonly state: PartialState;
}

function key(value: string | null): string | null {
  if (value === null) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/**
 * `YYYY-MM-DD` as the integer yyyymmdd (same order), or -1 when the value does not have that shape
 * (the shape check and the conversion in one pass over the eight digits, unrolled).
 */
function dateKeyOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y1 = value.charCodeAt(0) - 48;
  const y2 = value.charCodeAt(1) - 48;
  const y3 = value.charCodeAt(2) - 48;
  const y4 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  // every digit 0–9: as unsigned, a code below '0' is huge
  if ((y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (y4 >>> 0) > 9 || (m1 >>> 0) > 9 || (m2 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9) return -1;
  return ((y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 100 + m1 * 10 + m2) * 100 + d1 * 10 + d2;
}

/**
 * Text of a level, group or unit as read → its dictionary id (-1: none). The readers intern these
 * texts, so a repeated value is the same string and the lookup uses its cached hash: one lookup
 * per record instead of a trim, a comparison with the previous value and a lookup. The texts are
 * the keys of a prototype-less object, whose keyed lookup is faster than a `Map`'s (measured: 45
 * against 70 ms for 3 million lookups); every distinct text is a distinct key.
 */
class IdCache {
  /** Text → id, for the texts seen so far (the record pass reads it directly). */
  readonly ids = Object.create(null) as Record<string, number | undefined>;

  constructor(
    private readonly normalise: (raw: string) => string | null,
    private readonly dictionary: Dictionary,
  ) {}

  /** The id of `raw` (-1: none). A method, not a closure per cache: the record pass's call of it stays the same call from one accumulator to the next. */
  of(raw: string | null): number {
    if (raw === null) return -1;
    let id = this.ids[raw];
    if (id === undefined) {
      const k = this.normalise(raw);
      id = k === null ? -1 : this.dictionary.id(k);
      this.ids[raw] = id;
    }
    return id;
  }
}

/** Adding `v` to row `i` of a stored 4-byte pay column keeps it a 4-byte value (or the component is not stored). */
function fitsSum(column: AmountColumn | null, i: number, v: number): boolean {
  return column === null || fitsInt32(column[i]! + v);
}

/** A record's pay divisor (absent: 1), or 0 when it is not one of 1–12 (an invalid record). */
function payDivisorOf(r: Employee): number {
  const d = r.payDivisor;
  return d === undefined ? 1 : Number.isInteger(d) && d >= 1 && d <= MAX_PAY_DIVISOR ? d : 0;
}

/** A record's pay in the table's unit: each amount × `factor` (exact: products below 2^53 are checked by the caller's width tests). */
function scaled(pay: Employee['pay'], factor: number): Employee['pay'] {
  return {
    basePay: pay.basePay * factor,
    fixedAllowances: pay.fixedAllowances * factor,
    irregularAllowances: pay.irregularAllowances * factor,
    bonus: pay.bonus * factor,
    overtime: pay.overtime * factor,
    benefitsInKind: pay.benefitsInKind * factor,
  };
}

function hasValidShape(r: Employee): boolean {
  // Records are parsed at the entry point ({@link EmployeeSchema}); this only guards against
  // objects that bypassed parsing, so that they are counted (invalid-record), never a crash.
  // (Dates and sex are checked where they are read.)
  if (typeof r !== 'object' || r === null || typeof r.pay !== 'object' || r.pay === null) return false;
  if (typeof r.employeeId !== 'string' || !Array.isArray(r.parentalLeavePeriods)) return false;
  const p = r.positionPercent;
  if (p !== null && !isPositionPercentInRange(p)) return false;
  const pay = r.pay;
  if (r.payDivisor !== undefined && payDivisorOf(r) === 0) return false;
  return (
    isOreInRange(pay.basePay) &&
    isOreInRange(pay.fixedAllowances) &&
    isOreInRange(pay.irregularAllowances) &&
    isOreInRange(pay.bonus) &&
    isOreInRange(pay.overtime) &&
    isOreInRange(pay.benefitsInKind)
  );
}

/**
 * An appendable partial mapping (*delkartlegging under arbeid*): feed it employment records batch
 * by batch with `add`, then take the {@link PartialMapping} with `partial()`. This is how a reader
 * that streams a payroll hands each batch to the statistics as soon as it is read, so the records
 * never need to be held all at once. The state is the accumulator's own; the records given are not
 * changed or kept.
 *
 * @example
 * ```ts
 * const acc = createMappingAccumulator({ year: 2025 });
 * acc.add(firstBatch);
 * acc.add(secondBatch);
 * const mapping = finalizeMapping(acc.partial());
 * ```
 */
export interface MappingAccumulator {
  /** The resolved options every batch is read with. */
  readonly options: ResolvedStatisticsOptions;
  /** Records added so far. */
  readonly records: number;
  /**
   * Reads a batch of records (in one pass; the order of batches and of records does not change the result).
   * @throws {@link LikestillingInputError} when `records` is not an array (a malformed record in it is
   *   counted as `invalid-record`, not thrown)
   * @throws Error after `partial()` was taken
   */
  add(records: readonly Employee[]): void;
  /**
   * The partial mapping of every record added. Ends the accumulator: a later `add` throws.
   * @throws Error when called a second time
   */
  partial(): PartialMapping;
}

/**
 * Creates a {@link MappingAccumulator}: `accumulateMapping(records, o)` is
 * `createMappingAccumulator(o)` with every record added, then `partial()`.
 *
 * @param options - statistics options (only `year` is required), or a mapping's resolved `options`
 * @param expectedRecords - how many records will come, if known (sizes the person table once; it grows otherwise)
 * @returns an empty accumulator
 * @throws {@link LikestillingInputError} when the options are invalid (`options.fiscalYearEnd` …)
 *   or `expectedRecords` is not a whole number ≥ 0
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readEmployeesCsv } from 'likestilling/csv';
 *
 * const acc = createMappingAccumulator({ year: 2025 });
 * const read = await readEmployeesCsv(createReadStream('employees.csv'), { onRecords: (batch) => acc.add(batch) });
 * const mapping = finalizeMapping(acc.partial()); // read.diagnostics tells what was rejected
 * ```
 */
export function createMappingAccumulator(options: StatisticsOptions | ResolvedStatisticsOptions, expectedRecords = 0): MappingAccumulator {
  const resolved = resolve('createMappingAccumulator', options);
  if (!Number.isSafeInteger(expectedRecords) || expectedRecords < 0) {
    throw new LikestillingInputError('createMappingAccumulator', [inputIssue(['expectedRecords'], 'invalid_value', expecting('wholeNumberAtLeast0'))]);
  }
  return new Accumulator(resolved, expectedRecords);
}

/**
 * Throws `entry`'s input error unless `records` is an array. The records themselves are not parsed
 * again: the record pass checks what it reads and counts a malformed record as `invalid-record`.
 * @internal
 */
export function requireRecords(entry: string, records: unknown, path: InputPath = ['records']): void {
  if (!Array.isArray(records)) throw new LikestillingInputError(entry, [inputIssue(path, records === undefined ? 'required' : 'invalid_type', expecting('parsedRecords'))]);
}

/**
 * Throws `entry`'s input error unless `partial` is a partial mapping of this library
 * (from `accumulateMapping`, `mergePartialMappings`, `deserializePartialMapping` …).
 * @internal
 */
export function requirePartial(entry: string, partial: unknown, path: InputPath): asserts partial is PartialMapping {
  const p = partial as Partial<PartialMapping> | null | undefined;
  if (typeof p === 'object' && p !== null && p.kind === 'likestilling.partial-mapping' && typeof p.state === 'object' && p.state !== null && p.state.table instanceof PersonTable) return;
  throw new LikestillingInputError(entry, [
    inputIssue(path, partial === undefined ? 'required' : 'invalid_type', expecting('partialMapping')),
  ]);
}

/** Bit of `need`: the record's pay divisor is not held by the table's pay unit (see {@link PersonTable.scalePay}). */
const RESCALE_PAY = 1 << 8;

class Accumulator implements MappingAccumulator {
  readonly options: ResolvedStatisticsOptions;
  records = 0;
  private done = false;
  private readonly table: PersonTable;
  private readonly levels = new Dictionary();
  private readonly groups = new Dictionary();
  private readonly units = new Dictionary();
  private readonly levelId = new IdCache(key, this.levels);
  private readonly groupId = new IdCache(key, this.groups);
  private readonly unitId = new IdCache(unitKeyOf, this.units);
  private readonly index: KeyIndex | null;
  private notActive = 0;
  private kindExcluded = 0;
  private invalid = 0;

  constructor(o: ResolvedStatisticsOptions, expected: number, shared = false) {
    this.options = o;
    this.table = new PersonTable(expected, storedPayComponents(o), undefined, shared);
    this.index = o.mergePersons ? new KeyIndex(this.table.key, expected) : null;
  }

  add(records: readonly Employee[]): void {
    if (this.done) throw new Error('likestilling: MappingAccumulator.add after partial()');
    requireRecords('MappingAccumulator.add', records);
    this.records += records.length;
    // room for every record as a new person, so the columns stay the table's for the batch
    this.table.reserve(this.table.size + records.length);
    for (let from = 0; from < records.length; ) {
      from = this.addFrom(records, from);
      if (from >= records.length) break;
      // then that record again: in a finer pay unit (DEF-ROUND: a divisor the unit does not hold),
      // or in wider columns
      if ((this.need & RESCALE_PAY) !== 0) {
        const d = payDivisorOf(records[from]!);
        const unit = this.table.payUnit;
        this.table.scalePay(d / gcd(unit, d));
      }
      this.table.widen(this.need & ~RESCALE_PAY);
    }
  }

  /** Columns the record where {@link Accumulator.addFrom} stopped needs wider (WIDEN_* bits). */
  private need = 0;

  /**
   * Reads `records` from index `from` on, until the end or until a record's values do not fit the
   * table's columns: then, before anything of that record is counted or stored, sets `need` and
   * returns its index (the caller widens the columns and goes on from there).
   */
  private addFrom(records: readonly Employee[], from: number): number {
    const o = this.options;
    const first = o.fiscalYearStart;
    const last = o.fiscalYearLast;
    const refKey = dateKey(o.referenceDate);
    const firstKey = dateKey(first);
    const lastKey = dateKey(last);
    const firstDay = dayNumber(first);
    const lastDay = dayNumber(last);
    const withOrdinary = o.includeKinds.includes('ordinary');
    const withMaritime = o.includeKinds.includes('maritime');
    const withFreelance = o.includeKinds.includes('freelance');
    const leaveForInactive = o.parentalLeavePopulation === 'financial-year';
    const { table, levels, groups, units, levelId, groupId, unitId: unitIdOf, index } = this;
    const levelIds = levelId.ids;
    const groupIds = groupId.ids;
    const unitIds = unitIdOf.ids;
    const { key: keys, sexMask, activeCount, leave: leaveUnits, pctMissing, pctSum, inv: invAnswer } = table;
    const { mainPct, mainStart, mainTemporary, level: levelOf, group: groupOf, unit: unitOf } = table;
    const [base = null, fixed = null, irregular = null, bonus = null, overtime = null, benefits = null] = table.pay;
    const { pay: payWide, leave: leaveWide, ids: idsWide, count: countWide } = table.widths;
    const payUnit = table.payUnit;

    for (let r = from; r < records.length; r++) {
      const rec = records[r]!;
      const startKey = hasValidShape(rec) ? dateKeyOf(rec.startDate) : -1;
      const endKey = startKey < 0 || rec.endDate === null ? 99_999_999 : dateKeyOf(rec.endDate);
      const sexBit = startKey < 0 || endKey < 0 ? 0 : sexBitOf(rec.gender);
      if (sexBit === 0) {
        this.invalid++; // invalid-record
        continue;
      }
      const kind = rec.employmentKind;
      if (!(kind === 'ordinary' ? withOrdinary : kind === 'maritime' ? withMaritime : kind === 'freelance' && withFreelance)) {
        this.kindExcluded++; // DEF-POP: freelancers (by default) are outside the population
        continue;
      }
      // DEF-REF: active on the reference date when start ≤ date ≤ end (isActiveOn of
      // rules/definitions/population.ts, written out: this long loop makes no call it need not)
      const active = startKey <= refKey && endKey >= refKey ? 1 : 0;
      let leave = 0;
      if (active === 0) {
        // DEF-REF: out of every stock figure; a flow record without leave contributes nothing
        if (!leaveForInactive || startKey > lastKey || endKey < firstKey || (leave = leaveUnitsOf(rec, first, last, firstDay, lastDay)) === 0) {
          this.notActive++;
          continue;
        }
      } else {
        // no leave at all, the usual case, without a call
        leave = rec.parentalLeavePeriods.length === 0 && rec.parentalLeaveWeeks === null ? 0 : leaveUnitsOf(rec, first, last, firstDay, lastDay);
      }

      const pct = rec.positionPercent === null ? -1 : Math.round(rec.positionPercent * 100);
      // the ids through each cache's table, its method only for a text not seen yet (V8 inlines
      // few calls into this long loop: measured 5 % of the record pass)
      const rl = rec.jobLevel;
      const rg = rec.jobGroup;
      const ru = rec.unit;
      let level = rl === null ? -1 : levelIds[rl];
      if (level === undefined) level = levelId.of(rl);
      let group = rg === null ? -1 : groupIds[rg];
      if (group === undefined) group = groupId.of(rg);
      let unitId = ru === null ? -1 : unitIds[ru];
      if (unitId === undefined) unitId = unitIdOf.of(ru);
      const temporary = rec.contract === 'temporary' ? 1 : 0; // DEF-TMP (temporaryOf of rules/definitions/temporary.ts, written out)
      const inv = rec.involuntaryPartTime === null ? INVOLUNTARY_UNANSWERED : rec.involuntaryPartTime ? INVOLUNTARY_YES : INVOLUNTARY_NO; // DEF-INV
      let pr = rec.pay;
      // DEF-ROUND: amounts in 1/payDivisor øre are brought to the table's unit (the CSV path has
      // neither: one load and a comparison)
      const divisor = rec.payDivisor;
      if (divisor !== undefined || payUnit !== 1) {
        const d = divisor ?? 1; // 1–12: checked with the record's shape
        if (payUnit % d !== 0) {
          this.need = RESCALE_PAY;
          return r;
        }
        if (payUnit !== d) {
          pr = scaled(pr, payUnit / d);
          if (!Number.isSafeInteger(pr.basePay + pr.fixedAllowances + pr.irregularAllowances + pr.bonus + pr.overtime + pr.benefitsInKind)) {
            this.invalid++; // invalid-record: amounts too large for the exact unit
            continue;
          }
        }
      }

      const personKey = index === null ? null : (rec.personId ?? rec.employeeId);
      const existing = personKey === null ? -1 : index!.get(personKey);
      // the values must fit the columns before anything of the record is stored
      let need = !idsWide && (level > NARROW_ID_MAX || group > NARROW_ID_MAX || unitId > NARROW_ID_MAX) ? WIDEN_IDS : 0;
      if (existing < 0) {
        if (!leaveWide && !fitsInt32(leave)) need |= WIDEN_LEAVE;
        // each stored component fits a 4-byte column ((v | 0) === v, as fitsInt32, written out:
        // calls here use up the optimising compiler's inlining budget of this function)
        if (
          active === 1 &&
          !payWide &&
          !(
            (base === null || (pr.basePay | 0) === pr.basePay) &&
            (fixed === null || (pr.fixedAllowances | 0) === pr.fixedAllowances) &&
            (irregular === null || (pr.irregularAllowances | 0) === pr.irregularAllowances) &&
            (bonus === null || (pr.bonus | 0) === pr.bonus) &&
            (overtime === null || (pr.overtime | 0) === pr.overtime) &&
            (benefits === null || (pr.benefitsInKind | 0) === pr.benefitsInKind)
          )
        )
          need |= WIDEN_PAY;
      } else {
        const i = existing;
        if (!leaveWide && !fitsInt32(leaveUnits[i]! + leave)) need |= WIDEN_LEAVE;
        if (active === 1) {
          if (!countWide && activeCount[i]! + 1 > NARROW_COUNT_MAX) need |= WIDEN_COUNT;
          if (!payWide && !(fitsSum(base, i, pr.basePay) && fitsSum(fixed, i, pr.fixedAllowances) && fitsSum(irregular, i, pr.irregularAllowances) && fitsSum(bonus, i, pr.bonus) && fitsSum(overtime, i, pr.overtime) && fitsSum(benefits, i, pr.benefitsInKind))) need |= WIDEN_PAY;
        }
      }
      if (need !== 0) {
        this.need = need;
        return r;
      }
      if (active === 0) this.notActive++; // DEF-REF: counted for parental leave only
      if (rec.genderDerivedFromNationalId) table.derivedSex++;

      if (existing < 0) {
        const i = table.size++; // within the reserved rows (add() reserved them)
        keys[i] = personKey;
        sexMask[i] = sexBit;
        activeCount[i] = active;
        leaveUnits[i] = leave;
        if (active === 1) {
          if (pct < 0) pctMissing[i] = 1;
          else pctSum[i] = pct;
          if (base !== null) base[i] = pr.basePay;
          if (fixed !== null) fixed[i] = pr.fixedAllowances;
          if (irregular !== null) irregular[i] = pr.irregularAllowances;
          if (bonus !== null) bonus[i] = pr.bonus;
          if (overtime !== null) overtime[i] = pr.overtime;
          if (benefits !== null) benefits[i] = pr.benefitsInKind;
          invAnswer[i] = inv;
        }
        mainPct[i] = pct;
        mainStart[i] = startKey;
        mainTemporary[i] = temporary;
        levelOf[i] = level;
        groupOf[i] = group;
        unitOf[i] = unitId;
        if (personKey !== null) index!.set(personKey, i);
        continue;
      }
      // DEF-POP: a further employment of a known person is merged into it.
      const i = existing;
      const main = mainOf(table, i, levels, groups, units); // before this employment's count
      sexMask[i]! |= sexBit;
      leaveUnits[i]! += leave;
      if (active === 1) {
        activeCount[i]! += 1;
        if (pct < 0) pctMissing[i] = 1;
        else pctSum[i]! += pct;
        if (base !== null) base[i]! += pr.basePay;
        if (fixed !== null) fixed[i]! += pr.fixedAllowances;
        if (irregular !== null) irregular[i]! += pr.irregularAllowances;
        if (bonus !== null) bonus[i]! += pr.bonus;
        if (overtime !== null) overtime[i]! += pr.overtime;
        if (benefits !== null) benefits[i]! += pr.benefitsInKind;
        if (inv > invAnswer[i]!) invAnswer[i] = inv;
      }
      const candidate = {
        active,
        pct,
        start: startKey,
        temporary,
        unit: units.value(unitId),
        level: levels.value(level),
        group: groups.value(group),
      };
      if (mainCompare(candidate, main) > 0) {
        mainPct[i] = pct;
        mainStart[i] = candidate.start;
        mainTemporary[i] = temporary;
        levelOf[i] = level;
        groupOf[i] = group;
        unitOf[i] = unitId;
      }
    }
    return records.length;
  }

  partial(): PartialMapping {
    if (this.done) throw new Error('likestilling: MappingAccumulator.partial() taken twice');
    this.done = true;
    // a small accumulator of this one's hidden classes, in place of the one kept so far (see KEEP_HIDDEN_CLASSES)
    KEEP_HIDDEN_CLASSES[0] = new Accumulator(this.options, 0);
    const { table, levels, groups, units, index } = this;
    return {
      kind: 'likestilling.partial-mapping',
      options: this.options,
      records: this.records,
      recordExclusions: { notActive: this.notActive, kindExcluded: this.kindExcluded, invalid: this.invalid },
      state: { table, levels, groups, units, index },
    };
  }
}

/**
 * Reads employment records into a mergeable partial mapping, in one pass. Pure: the records are
 * not changed. `computeMapping(r, o)` is `finalizeMapping(accumulateMapping(r, o))`; for records
 * that arrive in batches, see {@link createMappingAccumulator}.
 *
 * Which records count (DEF-POP, DEF-REF): kinds in `includeKinds`; active on the reference date
 * (start ≤ date ≤ end) for every stock figure; for parental leave (a flow) by default every
 * employment overlapping the financial year. Several employments of one person (same `personId`,
 * else same `employeeId`) are one person: position percents and pay summed, leave summed, the
 * main employment (active, then largest position) gives level, group, unit and contract.
 *
 * @param records - parsed employee records ({@link EmployeeSchema} output)
 * @param options - statistics options (only `year` is required), or a mapping's resolved `options`
 * @returns the partial mapping
 * @throws {@link LikestillingInputError} when `records` is not an array or the options are invalid
 *   (`options.year` …); a malformed record is counted as `invalid-record`, not thrown
 * @example
 * ```ts
 * const a = accumulateMapping(januaryToJune, { year: 2025 });
 * const b = accumulateMapping(julyToDecember, { year: 2025 });
 * const mapping = finalizeMapping(mergePartialMappings(a, b));
 * ```
 */
export function accumulateMapping(records: readonly Employee[], options: StatisticsOptions | ResolvedStatisticsOptions): PartialMapping {
  return accumulate('accumulateMapping', records, options, false);
}

/**
 * {@link accumulateMapping} for the entry point `entry` (the name its input errors carry).
 * @internal
 */
export function accumulate(entry: string, records: readonly Employee[], options: StatisticsOptions | ResolvedStatisticsOptions, shared: boolean): PartialMapping {
  const resolved = resolve(entry, options);
  requireRecords(entry, records);
  const acc = new Accumulator(resolved, records.length, shared);
  acc.add(records);
  return acc.partial();
}

/**
 * {@link accumulateMapping} into a person table in a `SharedArrayBuffer`, for a worker thread of
 * `likestilling/node` to read without a copy (same partial mapping otherwise).
 * @internal
 */
export function accumulateMappingShared(records: readonly Employee[], options: StatisticsOptions | ResolvedStatisticsOptions, entry = 'accumulateMapping'): PartialMapping {
  return accumulate(entry, records, options, true);
}

/**
 * An accumulator kept for as long as this module is loaded, and never used: a small one (16 rows),
 * replaced by a new one at the end of every accumulation (`partial()`). V8's optimised code for
 * the record pass and for finalize refers (weakly) to the hidden classes of the accumulator, its
 * id caches, person table, key index and dictionaries. Once every object of such a class has been
 * collected, its hidden class is collected too and that code is thrown away: each computation
 * after a full garbage collection would begin unoptimised again (measured: about 50 ms of a
 * million-record `computeMapping`, every time). One live object of each keeps them. It is made
 * anew after each accumulation because the classes change while objects are used (a field first
 * null, then a string, moves its objects to a new class): an object made at load time keeps only
 * the first classes (measured: the record pass's code was still thrown away after most full
 * collections), one made from the current constructors has the classes in use. It holds no record
 * and no figure: only the resolved options.
 */
const KEEP_HIDDEN_CLASSES: unknown[] = [new Accumulator(resolve('accumulateMapping', { year: 2025 }), 0)];

/**
 * The resolved statistics options of `entry`'s `options` (paths `options.year` …).
 * @internal
 */
export function resolve(entry: string, options: StatisticsOptions | ResolvedStatisticsOptions, path: InputPath = ['options']): ResolvedStatisticsOptions {
  if (typeof options === 'object' && options !== null && 'fiscalYearStart' in options && 'fiscalYearLast' in options) {
    // Already resolved (e.g. a Mapping's `options`): re-validate the user-settable part.
    const rest: Record<string, unknown> = { ...options };
    delete rest['fiscalYearStart'];
    delete rest['fiscalYearLast'];
    return parseInput(entry, StatisticsOptionsSchema, rest, path);
  }
  return parseInput(entry, StatisticsOptionsSchema, options, path);
}
