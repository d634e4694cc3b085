/**
 * The transparency's own record pass: employment records into one row per person (DEF-POP), with
 * only what the indicators read — sex, position percent, full-time hours, the category of the main
 * employment and the monthly øre of all pay and of the variable components. The ARP engine's
 * record pass (`accumulateMapping`) also keeps leave, involuntary part-time, units, contracts and
 * every component apart; this one keeps two sums per person, so it reads each record once and
 * allocates about half the memory. Its persons, merges and counts are the engine's: the same
 * record checks (`hasValidShape`, the date keys, DEF-SEX's sex bits), the same person key and key
 * index, the same main employment ({@link mainCompare}). Records whose pay is in a finer unit than
 * øre (`payDivisor` above 1, the a-melding's averages) are left to the engine's pass, which brings
 * every amount to one unit (DEF-ROUND): this pass then returns `null`.
 * @internal
 * @module
 */
import { z } from 'zod';
import { PAY_COMPONENTS, type Employee } from '../../models/employee.js';
import { unitKeyOf } from '../../rules/definitions/groups.js';
import { mainCompare, type MainCandidate } from '../../rules/definitions/mainEmployment.js';
import { sexBitOf } from '../../rules/definitions/sexComparison.js';
import { hasValidShape, IdCache, key } from '../../statistics/accumulate/recordChecks.js';
import { Dictionary, KeyIndex, SAFE, type IdColumn } from '../../statistics/internal.js';
import { dateKeyOf } from '../../_lib/dates.js';
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';

/**
 * One row per person, in the order persons first appear among the records taken (the engine's row
 * order), and the record-level counts.
 * @internal
 */
export interface PersonColumns {
  /** Records read. */
  readonly records: number;
  /** Rows (persons). */
  readonly size: number;
  /** Bits of the sexes seen over the person's employments ({@link sexBitOf}). */
  readonly sexMask: Uint8Array;
  /** 1 when an active employment has no position percent. */
  readonly pctMissing: Uint8Array;
  /** Σ position percent × 100 over the person's active employments. */
  readonly pctSum: Int32Array;
  /** Category id of the main employment (-1: none), into `categoryKeys`. */
  readonly category: IdColumn;
  readonly categoryKeys: readonly string[];
  /** Monthly øre of all pay components (`payComponents`), summed over the person's employments. */
  readonly total: Float64Array;
  /** Monthly øre of the variable components. */
  readonly variable: Float64Array;
  /** Pay in 1/`payUnit` øre (1 unless the engine's pass met a `payDivisor`). */
  readonly payUnit: number;
  /** Σ full-time hours × percent (both in hundredths) per person, or null: its percent × the option's hours. */
  readonly ownHours: Float64Array | null;
  /** Bound of |total|, |variable| and |total − variable| over the persons. */
  readonly maxAbs: number;
  /** Further employments merged into a person (DEF-POP). */
  readonly merged: number;
  readonly notActive: number;
  readonly kindExcluded: number;
  readonly invalid: number;
  /** Persons' records whose sex was derived from the national id. */
  readonly derivedSex: number;
}

/**
 * Full-time weekly hours in hundredths, or -1 when the record carries none; throws on an invalid
 * value (TRN-1). @internal
 */
export function hoursOf(r: Employee, at: number): number {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- records that bypassed parsing may be anything
  const v: unknown = typeof r === 'object' && r !== null ? r.fullTimeHoursPerWeek : undefined;
  if (v === undefined || v === null) return -1;
  const h = typeof v === 'number' ? Math.round(v * 100) : Number.NaN;
  if (!(h > 0 && h <= 16_800 && Math.abs(h - (v as number) * 100) < 1e-6)) {
    throw new z.ZodError([
      {
        code: 'custom',
        path: [at, 'fullTimeHoursPerWeek'],
        message: 'expected full-time weekly hours above 0 and at most 168 with at most two decimals',
        input: v,
      },
    ]);
  }
  return h;
}

/** The mutable columns of the pass (grown never: sized for every record). */
interface Columns {
  readonly keys: (string | null)[];
  readonly sexMask: Uint8Array;
  readonly pctMissing: Uint8Array;
  readonly pctSum: Int32Array;
  readonly category: Int32Array;
  readonly total: Float64Array;
  readonly variable: Float64Array;
  /** Σ hours × percent per person (filled from the first record with hours of its own). */
  hours: Float64Array | null;
  /** Record index of the person's main employment. */
  readonly main: Int32Array;
}

/** Counts of the pass, as slots (see {@link recordPass}'s reading of them). */
const COUNTS = 8;
const [SIZE, MERGED, NOT_ACTIVE, KIND_EXCLUDED, INVALID, DERIVED, STOPPED_AT, ABS_SUM] = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The persons of the records (TRN-1, DEF-POP), or `null` when a record's pay is in a finer unit than
 * øre or the amounts are too large for this pass's exact sums (then the engine's record pass is used).
 * @throws {z.ZodError} when a record's `fullTimeHoursPerWeek` is not valid (path `[index, 'fullTimeHoursPerWeek']`)
 * @internal
 */
export function recordPass(records: readonly Employee[], o: ResolvedTransparencyOptions): PersonColumns | null {
  const cap = records.length;
  const cols = columnsOf(cap);
  const dictionary = new Dictionary();
  const counts = new Float64Array(COUNTS);
  const defaultHours = Math.round(o.fullTimeHoursPerWeek * 100);
  const ids = new IdCache(key, dictionary);
  const index = o.mergePersons ? new KeyIndex(cols.keys, records.length) : null;
  const ownHours = takeRecords(records, o, cols, ids, index, defaultHours, counts);
  // small objects of this pass's hidden classes, kept (see KEEP_HIDDEN_CLASSES)
  KEEP_HIDDEN_CLASSES[0] = columnsOf(0);
  KEEP_HIDDEN_CLASSES[1] = new IdCache(key, new Dictionary());
  if (index !== null) KEEP_HIDDEN_CLASSES[2] = new KeyIndex([], 0);
  // Σ |amount| over every record taken bounds every partial sum of every person: within 2^53 the
  // sums are exact (else the engine's pass, which checks each column)
  if (counts[STOPPED_AT]! >= 0 || !(counts[ABS_SUM]! <= SAFE)) return null;
  const size = counts[SIZE]!;
  const maxAbs = amountBound(cols.total, cols.variable, size);
  return {
    records: records.length,
    size,
    sexMask: cols.sexMask,
    pctMissing: cols.pctMissing,
    pctSum: cols.pctSum,
    category: cols.category,
    categoryKeys: dictionary.values,
    total: cols.total,
    variable: cols.variable,
    payUnit: 1,
    ownHours: ownHours ? cols.hours : null,
    maxAbs,
    merged: counts[MERGED]!,
    notActive: counts[NOT_ACTIVE]!,
    kindExcluded: counts[KIND_EXCLUDED]!,
    invalid: counts[INVALID]!,
    derivedSex: counts[DERIVED]!,
  };
}

/** Empty columns for `cap` persons. */
function columnsOf(cap: number): Columns {
  return {
    keys: new Array<string | null>(cap),
    sexMask: new Uint8Array(cap),
    pctMissing: new Uint8Array(cap),
    pctSum: new Int32Array(cap),
    category: new Int32Array(cap),
    total: new Float64Array(cap),
    variable: new Float64Array(cap),
    hours: null,
    main: new Int32Array(cap),
  };
}

/**
 * Objects of the record pass's hidden classes, kept for as long as this module is loaded and never
 * used (as the statistics engine's record pass keeps its own): V8's optimised code for the pass
 * refers weakly to the hidden classes of the objects it handles; once every object of such a class
 * has been collected, that code is thrown away and the next pass after a full garbage collection
 * begins unoptimised again.
 */
const KEEP_HIDDEN_CLASSES: unknown[] = [];

/** 1 when the component (in `PAY_COMPONENTS` order) is in `list`, else 0. */
function flags(list: readonly string[]): number[] {
  return PAY_COMPONENTS.map((c) => (list.includes(c) ? 1 : 0));
}

/**
 * The loop of {@link recordPass} (a function of its own: V8 optimises it with its own type
 * feedback). Returns whether some record carries full-time hours other than the option's; sets
 * `counts[STOPPED_AT]` to the index of a record with a `payDivisor` above 1 (else -1).
 */
function takeRecords(
  records: readonly Employee[],
  o: ResolvedTransparencyOptions,
  cols: Columns,
  ids: IdCache,
  index: KeyIndex | null,
  defaultHours: number,
  counts: Float64Array,
): boolean {
  const refKey = dateKeyOf(o.referenceDate);
  const withOrdinary = o.includeKinds.includes('ordinary');
  const withMaritime = o.includeKinds.includes('maritime');
  const withFreelance = o.includeKinds.includes('freelance');
  const byLevel = o.categoryBy === 'jobLevel';
  const [pb, pf, pi, pbo, po, pk] = flags(o.payComponents) as [number, number, number, number, number, number];
  const [vb, vf, vi, vbo, vo, vk] = flags(o.variableComponents) as [number, number, number, number, number, number];
  const { keys, sexMask, pctMissing, pctSum, category, total, variable, main } = cols;
  const catIds = ids.ids;
  // the counts are kept in `counts` where they change, and nothing but `return` follows the loop:
  // code after a long loop has no type feedback when V8 optimises the loop, and would throw that
  // optimised code away at its first run
  let size = 0;
  let own = false;
  counts.fill(0);
  counts[STOPPED_AT] = -1;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    const h = hoursOf(rec, r); // every record's hours are checked (TRN-1), taken or not
    if (h >= 0 && h !== defaultHours && !own) {
      own = true;
      cols.hours = hoursSoFar(pctSum, size, defaultHours);
    }
    const startKey = hasValidShape(rec) ? dateKeyOf(rec.startDate) : -1;
    const endKey = startKey < 0 || rec.endDate === null ? 99_999_999 : dateKeyOf(rec.endDate);
    const sexBit = startKey < 0 || endKey < 0 ? 0 : sexBitOf(rec.gender);
    if (sexBit === 0) {
      counts[INVALID]!++; // invalid-record
      continue;
    }
    const kind = rec.employmentKind;
    if (!(kind === 'ordinary' ? withOrdinary : kind === 'maritime' ? withMaritime : withFreelance && (kind as string) === 'freelance')) {
      counts[KIND_EXCLUDED]!++; // DEF-POP
      continue;
    }
    if (!(startKey <= refKey && endKey >= refKey)) {
      counts[NOT_ACTIVE]!++; // DEF-REF: a stock population only (TRN-1)
      continue;
    }
    if (rec.payDivisor !== undefined && rec.payDivisor !== 1) {
      counts[STOPPED_AT] = r; // pay in a finer unit: the engine's pass
      return false;
    }
    const pct = rec.positionPercent === null ? -1 : Math.round(rec.positionPercent * 100);
    const raw = byLevel ? rec.jobLevel : rec.jobGroup;
    let cat = raw === null ? -1 : catIds[raw];
    if (cat === undefined) cat = ids.of(raw);
    const p = rec.pay;
    const b = p.basePay;
    const f = p.fixedAllowances;
    const ir = p.irregularAllowances;
    const bo = p.bonus;
    const ov = p.overtime;
    const k = p.benefitsInKind;
    const m = pb * b + pf * f + pi * ir + pbo * bo + po * ov + pk * k;
    const v = vb * b + vf * f + vi * ir + vbo * bo + vo * ov + vk * k;
    counts[ABS_SUM]! += pb * Math.abs(b) + pf * Math.abs(f) + pi * Math.abs(ir) + pbo * Math.abs(bo) + po * Math.abs(ov) + pk * Math.abs(k);
    if (rec.genderDerivedFromNationalId) counts[DERIVED]!++;

    const personKey = index === null ? null : (rec.personId ?? rec.employeeId);
    const existing = personKey === null ? -1 : index!.get(personKey);
    const hours = cols.hours;
    if (existing < 0) {
      const i = size++;
      counts[SIZE] = size;
      if (personKey !== null) {
        keys[i] = personKey;
        index!.set(personKey, i);
      }
      sexMask[i] = sexBit;
      if (pct < 0) pctMissing[i] = 1;
      else {
        pctSum[i] = pct;
        if (hours !== null) hours[i] = (h < 0 ? defaultHours : h) * pct;
      }
      category[i] = cat;
      total[i] = m;
      variable[i] = v;
      main[i] = r;
      continue;
    }
    // DEF-POP: a further employment of a known person is merged into it
    const i = existing;
    counts[MERGED]!++;
    sexMask[i]! |= sexBit;
    if (pct < 0) pctMissing[i] = 1;
    else {
      pctSum[i]! += pct;
      if (hours !== null) hours[i]! += (h < 0 ? defaultHours : h) * pct;
    }
    total[i]! += m;
    variable[i]! += v;
    if (mainCompare(candidate(rec, pct, startKey), candidate(records[main[i]!]!, -2, -1)) > 0) {
      main[i] = r;
      category[i] = cat;
    }
  }
  return own;
}

/** The largest of |total|, |variable| and |total − variable| over the first `size` persons. */
function amountBound(total: Float64Array, variable: Float64Array, size: number): number {
  let max = 0;
  for (let i = 0; i < size; i++) {
    const m = Math.abs(total[i]!);
    const v = Math.abs(variable[i]!);
    const b = Math.abs(total[i]! - variable[i]!);
    if (m > max) max = m;
    if (v > max) max = v;
    if (b > max) max = b;
  }
  return max;
}

/** Σ hours × percent of the first `size` persons when every record so far had the option's hours. */
function hoursSoFar(pctSum: Int32Array, size: number, defaultHours: number): Float64Array {
  const hours = new Float64Array(pctSum.length);
  for (let i = 0; i < size; i++) hours[i] = pctSum[i]! * defaultHours;
  return hours;
}

/** An active employment as a main-employment candidate (`pct` -2 and `start` -1: read them from the record). */
function candidate(rec: Employee, pct: number, start: number): MainCandidate {
  return {
    active: 1,
    pct: pct === -2 ? (rec.positionPercent === null ? -1 : Math.round(rec.positionPercent * 100)) : pct,
    start: start === -1 ? dateKeyOf(rec.startDate) : start,
    temporary: rec.contract === 'temporary' ? 1 : 0,
    unit: rec.unit === null ? null : unitKeyOf(rec.unit),
    level: key(rec.jobLevel),
    group: key(rec.jobGroup),
  };
}
