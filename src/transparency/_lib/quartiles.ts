/**
 * Quartile pay bands (TRN-4) without sorting the population: the values at the three boundary
 * positions by selection, then one counting pass. For a boundary b with value v = the b-th
 * smallest hourly pay, the women below the boundary are the women paid less than v and the part of
 * v's tie group that falls below b: (b − #less) tied persons, shared in the group's women/men
 * proportion (`spread`, UK SI 2017/172 reg. 13) or the first of them in record order (`sort-order`,
 * British Columbia). A band's women are the women below its upper boundary less those below its
 * lower one. @internal
 */
import { formatRatio } from '../../_lib/money.js';
import { selectFloat, type AmountColumn, type Rational } from '../../statistics/internal.js';
import type { QuartileTieRule, ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';
import type { QuartileBand } from '../types.js';
import { codesOf, HOURLY, type PopulationState, type UnitIndex } from './population.js';

/** One band's exact counts. @internal */
export interface BandCounts {
  readonly size: number;
  /** Women's count (a fraction under `spread` when a tie group straddles a boundary). */
  readonly women: Rational;
  readonly men: Rational;
  /** Persons of each sex with any part in the band. */
  readonly womenPersons: number;
  readonly menPersons: number;
}

/** The four bands' boundaries ⌊k·n/4⌋, k = 0 … 4 (TRN-4). @internal */
export function bandBoundaries(n: number): number[] {
  return [0, 1, 2, 3, 4].map((k) => Math.floor((k * n) / 4));
}

interface Boundary {
  readonly b: number;
  readonly v: number;
  lessW: number;
  eqW: number;
  lessM: number;
  eqM: number;
}

/** The exact counts of the four bands, lowest first. @internal */
export function quartileCounts(state: PopulationState, rule: QuartileTieRule): BandCounts[] {
  const { n, women: W } = state;
  const M = n - W;
  const b = bandBoundaries(n);
  // values at the inner boundaries (positions b1, b2, b3 of the sorted hourly pay), by selection
  // on a fresh array of the codes (the population is never reordered)
  const sel = codesOf(state, HOURLY);
  const inner: Boundary[] = [];
  const mid = b[2]!;
  if (mid > 0 && mid < n) selectFloat(sel, 0, n - 1, mid);
  for (const k of [1, 2, 3]) {
    const at = b[k]!;
    if (at <= 0 || at >= n) continue;
    if (at < mid) selectFloat(sel, 0, mid - 1, at);
    else if (at > mid) selectFloat(sel, mid + 1, n - 1, at);
    inner.push({ b: at, v: sel[at]!, lessW: 0, eqW: 0, lessM: 0, eqM: 0 });
  }
  // one counting pass: paid less than, and tied with, each boundary value, per sex (women are
  // the layout's first W persons)
  const code = codeReader(state);
  countBelow(state, code, inner);
  const at = new Map(inner.map((x) => [x.b, x]));

  /** Women below position `pos` (exact). */
  const womenBelow = (pos: number): Rational => {
    if (pos <= 0) return { num: 0n, den: 1n };
    if (pos >= n) return { num: BigInt(W), den: 1n };
    const x = at.get(pos)!;
    const less = x.lessW + x.lessM;
    const eq = x.eqW + x.eqM;
    const t = pos - less; // tied persons below the boundary (0 ≤ t < eq)
    if (rule === 'spread') return { num: BigInt(x.lessW) * BigInt(eq) + BigInt(t) * BigInt(x.eqW), den: BigInt(eq) };
    return { num: BigInt(x.lessW + firstWomen(state, code, x.v, t)), den: 1n };
  };
  /** Persons of a sex (less, eq, total) with a value above the value at position pos − 1 (none when pos = n). */
  const above = (pos: number, sex: 0 | 1): number => {
    if (pos >= n) return 0;
    const x = at.get(pos)!;
    const total = sex === 0 ? W : M;
    const less = sex === 0 ? x.lessW : x.lessM;
    const eq = sex === 0 ? x.eqW : x.eqM;
    const straddles = x.lessW + x.lessM < pos; // the value at pos − 1 is v itself
    return straddles ? total - less - eq : total - less;
  };
  const below = (pos: number, sex: 0 | 1): number => {
    if (pos <= 0) return 0;
    const x = at.get(pos)!;
    return sex === 0 ? x.lessW : x.lessM;
  };

  const bands: BandCounts[] = [];
  for (let k = 0; k < 4; k++) {
    const size = b[k + 1]! - b[k]!;
    const lo = womenBelow(b[k]!);
    const hi = womenBelow(b[k + 1]!);
    const women = { num: hi.num * lo.den - lo.num * hi.den, den: hi.den * lo.den };
    const men = { num: BigInt(size) * women.den - women.num, den: women.den };
    let womenPersons = 0;
    let menPersons = 0;
    if (size > 0) {
      if (rule === 'spread') {
        womenPersons = W - below(b[k]!, 0) - above(b[k + 1]!, 0);
        menPersons = M - below(b[k]!, 1) - above(b[k + 1]!, 1);
      } else {
        womenPersons = Number(women.num / women.den);
        menPersons = size - womenPersons;
      }
    }
    bands.push({ size, women, men, womenPersons, menPersons });
  }
  return bands;
}

/** Counts, per sex, the persons paid less than and as much as each boundary value. */
function countBelow(state: PopulationState, code: (j: number) => number, inner: Boundary[]): void {
  const { n, women: W, total, unitIndex, units } = state;
  if (state.ranks === null && inner.length === 3) {
    // the fast path: the codes as codesOf computes them, in one loop per sex without calls
    const counts = new Float64Array(12);
    const [x0, x1, x2] = inner as [Boundary, Boundary, Boundary];
    countCodes(total, unitIndex, units, 0, W, x0.v, x1.v, x2.v, counts, 0);
    countCodes(total, unitIndex, units, W, n, x0.v, x1.v, x2.v, counts, 6);
    inner.forEach((x, k) => {
      x.lessW = counts[2 * k]!;
      x.eqW = counts[2 * k + 1]!;
      x.lessM = counts[6 + 2 * k]!;
      x.eqM = counts[6 + 2 * k + 1]!;
    });
    return;
  }
  for (let j = 0; j < n; j++) {
    const c = code(j);
    const woman = j < W;
    for (const x of inner) {
      if (c < x.v) {
        if (woman) x.lessW++;
        else x.lessM++;
      } else if (c === x.v) {
        if (woman) x.eqW++;
        else x.eqM++;
      }
    }
  }
}

/** The persons in [from, to) whose hourly code 10 000 · a / d is below and equal to v0, v1, v2, into `out[at …]` as [less, equal] × 3. */
function countCodes(
  total: AmountColumn,
  unitIndex: UnitIndex,
  units: Float64Array,
  from: number,
  to: number,
  v0: number,
  v1: number,
  v2: number,
  out: Float64Array,
  at: number,
): void {
  let l0 = 0;
  let e0 = 0;
  let l1 = 0;
  let e1 = 0;
  let l2 = 0;
  let e2 = 0;
  for (let j = from; j < to; j++) {
    const c = (total[j]! * 10_000) / units[unitIndex[j]!]!;
    if (c < v0) l0++;
    else if (c === v0) e0++;
    if (c < v1) l1++;
    else if (c === v1) e1++;
    if (c < v2) l2++;
    else if (c === v2) e2++;
  }
  out.set([l0, e0, l1, e1, l2, e2], at);
}

/** The hourly code of the person at layout position j, as {@link codesOf} gives it. */
function codeReader(state: PopulationState): (j: number) => number {
  const { total, unitIndex, units, ranks } = state;
  if (ranks !== null) {
    const r = ranks[HOURLY];
    return (j) => r[j]!;
  }
  return (j) => (total[j]! * 10_000) / units[unitIndex[j]!]!;
}

/** Women among the first `t` persons (in record order) whose hourly code is `v` (BC's sort order). */
function firstWomen(state: PopulationState, code: (j: number) => number, v: number, t: number): number {
  if (t === 0) return 0;
  const row = state.row;
  if (row === null) throw new Error("likestilling: internal error: the population was prepared without quartileTies: 'sort-order'");
  const tied: number[] = [];
  for (let j = 0; j < state.n; j++) if (code(j) === v) tied.push(j);
  tied.sort((x, y) => row[x]! - row[y]!);
  let women = 0;
  for (let k = 0; k < t; k++) if (tied[k]! < state.women) women++;
  return women;
}

/** An exact count as text: the integer when whole, else two decimals (half-up). @internal */
export function countText(r: Rational): string {
  if (r.num % r.den === 0n) return (r.num / r.den).toString();
  return formatRatio(r.num, r.den, 2)!;
}

/** The four bands of indicator (f), lowest first (TRN-4; see `quartilePayBands`). @internal */
export function quartileBands(state: PopulationState, o: ResolvedTransparencyOptions): QuartileBand[] {
  const d = o.percentDecimals;
  return quartileCounts(state, o.quartileTies).map((band, k) => ({
    band: k,
    size: band.size,
    womenPercent: band.size === 0 ? null : formatRatio(band.women.num * 100n, band.women.den * BigInt(band.size), d),
    menPercent: band.size === 0 ? null : formatRatio(band.men.num * 100n, band.men.den * BigInt(band.size), d),
    women: { count: countText(band.women), persons: band.womenPersons },
    men: { count: countText(band.men), persons: band.menPersons },
  }));
}
