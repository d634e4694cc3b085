/**
 * The persons the pay-transparency indicators are computed over, laid out once for every
 * indicator's computer (TRN-1, DEF-POP, DEF-SEX). Persons come from the transparency's own record
 * pass ({@link recordPass}; the ARP engine's, {@link enginePersons}, for pay in a finer unit than
 * øre): the ARP mapping's population, the same merging of one person's employments (position
 * percents and pay summed, the main employment's level and group kept), the same exclusion counts.
 *
 * Exactness (DEF-ROUND): a person's hourly pay is `K × 10 000 · a / d` with `a` the monthly øre of
 * the measure, `d` the person's hour units (Σ full-time weekly hours × position percent, both in
 * hundredths, divided by their common divisor g over the population) and `K` = months × 100 /
 * (weeks × g) one exact rational for everyone. The code `10 000 · a / d` is exactly the form the
 * engine's exact arithmetic works on (statistics/_lib/exact.ts): means from per-`d` sums, medians by
 * selection on doubles that order exactly like the fractions (checked, else the BigInt path).
 * @internal
 */
import { gcd, gcdBig } from '../../_lib/exact.js';
import { exclusionCounts, floatOrderIsExact, naturalCompare, requireRecords, SAFE, type AmountColumn, type Rational } from '../../statistics/internal.js';
import type { ExclusionReason } from '../../statistics/types.js';
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';
import type { Employee } from '../../models/employee.js';
import { enginePersons } from './enginePersons.js';
import { exactRanks } from './exactRanks.js';
import { recordPass, type PersonColumns } from './recordPass.js';

/** The measures of a person (index into {@link PopulationState} `ranks`; see {@link amountAt}). @internal */
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
  /** Monthly øre of all pay components (hourly and annual measures), layout order (4-byte integers while they fit). */
  readonly total: AmountColumn;
  /** Monthly øre of the variable components (basic = total − variable). */
  readonly variable: AmountColumn;
  /** Index of the person's hour units into `units` (1, 2 or 4 bytes). */
  readonly unitIndex: UnitIndex;
  /** Distinct hour units d (reduced by g), most frequent first. */
  readonly units: Float64Array;
  /** `quartileTies: 'sort-order'` only: the person's row in the engine's person table (the order persons first appear in the records). */
  readonly row: Int32Array | null;
  /** Hourly øre = K × (10 000 · a / d). */
  readonly hourlyFactor: Rational;
  readonly monthsPerYear: number;
  /** Amounts are in 1/payUnit øre (1 unless a record's pay was in a finer unit, `payDivisor`; DEF-ROUND). */
  readonly payUnit: number;
  /**
   * True when every code 10 000 · a / d is a double that orders exactly like its fraction and every
   * sum of amounts is a safe integer (the fast path); otherwise means and medians take the engine's
   * BigInt path and the quartiles order on exact ranks (`ranks`).
   */
  readonly fast: boolean;
  /** Largest |amount| of any measure (bound of the codes' exact recovery). */
  readonly maxAbs: number;
  /** Slow path only: per measure, the exact rank of a / d (equal fractions, equal ranks). */
  readonly ranks: readonly [Float64Array, Float64Array, Float64Array] | null;
  /**
   * Room for n codes, made on first use and shared by every computer (one at a time: each fills it
   * and selects in it before returning), so the indicators allocate no more big buffers.
   */
  scratch: Float64Array | null;
}

/** The population's shared scratch buffer of n doubles. @internal */
export function scratchOf(state: PopulationState): Float64Array {
  return (state.scratch ??= new Float64Array(state.n));
}

/** The monthly øre of a measure for the person at layout position j. @internal */
export function amountAt(state: PopulationState, measure: MeasureIndex, j: number): number {
  return measure === HOURLY ? state.total[j]! : measure === VARIABLE ? state.variable[j]! : state.total[j]! - state.variable[j]!;
}

/**
 * The order codes of a measure for every person, layout order — 10 000 · a / d (fast path) or
 * exact ranks — in the shared scratch buffer ({@link scratchOf}). @internal
 */
export function codesOf(state: PopulationState, measure: MeasureIndex): Float64Array {
  const f = scratchOf(state);
  if (state.ranks !== null) {
    f.set(state.ranks[measure]);
    return f;
  }
  const { n, unitIndex, units } = state;
  for (let j = 0; j < n; j++) f[j] = (amountAt(state, measure, j) * 10_000) / units[unitIndex[j]!]!;
  return f;
}

/** A person's index into the distinct hour units: 1, 2 or 4 bytes. @internal */
export type UnitIndex = Uint8Array | Uint16Array | Int32Array;

/** What the population builder returns beside the state. @internal */
export interface PopulationSummary {
  readonly records: number;
  readonly women: number;
  readonly men: number;
  readonly excluded: Record<ExclusionReason, number>;
  readonly warnings: Record<string, number>;
  readonly state: PopulationState;
}

/** Reduced hour units below this are numbered through a typed array, others through a Map. */
const DIRECT_UNITS = 1 << 20;

/**
 * Builds the laid-out population from employment records (TRN-1, DEF-POP, DEF-SEX).
 * @throws {z.ZodError} when a record's `fullTimeHoursPerWeek` is not valid (path `[index, 'fullTimeHoursPerWeek']`)
 * @param shared - the layout's columns in `SharedArrayBuffer`s (read by a worker thread of `likestilling/node` without a copy)
 * @throws RangeError when a person's monthly pay may be beyond 2^53 øre
 * @internal
 */
export function buildPopulation(records: readonly Employee[], o: ResolvedTransparencyOptions, shared = false): PopulationSummary {
  requireRecords('accumulateMapping', records);
  const p = recordPass(records, o) ?? enginePersons(records, o);
  if (!(p.maxAbs <= SAFE)) throw new RangeError("likestilling: a person's monthly pay may be beyond 2^53 øre: amounts that large cannot be computed exactly");
  const { ownHours } = p;
  const defaultHours = Math.round(o.fullTimeHoursPerWeek * 100);

  // ---- pass 1 over the persons: who is in (DEF-SEX, then a positive position percent) ----
  // Each pass is a function of its own that is only its loop: V8 then optimises it with the type
  // feedback of its loop, not as a part of one long function (measured: such a function's later
  // loops ran 3–5× slower after deoptimisations). Few and narrow buffers (eligibility and blocks
  // are recomputed, not stored), so preparing does not force a full garbage collection of the
  // caller's heap (V8's external-memory trigger; measured: 0.2–0.3 s at 1 000 000).
  const catUsed = new Uint8Array(p.categoryKeys.length + 1);
  const counts = new Float64Array(COUNTS);
  personPass(p, catUsed, counts);
  const [otherSex, noPct, noPctAll, above100, inconsistent, n, women, maxPct] = counts as unknown as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  // categories: natural order, null last (as the ARP mapping's breakdowns)
  const keyed = p.categoryKeys.map((key, id) => ({ key, id })).filter(({ id }) => catUsed[id + 1] === 1);
  keyed.sort((x, y) => naturalCompare(x.key, y.key));
  const catOf = new Int32Array(p.categoryKeys.length + 1).fill(-1);
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

  // ---- pass 2: the blocks' sizes, the distinct hour units and their divisor ----
  const blockCount = new Int32Array(2 * C * 2 + 1);
  const directFreq = ownHours === null && maxPct < DIRECT_UNITS ? new Int32Array(maxPct + 1) : null;
  const mapFreq = new Map<number, number>();
  const unitsGcd = countPass(p, catOf, C, blockCount, directFreq, mapFreq);
  for (let b = 1; b < blockCount.length; b++) blockCount[b]! += blockCount[b - 1]!;
  const blockStart = Int32Array.from(blockCount);
  // distinct units, most frequent first (the order the exact recovery tries them in), reduced by
  // their divisor g; the option's hours are a factor of every unit when no record has its own
  const scale = ownHours === null ? defaultHours : 1;
  const g = (unitsGcd || 1) * scale;
  const freq: [number, number][] = [];
  if (directFreq !== null) directFreq.forEach((f, full) => f > 0 && freq.push([full, f]));
  else for (const [full, f] of mapFreq) freq.push([full, f]);
  freq.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const units = Float64Array.from(freq, ([full]) => (full * scale) / g);
  const slotDirect = directFreq === null ? null : new Int32Array(directFreq.length);
  const slotMap = new Map<number, number>();
  freq.forEach(([full], k) => (slotDirect === null ? slotMap.set(full, k) : (slotDirect[full] = k)));
  let maxUnits = 1;
  let minUnits = Infinity;
  for (const d of units) {
    if (d > maxUnits) maxUnits = d;
    if (d < minUnits) minUnits = d;
  }

  // ---- pass 3: lay out (counting sort by block, stable: record order within a block) ----
  const maxAbs = p.maxAbs;
  const narrow = maxAbs <= 0x7fffffff;
  const buffer = (bytes: number): ArrayBuffer | SharedArrayBuffer => (shared ? new SharedArrayBuffer(bytes * n) : new ArrayBuffer(bytes * n));
  const total = narrow ? new Int32Array(buffer(4)) : new Float64Array(buffer(8));
  const variable = narrow ? new Int32Array(buffer(4)) : new Float64Array(buffer(8));
  const unitIndex = units.length <= 0x100 ? new Uint8Array(buffer(1)) : units.length <= 0x10000 ? new Uint16Array(buffer(2)) : new Int32Array(buffer(4));
  const row = o.quartileTies === 'sort-order' ? new Int32Array(buffer(4)) : null;
  layOutPass(p, catOf, C, blockCount, { total, variable, unitIndex, row }, slotDirect, slotMap);

  // the fast path's bound: codes 10 000 · a / d order exactly on doubles, sums stay safe integers
  const maxF = n === 0 ? 0 : (maxAbs * 10_000) / minUnits;
  const fast = Number.isSafeInteger(maxAbs * Math.max(n, 10_000)) && floatOrderIsExact(maxAbs, maxUnits, maxF);
  const unitsAt = (j: number): number => units[unitIndex[j]!]!;
  const ranks = fast
    ? null
    : ([0, 1, 2].map((m) => exactRanks(n, (j) => (m === HOURLY ? total[j]! : m === VARIABLE ? variable[j]! : total[j]! - variable[j]!), unitsAt)) as [
        Float64Array,
        Float64Array,
        Float64Array,
      ]);

  // hourly øre = K × 10 000 · a / d with a in 1/payUnit øre: K = months × 100 / (weeks × g × payUnit)
  const kNum = BigInt(o.monthsPerYear) * 100n;
  const kDen = BigInt(o.weeksPerYear) * BigInt(g) * BigInt(p.payUnit);
  const kg = gcdBig(kNum, kDen);
  const state: PopulationState = {
    n,
    women,
    categories,
    blockStart,
    total,
    variable,
    unitIndex,
    units,
    row,
    hourlyFactor: { num: kNum / kg, den: kDen / kg },
    monthsPerYear: o.monthsPerYear,
    payUnit: p.payUnit,
    fast,
    maxAbs,
    ranks,
    scratch: null,
  };
  return {
    records: p.records,
    women,
    men: n - women,
    excluded: exclusionCounts(p, { merged: p.merged, noPct, otherSex }),
    warnings: {
      position_percent_zero_or_missing: noPctAll,
      position_percent_above_100: above100,
      sex_derived_from_national_id: p.derivedSex,
      person_sex_inconsistent: inconsistent,
    },
    state,
  };
}

/** Slots of {@link personPass}'s counts. */
const COUNTS = 8;

/**
 * Who is in (DEF-SEX, then a positive position percent, TRN-1), the categories used, and the counts
 * [other sex, no percent (women and men), no percent (all), above 100 %, inconsistent sex, n,
 * women, largest percent].
 */
function personPass(p: PersonColumns, catUsed: Uint8Array, counts: Float64Array): void {
  const { size, sexMask, pctMissing, pctSum, category } = p;
  let otherSex = 0;
  let noPct = 0;
  let noPctAll = 0;
  let above100 = 0;
  let inconsistent = 0;
  let n = 0;
  let women = 0;
  let maxPct = 0;
  for (let i = 0; i < size; i++) {
    const mask = sexMask[i]!;
    if (mask !== 1 && mask !== 2 && mask !== 4 && mask !== 8) inconsistent++; // several sexes: unknown (DEF-SEX)
    const missing = pctMissing[i] === 1;
    const pct = pctSum[i]!;
    if (missing || pct === 0) noPctAll++;
    else if (pct > 10_000) above100++;
    if (mask !== 1 && mask !== 2)
      otherSex++; // DEF-SEX: not in the women/men comparisons
    else if (missing || pct === 0)
      noPct++; // TRN-1: no positive position percent, no hours: left out, counted
    else {
      n++;
      if (mask === 1) women++;
      if (pct > maxPct) maxPct = pct;
      catUsed[category[i]! + 1] = 1;
    }
  }
  counts.set([otherSex, noPct, noPctAll, above100, inconsistent, n, women, maxPct]);
}

/**
 * Counts the persons of each block (sex, category, recipient of variable pay or not) into
 * `blockCount[b + 1]` and of each full hour unit; returns the units' greatest common divisor.
 */
function countPass(
  p: PersonColumns,
  catOf: Int32Array,
  C: number,
  blockCount: Int32Array,
  directFreq: Int32Array | null,
  mapFreq: Map<number, number>,
): number {
  const { size, sexMask, pctMissing, pctSum, category, variable, ownHours } = p;
  let unitsGcd = 0;
  for (let i = 0; i < size; i++) {
    const mask = sexMask[i]!;
    if ((mask !== 1 && mask !== 2) || pctMissing[i] === 1 || pctSum[i] === 0) continue;
    blockCount[((mask === 1 ? 0 : C) + catOf[category[i]! + 1]!) * 2 + (variable[i]! > 0 ? 1 : 2)]!++;
    const full = ownHours === null ? pctSum[i]! : ownHours[i]!;
    if (unitsGcd !== 1) unitsGcd = gcd(full, unitsGcd);
    if (directFreq !== null) directFreq[full]!++;
    else mapFreq.set(full, (mapFreq.get(full) ?? 0) + 1);
  }
  return unitsGcd;
}

/** Writes each person's amounts, unit and row at the next place of its block (`next`: the blocks' starts, advanced). */
function layOutPass(
  p: PersonColumns,
  catOf: Int32Array,
  C: number,
  next: Int32Array,
  out: { readonly total: AmountColumn; readonly variable: AmountColumn; readonly unitIndex: UnitIndex; readonly row: Int32Array | null },
  slotDirect: Int32Array | null,
  slotMap: Map<number, number>,
): void {
  const { size, sexMask, pctMissing, pctSum, category, ownHours } = p;
  const { total, variable, unitIndex, row } = out;
  for (let i = 0; i < size; i++) {
    const mask = sexMask[i]!;
    if ((mask !== 1 && mask !== 2) || pctMissing[i] === 1 || pctSum[i] === 0) continue;
    const v = p.variable[i]!;
    const at = next[((mask === 1 ? 0 : C) + catOf[category[i]! + 1]!) * 2 + (v > 0 ? 0 : 1)]!++;
    total[at] = p.total[i]!;
    variable[at] = v;
    if (row !== null) row[at] = i;
    const full = ownHours === null ? pctSum[i]! : ownHours[i]!;
    unitIndex[at] = slotDirect === null ? slotMap.get(full)! : slotDirect[full]!;
  }
}
