/**
 * Means, medians and gaps over parts of the laid-out population, with the engine's exact
 * arithmetic (statistics/_lib/exact.ts, _lib/money.ts): exact rationals, rounded once at output
 * (DEF-ROUND, TRN-2). @internal
 */
import { formatRatio, formatRatioOfIntegers } from '../../_lib/money.js';
import { meanAndMedianBig, meanOfPercentSums, medianOfCodes, type Rational, type AmountColumn } from '../../statistics/internal.js';
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';
import type { PayGapFigure, PayGapStatistic } from '../types.js';
import { BASIC, scratchOf, VARIABLE, type MeasureIndex, type PopulationState, type UnitIndex } from './population.js';

/** A measure: hourly, basic or variable (hourly pay of those components), or annual pay (of all components). @internal */
export type Measure = MeasureIndex | 'annual';

/** Count, mean and median of one measure over some persons, in code units (10 000 · a / d; annual: a). @internal */
export interface Stat {
  readonly count: number;
  readonly mean: Rational | null;
  readonly median: Rational | null;
}

/** Half-open ranges of layout positions, as [from, to, from, to, …]. @internal */
export type Ranges = readonly number[];

const ANNUAL_UNITS = Float64Array.of(10_000);

/**
 * Exact count, mean and median of a measure over the persons in `ranges` (the ranges' codes are
 * copied into `scratch`, so the population is never reordered). @internal
 */
export function statOf(state: PopulationState, measure: Measure, ranges: Ranges, scratch: Float64Array): Stat {
  let len = 0;
  for (let r = 0; r < ranges.length; r += 2) len += ranges[r + 1]! - ranges[r]!;
  if (len === 0) return { count: 0, mean: null, median: null };
  const annual = measure === 'annual';
  const { total, variable, unitIndex, units } = state;
  // a person's amount: total (hourly, annual), variable, or total − variable (basic)
  const A = measure === VARIABLE ? variable : total;
  const S = measure === BASIC ? variable : null;
  if (!state.fast) {
    // the engine's BigInt path (amounts too large for exact doubles)
    return { count: len, ...meanAndMedianBig(bigPairs(A, S, annual ? null : unitIndex, units, ranges)) };
  }
  if (annual) {
    const sum = copyAmounts(total, ranges, scratch); // 10 000 · a / 10 000: the code is the amount itself
    return { count: len, mean: { num: BigInt(sum), den: BigInt(len) }, median: medianOfCodes(scratch, 0, len, ANNUAL_UNITS, state.maxAbs) };
  }
  const sums = new Float64Array(units.length);
  if (S === null) copyCodes(A, unitIndex, units, ranges, scratch, sums);
  else copyBasicCodes(A, S, unitIndex, units, ranges, scratch, sums);
  return { count: len, mean: meanOfPercentSums(units, units.length, (u) => sums[u]!, len), median: medianOfCodes(scratch, 0, len, units, state.maxAbs) };
}

// The loops of statOf, each a function of its own (V8 optimises a loop with its own type feedback).

/** The pairs (a, d) of `ranges` for the engine's BigInt path: a = A − S (S null: A); d the unit, or 10 000 for annual pay (`unitIndex` null). */
function bigPairs(A: AmountColumn, S: AmountColumn | null, unitIndex: UnitIndex | null, units: Float64Array, ranges: Ranges): (readonly [bigint, bigint])[] {
  const pairs: (readonly [bigint, bigint])[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    for (let j = ranges[r]!; j < ranges[r + 1]!; j++)
      pairs.push([BigInt(A[j]! - (S === null ? 0 : S[j]!)), unitIndex === null ? 10_000n : BigInt(units[unitIndex[j]!]!)]);
  }
  return pairs;
}

/** Copies the amounts of `ranges` into `scratch`; returns their sum. */
function copyAmounts(a: AmountColumn, ranges: Ranges, scratch: Float64Array): number {
  let sum = 0;
  let k = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const to = ranges[r + 1]!;
    for (let j = ranges[r]!; j < to; j++) {
      const x = a[j]!;
      sum += x;
      scratch[k++] = x;
    }
  }
  return sum;
}

/** Writes the engine's code 10 000 · a / d of `ranges` into `scratch` (exact order, checked) and sums a per unit. */
function copyCodes(a: AmountColumn, unitIndex: UnitIndex, units: Float64Array, ranges: Ranges, scratch: Float64Array, sums: Float64Array): void {
  let k = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const to = ranges[r + 1]!;
    for (let j = ranges[r]!; j < to; j++) {
      const x = a[j]!;
      const u = unitIndex[j]!;
      sums[u]! += x;
      scratch[k++] = (x * 10_000) / units[u]!;
    }
  }
}

/** {@link copyCodes} of a − s (basic pay: all pay less variable pay). */
function copyBasicCodes(
  a: AmountColumn,
  s: AmountColumn,
  unitIndex: UnitIndex,
  units: Float64Array,
  ranges: Ranges,
  scratch: Float64Array,
  sums: Float64Array,
): void {
  let k = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const to = ranges[r + 1]!;
    for (let j = ranges[r]!; j < to; j++) {
      const x = a[j]! - s[j]!;
      const u = unitIndex[j]!;
      sums[u]! += x;
      scratch[k++] = (x * 10_000) / units[u]!;
    }
  }
}

/** A code-unit value as øre: hourly K × r; annual months × r / payUnit (r = a). @internal */
export function toOre(state: PopulationState, measure: Measure, r: Rational): Rational {
  if (measure === 'annual') return { num: r.num * BigInt(state.monthsPerYear), den: r.den * BigInt(state.payUnit) };
  return { num: r.num * state.hourlyFactor.num, den: r.den * state.hourlyFactor.den };
}

/** Øre (exact) as NOK text rounded half-up to whole øre (DEF-ROUND). @internal */
export function nok(r: Rational | null): string | null {
  return r === null ? null : formatRatio(r.num, r.den * 100n, 2);
}

/**
 * The exact gap (men − women) / men × 100 as a rational (TRN-2), or null when a side is missing or
 * men's value is 0. @internal
 */
export function gapRatio(women: Rational | null, men: Rational | null): Rational | null {
  if (women === null || men === null || men.num === 0n) return null;
  return { num: (men.num * women.den - women.num * men.den) * 100n, den: men.num * women.den };
}

/** {@link gapRatio} rounded once, half away from zero, to `decimals` (TRN-2: −2.25 → −2.3). @internal */
export function gapText(women: Rational | null, men: Rational | null, decimals: number): string | null {
  const g = gapRatio(women, men);
  return g === null ? null : formatRatio(g.num, g.den, decimals);
}

/** count / of × 100, half-up (null when `of` is 0). @internal */
export function percentText(count: number, of: number, decimals: number): string | null {
  return formatRatioOfIntegers(count * 100, of, decimals);
}

function statistic(state: PopulationState, measure: Measure, w: Rational | null, m: Rational | null, o: ResolvedTransparencyOptions): PayGapStatistic {
  return {
    women: nok(w === null ? null : toOre(state, measure, w)),
    men: nok(m === null ? null : toOre(state, measure, m)),
    gapPercent: gapText(w, m, o.gapDecimals),
  };
}

/** The figure of a measure for women (`womenRanges`) and men (`menRanges`). @internal */
export function payGapFigure(state: PopulationState, measure: Measure, womenRanges: Ranges, menRanges: Ranges, o: ResolvedTransparencyOptions): PayGapFigure {
  const scratch = scratchOf(state);
  const w = statOf(state, measure, womenRanges, scratch);
  const m = statOf(state, measure, menRanges, scratch);
  return figureOf(state, measure, w, m, o);
}

/** The figure from the two sexes' stats. @internal */
export function figureOf(state: PopulationState, measure: Measure, w: Stat, m: Stat, o: ResolvedTransparencyOptions): PayGapFigure {
  return {
    persons: { women: w.count, men: m.count },
    mean: statistic(state, measure, w.mean, m.mean, o),
    median: statistic(state, measure, w.median, m.median, o),
  };
}

/** Layout ranges of sex `s` (0 women, 1 men): all of it, or only its recipients of variable pay; optionally one category. @internal */
export function rangesOf(state: PopulationState, s: 0 | 1, recipientsOnly: boolean, category?: number): number[] {
  const C = state.categories.length;
  const { blockStart } = state;
  const out: number[] = [];
  const from = category ?? 0;
  const to = category === undefined ? C : category + 1;
  if (!recipientsOnly) {
    out.push(blockStart[(s * C + from) * 2]!, blockStart[(s * C + to) * 2]!);
    return out;
  }
  for (let c = from; c < to; c++) {
    const b = (s * C + c) * 2;
    if (blockStart[b + 1]! > blockStart[b]!) out.push(blockStart[b]!, blockStart[b + 1]!);
  }
  return out;
}
