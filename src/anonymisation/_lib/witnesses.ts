/**
 * What the attacker knows about a hidden value (ANON-7): the targets, the judgement of an interval, and the witnesses (feasible tables) that bound it from inside. @internal
 */
import type { PublicationPolicy } from '../policy.js';
import { countFails, pieceOf } from './domains.js';
import type { Constraints } from './constraints.js';
import type { JsonPath } from '../types.js';
import type { TableVar } from './tableModel.js';

/**
 * A linear expression that must not be disclosed: a hidden value, a unit's own staff, or the sum of
 * several hidden cells. Made by {@link target} (every field named, in one order: one hidden class
 * for all of them, which V8 reads fast). @internal
 */
export interface Target {
  readonly key: string;
  readonly kind: 'value' | 'remainder' | 'combination';
  /** The value (or the first cell of a combination). */
  readonly main: TableVar;
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  /** Persons behind the expression (pay: Σ persons with pay; counts: the base). */
  readonly persons: number;
  /** A count of a group smaller than the threshold: the least and most it can be from the published "none"/"all" figures alone. */
  readonly ends?: readonly [number, number] | undefined;
  /**
   * A mean whose women's share of men's pay is hidden with it: the width (in NOK) its interval needs
   * so that the share is not known to its published decimal either.
   */
  readonly minWidth?: number | undefined;
  /**
   * A men's mean whose women's share of men's pay is hidden with it while the women's mean is
   * published as 0.00: the share is 0.0 whatever the men's mean, within the women's mean's
   * rounding (below 0.005 NOK), unless a reader cannot rule out a men's mean this low (in NOK): only
   * then can the share reach the next published value (ANON-7).
   */
  readonly maxLow?: number | undefined;
  /**
   * A count's figures hidden with it whose value follows from it — a percent of a published base, a
   * coverage, a women's share of the category — each with the other count behind it at its known
   * value: the count's interval must be wide enough that none of them is known to its published
   * decimal (ANON-7).
   */
  readonly derived?: readonly CountDerived[] | undefined;
}

/** A target with every field named, the optional ones undefined where absent (see {@link Target}). @internal */
export function target(t: Target): Target {
  return {
    key: t.key,
    kind: t.kind,
    main: t.main,
    vars: t.vars,
    coefs: t.coefs,
    persons: t.persons,
    ends: t.ends,
    minWidth: t.minWidth,
    maxLow: t.maxLow,
    derived: t.derived,
  };
}

/**
 * A percent derived from a count `x` (ANON-7): `(p·x + q) / (s·x + r)`, published to `unit`. A percent
 * of a published base B is 100x / B; a coverage 100x / P (x answered of P part-timers) or 100A / x
 * (A answered of x part-timers); a women's share of the category 100x / (x + M) (x women, M men) or
 * 100W / (W + x) (W women, x men).
 * @internal
 */
export interface CountDerived {
  readonly path: JsonPath;
  readonly p: number;
  readonly q: number;
  readonly s: number;
  readonly r: number;
  /** One unit of its last published decimal (a percent: 0.1 by default). */
  readonly unit: number;
}

/**
 * How far inside its ends a derived percent's interval is read before asking which published
 * figures it rounds to, in units of its decimal (at most half the interval): the library calls a
 * percent known a little more readily than a reader with the exact interval would.
 */
const DERIVED_MARGIN = 0.005;

/**
 * Whether a percent known to lie in `[lo, hi]` is known to its published decimal `unit` (ANON-7):
 * every value of the interval rounds (half up) to the same published figure, so a reader knows
 * what the table would have printed. An interval that reaches two figures ("0" or "1") leaves the
 * reader two figures, as a count's interval of two values leaves two counts; one exactly one unit
 * wide around a published figure (its rounding interval) is known. The ends are read
 * `DERIVED_MARGIN` units inside.
 * @internal
 */
export function knownToDecimal(lo: number, hi: number, unit: number): boolean {
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) return false;
  const m = Math.min(DERIVED_MARGIN * unit, (hi - lo) / 2);
  const figure = (x: number): number => Math.floor(x / unit + 0.5 + 1e-9);
  return figure(lo + m) === figure(hi - m);
}

/**
 * Whether a derived percent is known to its published decimal when its count is anywhere in
 * `[lo, hi]` (a count that leaves it undefined ruled out; never when the interval is unbounded).
 * @internal
 */
export function derivedKnown(d: CountDerived, lo: number, hi: number): boolean {
  const range = derivedRange(d, lo, hi);
  return range !== null && knownToDecimal(range[0], range[1], d.unit);
}

/**
 * The least and greatest value of a derived percent when its count is anywhere in `[lo, hi]` (a
 * count that leaves it undefined ruled out); null when the interval is unbounded or leaves it
 * undefined throughout.
 * @internal
 */
export function derivedRange(d: CountDerived, lo: number, hi: number): [number, number] | null {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  // a hidden percent exists (it is listed as hidden): its denominator is at least 1
  const from = d.s > 0 && d.s * lo + d.r < 1 ? Math.ceil((1 - d.r) / d.s) : lo;
  if (from > hi) return null;
  const a = (d.p * from + d.q) / (d.s * from + d.r);
  const b = (d.p * hi + d.q) / (d.s * hi + d.r);
  return a <= b ? [a, b] : [b, a];
}

/**
 * Whether a coverage (answered x of y part-timers) or a women's share of the category (x women of
 * x + y) is known to its published decimal `unit` from the reader's outer intervals of both counts
 * (each narrowed, neither pinned): every value between its least and greatest over them rounds to
 * one published figure (ANON-7). Where the denominator can be 0, or an interval is unbounded, it is
 * not known.
 * @internal
 */
export function ratioOfCountsKnown(kind: 'coverage' | 'share-of-category', [x, y]: readonly (readonly [number, number])[], unit: number): boolean {
  if (x === undefined || y === undefined) return false;
  const [xlo, xhi] = x;
  const [ylo, yhi] = y;
  if (![xlo, xhi, ylo, yhi].every(Number.isFinite)) return false;
  const [least, most] = kind === 'coverage' ? [xlo / yhi, xhi / ylo] : [xlo / (xlo + yhi), xhi / (xhi + ylo)];
  return Number.isFinite(least) && Number.isFinite(most) && knownToDecimal(100 * least, 100 * most, unit);
}

/** The derived percents of a count target that an interval `[lo, hi]` of the count pins to their published decimal. @internal */
export function pinnedDerived(t: Target, lo: number, hi: number): readonly CountDerived[] {
  return (t.derived ?? []).filter((d) => derivedKnown(d, lo, hi));
}

/** How a value is disclosed. @internal */
export type Criterion = 'exact' | 'within-tolerance' | 'all-or-none' | 'undetermined';

/** The verdict on one target. @internal */
export interface TargetResult {
  readonly target: Target;
  readonly disclosed: boolean;
  readonly criterion: Criterion | null;
  /** The reader's interval of the value (count, mean or average), when disclosed. */
  readonly lower: number;
  readonly upper: number;
  /** Rows (indexes into the constraints' rows) that bound it, when disclosed. */
  readonly via: readonly number[];
}

/** Amounts near zero: an interval inside ± this many NOK (pay) or weeks is a disclosure ("about nothing"). @internal */
export const NEAR_ZERO = { pay: 0.5, weeks: 0.5 } as const;

/** How far from a whole number a solver's value may be and still count as one. @internal */
export const EPS = 1e-6;
/** True for a value within {@link EPS} of a whole number. @internal */
export const isIntegral = (x: number): boolean => Math.abs(x - Math.round(x)) <= EPS;

/** Inner intervals of every variable: the range seen over feasible tables (witnesses). @internal */
export interface Witnesses {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

/** A fresh set of witnesses from one feasible table. @internal */
export function witnessesFrom(point: Float64Array): Witnesses {
  return { lo: Float64Array.from(point), hi: Float64Array.from(point) };
}

/**
 * Judges an interval of a target's expression: the criterion it fails, or null when safe.
 * `lo`/`hi` are in the expression's unit (a count, a sum of pay, a sum of weeks); `divisor` turns
 * a sum into a mean.
 * @internal
 */
export function judge(t: Target, lo: number, hi: number, divisor: number, policy: PublicationPolicy): Criterion | null {
  const v = t.main;
  if (v.kind === 'count') {
    const single = hi - lo < 0.5;
    if (t.kind === 'value') {
      if (single) return 'exact';
      // a small group (fewer persons than the threshold): the reader must not tell all from none
      if (t.ends !== undefined && !(lo <= t.ends[0] + 0.5 && hi >= t.ends[1] - 0.5)) return 'all-or-none';
      // a percent hidden with it would follow to its published decimal
      if (t.derived?.some((d) => derivedKnown(d, lo, hi)) === true) return 'exact';
      return null;
    }
    // a unit's own staff: disclosed when pinned and small (ANON-2's rule on the remainder)
    return single && countFails(v, Math.round(lo), policy, t.persons) ? 'exact' : null;
  }
  const threshold = v.kind === 'pay' ? policy.payMinPersons : policy.parentalLeaveMinPersons;
  if (t.kind !== 'value' && !(t.persons > 0 && t.persons < threshold)) return null;
  if (!(divisor > 0)) return null;
  const a = lo / divisor;
  const b = hi / divisor;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const unit = v.kind === 'pay' ? 0.01 : 0.1;
  // an interval one published unit wide holds one published value (its ends are the rounding's closure)
  if (b - a <= unit * (1 + 1e-6)) return 'exact';
  const mid = (a + b) / 2;
  const tol = policy.recoveryTolerancePercent / 100;
  if ((b - a) / 2 <= tol * Math.abs(mid)) return 'within-tolerance';
  const floor = v.kind === 'pay' ? NEAR_ZERO.pay : NEAR_ZERO.weeks;
  if (Math.max(Math.abs(a), Math.abs(b)) <= floor) return 'within-tolerance';
  // the hidden women's share of men's pay would follow to its published decimal
  if (t.minWidth !== undefined && b - a <= t.minWidth) return 'within-tolerance';
  // the hidden women's share of men's pay is 0.0 to its published decimal (the women's mean is 0.00)
  if (t.maxLow !== undefined && a > t.maxLow) return 'exact';
  return null;
}

/** The distinct numbers, sorted. @internal */
export function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** A well-spread 32-bit seed from a number (Knuth's multiplicative hash), for the random directions. @internal */
export function hashSeed(x: number): number {
  return (x * 2654435761) >>> 0;
}

/**
 * The range of a target's expression over the tables seen: for one variable its interval over all
 * witnesses; for a sum of several, only the values of whole tables count (each variable's extremes
 * come from different tables), so `seen` carries them.
 */
export function seenRange(t: Target, inner: Witnesses, seen: { lo: number; hi: number } | null): [number, number] {
  if (t.vars.length === 1) {
    const [a, b] = exprRange(t, inner);
    return seen === null ? [a, b] : [Math.min(a, seen.lo), Math.max(b, seen.hi)];
  }
  return seen === null ? [NaN, NaN] : [seen.lo, seen.hi];
}

/** Notes the value of a target's expression in a table (a valid solution). */
export function see(seen: { lo: number; hi: number }, value: number): void {
  if (value < seen.lo) seen.lo = value;
  if (value > seen.hi) seen.hi = value;
}

/** Range of a linear expression over per-variable intervals. */
export function exprRange(t: Pick<Target, 'vars' | 'coefs'>, w: Witnesses): [number, number] {
  let lo = 0;
  let hi = 0;
  t.vars.forEach((id, k) => {
    const a = t.coefs[k] ?? 0;
    const l = w.lo[id] ?? 0;
    const h = w.hi[id] ?? 0;
    if (a >= 0) {
      lo += a * l;
      hi += a * h;
    } else {
      lo += a * h;
      hi += a * l;
    }
  });
  return [lo, hi];
}

/** Keeps a solution's values as witnesses (it is a feasible table: the outside stayed at a feasible one). */
export function recordWitness(c: Constraints, cols: readonly number[], x: Float64Array, w: Witnesses): boolean {
  if (!integralWhereNeeded(c, cols, x)) return false;
  cols.forEach((id, k) => {
    const v = c.state.model.vars[id];
    let value = x[k] ?? 0;
    if (v?.integer === true) value = Math.round(value);
    if (value < (w.lo[id] ?? 0)) w.lo[id] = value;
    if (value > (w.hi[id] ?? 0)) w.hi[id] = value;
  });
  return true;
}

/** A target's expression at a table. */
export function exprAt(t: Pick<Target, 'vars' | 'coefs'>, x: Float64Array): number {
  let sum = 0;
  t.vars.forEach((id, k) => (sum += (t.coefs[k] ?? 0) * (x[id] ?? 0)));
  return sum;
}

/** The part of a target's expression outside a programme's columns (fixed at the table). */
export function fixedPart(t: Pick<Target, 'vars' | 'coefs'>, index: ReadonlyMap<number, number>, x: Float64Array): number {
  let sum = 0;
  t.vars.forEach((id, k) => {
    if (!index.has(id)) sum += (t.coefs[k] ?? 0) * (x[id] ?? 0);
  });
  return sum;
}

/** True when a solution is whole where its columns are counts, each within its rule's domain. @internal */
export function integralWhereNeeded(c: Constraints, cols: readonly number[], x: Float64Array): boolean {
  for (let k = 0; k < cols.length; k++) {
    const v = c.state.model.vars[cols[k] ?? 0];
    if (v?.integer !== true) continue;
    const value = x[k] ?? 0;
    if (!isIntegral(value)) return false;
    const d = c.domain[v.id];
    if (d !== null && d !== undefined && pieceOf(d, Math.round(value)) === null) return false;
  }
  return true;
}

/** The divisor of a target's sum: persons with pay, or the persons of a weeks sum (its point value). @internal */
export function divisorOf(t: Target, point: Float64Array | null, outer: Witnesses): number {
  if (t.main.kind === 'pay') return t.persons;
  if (t.main.kind === 'weeks') {
    const p = t.main.personsVar;
    if (p === null) return 0;
    const lo = outer.lo[p] ?? 0;
    const hi = outer.hi[p] ?? 0;
    if (hi - lo < 0.5) return Math.round(lo);
    return point === null ? Math.round(lo) : (point[p] ?? 0);
  }
  return 1;
}
