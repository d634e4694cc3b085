/**
 * The persons the pay-transparency indicators are computed over, laid out once for every
 * indicator's computer (TRN-1, DEF-POP, DEF-SEX). Persons come from the ARP statistics engine's
 * record pass ({@link accumulateMapping}): the same population, the same merging of one person's
 * employments (position percents and pay summed, the main employment's level and group kept), the
 * same exclusion counts. Nothing is re-implemented here but the full-time hours, which the engine
 * does not read.
 *
 * Exactness (DEF-ROUND): a person's hourly pay is `K × 10 000 · a / d` with `a` the monthly øre of
 * the measure, `d` the person's hour units (Σ full-time weekly hours × position percent, both in
 * hundredths, divided by their common divisor g over the population) and `K` = months × 100 /
 * (weeks × g) one exact rational for everyone. The code `10 000 · a / d` is exactly the form the
 * engine's exact arithmetic works on (statistics/_lib/exact.ts): means from per-`d` sums, medians by
 * selection on doubles that order exactly like the fractions (checked, else the BigInt path).
 * @internal
 */
import { z } from 'zod';
import { PAY_COMPONENTS, SEXES } from '../../models/employee.js';
import type { Employee } from '../../models/employee.js';
import { accumulateMapping } from '../../statistics/accumulateMapping.js';
import { floatOrderIsExact, SAFE, type Rational } from '../../statistics/_lib/exact.js';
import { looksLikeIsoDate } from '../../statistics/_lib/days.js';
import { naturalCompare } from '../../statistics/_lib/naturalCompare.js';
import { isActiveOnDate } from '../../statistics/isActiveOnDate.js';
import type { ExclusionReason } from '../../statistics/types.js';
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';

/** The measures of a person (index into {@link PopulationState.amounts} and `codes`). @internal */
export const HOURLY = 0;
/** @internal */
export const BASIC = 1;
/** @internal */
export const VARIABLE = 2;
/** @internal */
export type MeasureIndex = typeof HOURLY | typeof BASIC | typeof VARIABLE;

/**
 * The laid-out persons. Order: women first, then men (DEF-SEX); within a sex by category; within
 * a category the recipients of variable pay first. Block (s, c, r) — sex s (0 women, 1 men),
 * category c, r 0 recipients / 1 the others — is `[blockStart[b], blockStart[b + 1])` with
 * b = (s · C + c) · 2 + r. @internal
 */
export interface PopulationState {
  /** Women + men. */
  readonly n: number;
  readonly women: number;
  /** Category keys, natural order, `null` last. */
  readonly categories: readonly (string | null)[];
  readonly blockStart: Int32Array;
  /** Monthly øre per measure (hourly = all pay components, basic, variable), layout order. */
  readonly amounts: readonly [Float64Array, Float64Array, Float64Array];
  /** Index of the person's hour units into `units`. */
  readonly unitIndex: Int32Array;
  /** Distinct hour units d (reduced by g), most frequent first. */
  readonly units: Float64Array;
  /** The person's row in the engine's person table: the order persons first appear in the records. */
  readonly row: Int32Array;
  /** Hourly øre = K × (10 000 · a / d). */
  readonly hourlyFactor: Rational;
  readonly monthsPerYear: number;
  /**
   * True when every code is a double that orders exactly like its fraction and every sum of amounts
   * is a safe integer (the fast path); otherwise means and medians take the engine's BigInt path
   * and the codes are exact ranks.
   */
  readonly fast: boolean;
  /** Largest |amount| (bound of the codes' exact recovery). */
  readonly maxAbs: number;
  /** Per measure: 10 000 · a / d as doubles (fast path) or the exact rank of a / d (slow path). */
  readonly codes: readonly [Float64Array, Float64Array, Float64Array];
  /** Annual measure codes: the monthly øre of all pay (exact integers). */
  readonly annualCodes: Float64Array;
}

/** What the population builder returns beside the state. @internal */
export interface PopulationSummary {
  readonly records: number;
  readonly women: number;
  readonly men: number;
  readonly excluded: Record<ExclusionReason, number>;
  readonly warnings: Record<string, number>;
  readonly state: PopulationState;
}

/** sexMask (bit per sex seen) → index into SEXES: one bit → its sex; none or several → unknown (DEF-SEX, as the engine). */
function sexOfMask(mask: number): number {
  return mask === 1 ? 0 : mask === 2 ? 1 : mask === 4 ? 2 : 3;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a < 0n ? -a : a;
}

/**
 * Builds the laid-out population from employment records (TRN-1, DEF-POP, DEF-SEX).
 * @throws {z.ZodError} when a record's `fullTimeHoursPerWeek` is not valid (path `[index, 'fullTimeHoursPerWeek']`)
 * @throws RangeError when a person's monthly pay is beyond 2^53 øre
 * @internal
 */
export function buildPopulation(records: readonly Employee[], o: ResolvedTransparencyOptions): PopulationSummary {
  const partial = accumulateMapping(records, {
    year: o.year,
    referenceDate: o.referenceDate,
    includeKinds: [...o.includeKinds],
    mergePersons: o.mergePersons,
    // the engine stores the components a measure uses: all of the transparency's pay
    monthlyPayComponents: [...o.payComponents],
    // a stock population only (TRN-1): no leave-only persons
    parentalLeavePopulation: 'reference-date',
  });
  const { table: t, groups, levels, index } = partial.state;
  const size = t.size;
  const defaultHours = Math.round(o.fullTimeHoursPerWeek * 100);
  const ownHours = hoursOfRecords(records, o, defaultHours, size, index === null ? null : (key) => index.get(key), t.pctSum, t.pctMissing);

  const payCols = PAY_COMPONENTS.map((c, k) => (o.payComponents.includes(c) ? t.pay[k] : null));
  const varCols = PAY_COMPONENTS.map((c, k) => (o.variableComponents.includes(c) ? t.pay[k] : null));
  for (let k = 0; k < PAY_COMPONENTS.length; k++) {
    if (payCols[k] === undefined) throw new Error('likestilling: internal error: a pay component the transparency needs is not stored');
  }
  const dictionary = o.categoryBy === 'jobLevel' ? levels : groups;
  const catColumn = o.categoryBy === 'jobLevel' ? t.level : t.group;

  // ---- one pass over the persons: who is in, their amounts and hour units ----
  let merged = 0;
  let otherSex = 0;
  let noPct = 0;
  let noPctAll = 0;
  let above100 = 0;
  let inconsistent = 0;
  const eligible = new Int32Array(size); // rows of the population
  let n = 0;
  let women = 0;
  const catUsed = new Uint8Array(dictionary.values.length + 1);
  for (let i = 0; i < size; i++) {
    const mask = t.sexMask[i]!;
    if (mask !== 1 && mask !== 2 && mask !== 4 && mask !== 8) inconsistent++;
    merged += t.activeCount[i]! - 1; // DEF-POP: further active employments merged into the person
    const missing = t.pctMissing[i] === 1;
    const p = t.pctSum[i]!;
    if (missing || p === 0) noPctAll++;
    else if (p > 10_000) above100++;
    const s = sexOfMask(mask);
    if (s > 1) {
      otherSex++; // DEF-SEX: not in the women/men comparisons
      continue;
    }
    if (missing || p === 0) {
      noPct++; // TRN-1: no positive position percent, no hours: left out, counted
      continue;
    }
    eligible[n++] = i;
    if (s === 0) women++;
    catUsed[catColumn[i]! + 1] = 1;
  }

  // categories: natural order, null last (as the ARP mapping's breakdowns)
  const keyed = dictionary.values.map((key, id) => ({ key, id })).filter(({ id }) => catUsed[id + 1] === 1);
  keyed.sort((a, b) => naturalCompare(a.key, b.key));
  const catOf = new Int32Array(dictionary.values.length + 1).fill(-1);
  const categories: (string | null)[] = [];
  for (const { key, id } of keyed) {
    catOf[id + 1] = categories.length;
    categories.push(key);
  }
  if (catUsed[0] === 1) {
    catOf[0] = categories.length;
    categories.push(null);
  }
  const C = categories.length;

  // amounts and hour units per eligible person (in row order first)
  const total = new Float64Array(n);
  const variable = new Float64Array(n);
  const fullUnits = new Float64Array(n);
  const block = new Int32Array(n);
  const blockCount = new Int32Array(2 * C * 2 + 1);
  let maxAbs = 0;
  let unitsGcd = 0;
  for (let j = 0; j < n; j++) {
    const i = eligible[j]!;
    let m = 0;
    let v = 0;
    let abs = 0;
    for (let k = 0; k < 6; k++) {
      const col = payCols[k];
      if (col === null || col === undefined) continue;
      const x = col[i]!;
      m += x;
      abs += Math.abs(x);
      if (varCols[k] !== null) v += x;
    }
    if (!(abs <= SAFE)) throw new RangeError("likestilling: a person's monthly pay is beyond 2^53 øre: amounts that large cannot be computed exactly");
    total[j] = m;
    variable[j] = v;
    const basicAbs = Math.abs(m - v);
    maxAbs = Math.max(maxAbs, Math.abs(m), Math.abs(v), basicAbs);
    const u = ownHours === null ? defaultHours * t.pctSum[i]! : ownHours[i]!;
    fullUnits[j] = u;
    unitsGcd = gcd(u, unitsGcd);
    const s = t.sexMask[i] === 1 ? 0 : 1;
    const b = (s * C + catOf[catColumn[i]! + 1]!) * 2 + (v > 0 ? 0 : 1);
    block[j] = b;
    blockCount[b + 1]!++;
  }
  for (let b = 1; b < blockCount.length; b++) blockCount[b]! += blockCount[b - 1]!;
  const blockStart = Int32Array.from(blockCount);

  // lay out (counting sort by block, stable: row order within a block)
  const next = Int32Array.from(blockCount);
  const amountsHourly = new Float64Array(n);
  const amountsBasic = new Float64Array(n);
  const amountsVariable = new Float64Array(n);
  const unitsOf = new Float64Array(n);
  const row = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const at = next[block[j]!]!++;
    amountsHourly[at] = total[j]!;
    amountsVariable[at] = variable[j]!;
    amountsBasic[at] = total[j]! - variable[j]!;
    unitsOf[at] = fullUnits[j]! / (unitsGcd || 1);
    row[at] = eligible[j]!;
  }

  // distinct hour units, most frequent first (the order the exact recovery tries them in)
  const counts = new Map<number, number>();
  for (let j = 0; j < n; j++) counts.set(unitsOf[j]!, (counts.get(unitsOf[j]!) ?? 0) + 1);
  const units = Float64Array.from([...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([d]) => d));
  const slot = new Map<number, number>();
  units.forEach((d, k) => slot.set(d, k));
  const unitIndex = new Int32Array(n);
  let maxUnits = 1;
  for (let j = 0; j < n; j++) {
    unitIndex[j] = slot.get(unitsOf[j]!)!;
    if (unitsOf[j]! > maxUnits) maxUnits = unitsOf[j]!;
  }

  // codes: 10 000 · a / d (the engine's form), exact order on doubles when the bound holds
  const amounts = [amountsHourly, amountsBasic, amountsVariable] as const;
  let maxF = 0;
  const codes = amounts.map((a) => {
    const f = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const x = (a[j]! * 10_000) / unitsOf[j]!;
      f[j] = x;
      const ax = Math.abs(x);
      if (ax > maxF) maxF = ax;
    }
    return f;
  }) as unknown as [Float64Array, Float64Array, Float64Array];
  const fast = Number.isSafeInteger(maxAbs * Math.max(n, 10_000)) && floatOrderIsExact(maxAbs, maxUnits, maxF);
  if (!fast) for (let m = 0; m < 3; m++) codes[m] = exactRanks(amounts[m]!, unitsOf);

  const g = BigInt(unitsGcd || 1);
  const kNum = BigInt(o.monthsPerYear) * 100n;
  const kDen = BigInt(o.weeksPerYear) * g;
  const kg = gcdBig(kNum, kDen);
  const state: PopulationState = {
    n,
    women,
    categories,
    blockStart,
    amounts,
    unitIndex,
    units,
    row,
    hourlyFactor: { num: kNum / kg, den: kDen / kg },
    monthsPerYear: o.monthsPerYear,
    fast,
    maxAbs,
    codes,
    annualCodes: amountsHourly,
  };
  const excluded: Record<ExclusionReason, number> = {
    'not-active-on-reference-date': partial.recordExclusions.notActive,
    'employment-kind-excluded': partial.recordExclusions.kindExcluded,
    'merged-into-person': merged,
    'no-position-percent': noPct,
    'sex-not-female-or-male': otherSex,
    'invalid-record': partial.recordExclusions.invalid,
  };
  return {
    records: partial.records,
    women,
    men: n - women,
    excluded,
    warnings: {
      position_percent_zero_or_missing: noPctAll,
      position_percent_above_100: above100,
      sex_derived_from_national_id: t.derivedSex,
      person_sex_inconsistent: inconsistent,
    },
    state,
  };
}

/**
 * Exact ranks of the fractions a[j] / d[j] (0 for the smallest; equal fractions, equal ranks), by
 * BigInt cross-multiplication: codes for the slow path that order and tie exactly like the values.
 */
function exactRanks(a: Float64Array, d: Float64Array): Float64Array {
  const n = a.length;
  const A = Array.from(a, (x) => BigInt(x));
  const D = Array.from(d, (x) => BigInt(x));
  const idx = Array.from({ length: n }, (_, j) => j);
  const cmp = (x: number, y: number): number => {
    const l = A[x]! * D[y]!;
    const r = A[y]! * D[x]!;
    return l < r ? -1 : l > r ? 1 : 0;
  };
  idx.sort(cmp);
  const ranks = new Float64Array(n);
  let rank = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && cmp(idx[k - 1]!, idx[k]!) !== 0) rank++;
    ranks[idx[k]!] = rank;
  }
  return ranks;
}

const SEX_SET: ReadonlySet<string> = new Set(SEXES);

/**
 * The engine's guard for records that bypassed parsing (accumulateMapping's `hasValidShape` and its
 * date and sex checks), so the hour pass takes exactly the records the engine took.
 */
function takenByEngine(r: Employee, o: ResolvedTransparencyOptions): boolean {
  if (typeof r !== 'object' || r === null || typeof r.pay !== 'object' || r.pay === null) return false;
  if (typeof r.employeeId !== 'string' || !Array.isArray(r.parentalLeavePeriods)) return false;
  const p = r.positionPercent;
  if (p !== null && !(p >= 0 && p <= 200)) return false;
  const pay = r.pay;
  if (
    !(
      Number.isSafeInteger(pay.basePay) &&
      Number.isSafeInteger(pay.fixedAllowances) &&
      Number.isSafeInteger(pay.irregularAllowances) &&
      Number.isSafeInteger(pay.bonus) &&
      Number.isSafeInteger(pay.overtime) &&
      Number.isSafeInteger(pay.benefitsInKind)
    )
  )
    return false;
  if (!looksLikeIsoDate(r.startDate) || !(r.endDate === null || looksLikeIsoDate(r.endDate)) || !SEX_SET.has(r.gender)) return false;
  return o.includeKinds.includes(r.employmentKind) && isActiveOnDate(r, o.referenceDate);
}

/** Full-time weekly hours in hundredths, or -1 when the record carries none; throws on an invalid value. */
function hoursOf(r: Employee, at: number): number {
  const v: unknown = typeof r === 'object' && r !== null ? r.fullTimeHoursPerWeek : undefined;
  if (v === undefined || v === null) return -1;
  const h = typeof v === 'number' ? Math.round(v * 100) : Number.NaN;
  if (!(h > 0 && h <= 16_800 && Math.abs(h - (v as number) * 100) < 1e-6)) {
    throw new z.ZodError([
      { code: 'custom', path: [at, 'fullTimeHoursPerWeek'], message: 'expected full-time weekly hours above 0 and at most 168 with at most two decimals', input: v },
    ]);
  }
  return h;
}

/**
 * Each person's hour units Σ (full-time weekly hours × position percent), both in hundredths, over
 * the active employments the engine merged into it (TRN-1), or `null` when no record carries hours
 * other than the options' (then a person's units are those hours × its summed percent). The
 * record → person row mapping is the engine's: by person key when merging, else the order of the
 * records taken. Checked against the engine's summed percents.
 */
function hoursOfRecords(
  records: readonly Employee[],
  o: ResolvedTransparencyOptions,
  defaultHours: number,
  size: number,
  rowOfKey: ((key: string) => number) | null,
  pctSum: Int32Array,
  pctMissing: Uint8Array,
): Float64Array | null {
  let own = false;
  for (let r = 0; r < records.length; r++) {
    const h = hoursOf(records[r]!, r);
    if (h >= 0 && h !== defaultHours) own = true;
  }
  if (!own) return null;
  const units = new Float64Array(size);
  const pcts = new Float64Array(size);
  let nextRow = 0;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    if (!takenByEngine(rec, o)) continue;
    const row = rowOfKey === null ? nextRow++ : rowOfKey(rec.personId ?? rec.employeeId);
    if (row < 0 || row >= size) throw new Error('likestilling: internal error: a record taken by the statistics engine has no person row');
    if (rec.positionPercent === null) continue;
    const p = Math.round(rec.positionPercent * 100);
    const h = hoursOf(rec, r);
    units[row]! += (h < 0 ? defaultHours : h) * p;
    pcts[row]! += p;
  }
  for (let i = 0; i < size; i++) {
    if (pctMissing[i] === 0 && pcts[i] !== pctSum[i]) throw new Error('likestilling: internal error: the hour pass does not match the statistics engine (were the records parsed with EmployeeSchema?)');
  }
  return units;
}
