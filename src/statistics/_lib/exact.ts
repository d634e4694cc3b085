/**
 * Exact statistics over full-time-equivalent pay (DEF-PAY, DEF-AVG, DEF-ROUND) without dividing
 * per record. A value is the fraction `ore × 10 000 / pct` (monthly øre at the actual position,
 * position percent in hundredths), so:
 *
 * - the mean is Σ over distinct percents P of (Σ øre at P) × 10 000 / P, summed as one exact
 *   rational (BigInt numerator/denominator) — one small rational step per distinct percent;
 * - the median is found by selection (Hoare quickselect). The fast path selects on the doubles
 *   F = fl(10 000·a / p), which order exactly like the fractions while the bound of
 *   {@link floatOrderIsExact} holds, and recovers the exact fraction of the selected double
 *   afterwards ({@link exactFte}). Otherwise fractions a/p < b/q are compared by
 *   cross-multiplication a·q < b·p, exact in doubles while |a|·max(p) < 2^53 (checked by the
 *   caller; beyond that the BigInt path is used).
 *
 * @internal
 */

import { gcd, gcdBig, type Rational } from '../../_lib/exact.js';

export { gcd, type Rational };

/** Largest safe integer as a float bound. @internal */
export const SAFE = Number.MAX_SAFE_INTEGER;

/** Scratch space for grouping by percent, reused across cells. @internal */
export class PercentScratch {
  readonly sums: Float64Array;
  readonly stamp: Int32Array;
  readonly touched: Int32Array;
  private current = 0;

  constructor(maxPct: number, maxLen: number) {
    this.sums = new Float64Array(maxPct + 1);
    this.stamp = new Int32Array(maxPct + 1);
    this.touched = new Int32Array(Math.min(maxPct + 1, Math.max(1, maxLen)));
  }

  /** Exact mean of `A[i] × 10 000 / P[i]` for i < len (fast path: every Σ is a safe integer). */
  mean(A: Float64Array, P: Float64Array, len: number): Rational {
    const stampId = ++this.current;
    const { sums, stamp, touched } = this;
    let t = 0;
    for (let i = 0; i < len; i++) {
      const p = P[i]!;
      if (stamp[p] !== stampId) {
        stamp[p] = stampId;
        sums[p] = A[i]!;
        touched[t++] = p;
      } else sums[p]! += A[i]!;
    }
    return meanOfPercentSums(touched, t, (k) => sums[touched[k]!]!, len);
  }
}

/**
 * Exact mean Σₖ (sumₖ × 10 000 / percentₖ) / len over the first `t` percents (hundredths, > 0) with
 * their øre sums (safe integers): one small rational step per distinct percent. @internal
 */
export function meanOfPercentSums(percents: ArrayLike<number>, t: number, sumAt: (k: number) => number, len: number): Rational {
  let num = 0n;
  let den = 1n;
  let denN = 1; // den as a number while small
  for (let k = 0; k < t; k++) {
    const sum = sumAt(k);
    if (sum === 0) continue; // adds nothing (also a percent without anyone in the cell)
    const p = percents[k]!;
    const g = gcd(p, 10_000);
    const termDen = p / g;
    const termNum = BigInt(sum) * BigInt(10_000 / g);
    if (termDen === 1) {
      num += termNum * den;
    } else if (denN !== 0 && denN % termDen === 0) {
      num += termNum * BigInt(denN / termDen);
    } else {
      const td = BigInt(termDen);
      const gg = gcdBig(den, td);
      const newDen = (den / gg) * td;
      num = num * (newDen / den) + termNum * (newDen / td);
      den = newDen;
      denN = newDen <= BigInt(SAFE) ? Number(newDen) : 0;
    }
  }
  return { num, den: den * BigInt(len) };
}

/**
 * Whether the doubles F = fl(10 000·a / p) order exactly like the fractions 10 000·a/p, for every
 * |a| ≤ `maxAbs` and 0 < p ≤ `maxPct` with |F| ≤ `maxF`:
 *
 * - 10 000·a is exact (|a|·10 000 < 2^53), so F is the correctly rounded quotient: rounding is
 *   monotone, so a/p < b/q gives F(a,p) ≤ F(b,q), and equal fractions give equal doubles;
 * - two different fractions differ by at least 10 000·|aq − bp|/(pq) ≥ 10 000 / maxPct², while each
 *   double is off by at most |F|·2^-53; so when 2·maxF·2^-53 < 10 000 / maxPct² (here with a margin
 *   of 4), different fractions never round to the same double.
 *
 * Hence F is a strictly order-preserving code of the exact value: selection may compare F alone.
 * @internal
 */
export function floatOrderIsExact(maxAbs: number, maxPct: number, maxF: number): boolean {
  return maxAbs * 10_000 < SAFE && maxF * maxPct * maxPct < 10_000 * 2 ** 50;
}

/**
 * The exact fraction of a double F = fl(10 000·a / p) under {@link floatOrderIsExact}: for each
 * percent present (most frequent first), a' = round(F·p / 10 000) is the only candidate numerator,
 * and F(a', p) = F means 10 000·a'/p is the exact value (F codes values one to one). The percent of
 * the person who holds F is among `percents`, so a match is always found. @internal
 */
export function exactFte(x: number, percents: ArrayLike<number>, maxAbs: number): Rational {
  for (let k = 0; k < percents.length; k++) {
    const p = percents[k]!;
    const a = Math.round((x * p) / 10_000);
    if (Math.abs(a) <= maxAbs && (a * 10_000) / p === x) return { num: BigInt(a) * 10_000n, den: BigInt(p) };
  }
  throw new Error('likestilling: internal error: a full-time-equivalent value has no exact fraction among the percents');
}

/**
 * Exact median of the full-time-equivalent values coded as doubles in `F[from … to)` (len > 0),
 * under {@link floatOrderIsExact}; reorders that range only. Even count: the mean of the two middle
 * values (DEF-AVG). @internal
 */
export function medianOfCodes(F: Float64Array, from: number, to: number, percents: ArrayLike<number>, maxAbs: number): Rational {
  const len = to - from;
  const k = from + ((len - 1) >> 1);
  selectFloat(F, from, to - 1, k);
  const a = exactFte(F[k]!, percents, maxAbs);
  if (len % 2 === 1) return a;
  // the next value: the smallest of the upper part (all ≥ the k-th after selection)
  let y = F[k + 1]!;
  for (let i = k + 2; i < to; i++) if (F[i]! < y) y = F[i]!;
  const b = exactFte(y, percents, maxAbs);
  return { num: a.num * b.den + b.num * a.den, den: 2n * a.den * b.den };
}

/**
 * The median of `len` > 0 coded values (as {@link medianOfCodes}) of which `zeros` are 0 and none is
 * negative, without looking at the values, when the middle value — both middle values for an even
 * count — is 0: sorted, the zeros come first, so that is when zeros > (len − 1) / 2 rounded down
 * (odd count), or one more (even count). Returns exactly what {@link medianOfCodes} returns on such
 * values (0 = fl(10 000·0 / p) codes the fraction 0 / percents[0]), else null. Pay components that
 * most persons do not have (bonus, irregular allowances) have median 0 in most cells. @internal
 */
export function zeroMedian(len: number, zeros: number, percents: ArrayLike<number>, maxAbs: number): Rational | null {
  const k = (len - 1) >> 1;
  if (len % 2 === 1 ? zeros <= k : zeros <= k + 1) return null;
  const a = exactFte(0, percents, maxAbs);
  if (len % 2 === 1) return a;
  return { num: a.num * a.den + a.num * a.den, den: 2n * a.den * a.den };
}

/** Ranges longer than this first select within a sample (Floyd–Rivest); shorter ones partition around a median of three. */
const SAMPLE_ABOVE = 600;

/**
 * Selection on doubles: afterwards F[k] is the k-th smallest of F[lo … hi], smaller or equal
 * before, larger or equal after; reorders that range only. @internal
 *
 * Floyd–Rivest: a long range first gathers an evenly spaced sample next to k and selects k within
 * it, so F[k] is a pivot just below or above the k-th value; one partition pass then leaves a
 * short range around k (about 1.5 comparisons per value for a median, Hoare's quickselect about
 * 2.75). The sample is spread over the whole range, so ranges that are already partly ordered
 * (cells selected before their union) still give a good pivot. Which pivots are used changes only
 * the work, never the result: the k-th smallest double is one value.
 */
export function selectFloat(F: Float64Array, lo: number, hi: number, k: number): void {
  let rounds = 0;
  while (hi > lo) {
    if (++rounds > 64) {
      // introselect guard: adversarial inputs cannot make it quadratic — sort what is left
      F.subarray(lo, hi + 1).sort();
      return;
    }
    if (hi - lo > SAMPLE_ABOVE) {
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      // the sample's k is shifted by a tenth of Floyd–Rivest's usual 0.5 standard deviations:
      // measured on pay-like values, ties and partly ordered ranges, 0.1 leaves the pivot nearer
      // the k-th value and selects 5–30 % faster; it changes only the work, never the result
      const sd = 0.1 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const sLo = Math.max(lo, Math.floor(k - (m * s) / n + sd));
      const sHi = Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd));
      // gather every (n / size)-th value of the range into [sLo … sHi]
      const size = sHi - sLo + 1;
      for (let j = 0; j < size; j++) {
        const from = lo + Math.floor((j * n) / size);
        const to = sLo + j;
        const t = F[from]!;
        F[from] = F[to]!;
        F[to] = t;
      }
      selectFloat(F, sLo, sHi, k);
    } else {
      // median of three at k (robust on sorted input and many ties)
      const mid = (lo + hi) >>> 1;
      const x = F[lo]!;
      const y = F[mid]!;
      const z = F[hi]!;
      const at = x < y ? (y < z ? mid : x < z ? hi : lo) : x < z ? lo : y < z ? hi : mid;
      const t = F[at]!;
      F[at] = F[k]!;
      F[k] = t;
    }
    // partition around the pivot t = F[k]: afterwards F[lo … j-1] ≤ t = F[j] ≤ F[j+1 … hi]
    const t = F[k]!;
    F[k] = F[lo]!;
    F[lo] = t;
    let i = lo;
    let j = hi;
    if (F[hi]! > t) {
      F[lo] = F[hi]!;
      F[hi] = t;
    }
    while (i < j) {
      const x = F[i]!;
      F[i] = F[j]!;
      F[j] = x;
      i++;
      j--;
      while (F[i]! < t) i++;
      while (F[j]! > t) j--;
    }
    if (F[lo] === t) {
      const x = F[lo]!;
      F[lo] = F[j]!;
      F[j] = x;
    } else {
      j++;
      const x = F[j]!;
      F[j] = F[hi]!;
      F[hi] = x;
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/**
 * Exact median of `A[i] × 10 000 / P[i]` for i < len (len > 0); reorders A and P.
 * Even count: the mean of the two middle values (DEF-AVG). Fast path: caller guarantees
 * |A|·max(P) < 2^53.
 * @internal
 */
export function median(A: Float64Array, P: Float64Array, len: number): Rational {
  const k = (len - 1) >> 1;
  select(A, P, 0, len - 1, k);
  const a = A[k]!;
  const p = P[k]!;
  if (len % 2 === 1) return { num: BigInt(a) * 10_000n, den: BigInt(p) };
  // the next value: the smallest of the upper part (all ≥ the k-th after selection)
  let b = A[k + 1]!;
  let q = P[k + 1]!;
  for (let i = k + 2; i < len; i++) {
    const ai = A[i]!;
    const pi = P[i]!;
    if (ai * q < b * pi) {
      b = ai;
      q = pi;
    }
  }
  // (a/p + b/q) / 2 × 10 000
  return { num: (BigInt(a) * BigInt(q) + BigInt(b) * BigInt(p)) * 10_000n, den: 2n * BigInt(p) * BigInt(q) };
}

/** Hoare quickselect on fractions A/P: afterwards A[k]/P[k] is the k-th smallest, smaller before, larger after. @internal */
export function select(A: Float64Array, P: Float64Array, lo: number, hi: number, k: number): void {
  let rounds = 0;
  while (hi > lo) {
    if (++rounds > 64) {
      // introselect guard: adversarial inputs cannot make it quadratic — sort what is left
      sortRange(A, P, lo, hi);
      return;
    }
    // median-of-three pivot (robust on sorted input and many ties)
    const mid = (lo + hi) >>> 1;
    let ia = lo;
    let ib = mid;
    const ic = hi;
    if (A[ib]! * P[ia]! < A[ia]! * P[ib]!) [ia, ib] = [ib, ia];
    if (A[ic]! * P[ib]! < A[ib]! * P[ic]!) {
      ib = ic;
      if (A[ib]! * P[ia]! < A[ia]! * P[ib]!) ib = ia;
    }
    const pa = A[ib]!;
    const pp = P[ib]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (A[i]! * pp < pa * P[i]!) i++;
      while (pa * P[j]! < A[j]! * pp) j--;
      if (i <= j) {
        const ta = A[i]!;
        A[i] = A[j]!;
        A[j] = ta;
        const tp = P[i]!;
        P[i] = P[j]!;
        P[j] = tp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Sorts A/P[lo..hi] by the fractions A/P (exact cross-multiplication). @internal */
export function sortRange(A: Float64Array, P: Float64Array, lo: number, hi: number): void {
  const idx = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  idx.sort((x, y) => A[x]! * P[y]! - A[y]! * P[x]!);
  const a = idx.map((i) => A[i]!);
  const p = idx.map((i) => P[i]!);
  A.set(a, lo);
  P.set(p, lo);
}

/**
 * Slow exact path (BigInt) for amounts too large for the fast path: mean and median of
 * `a × 10 000 / p` over the pairs. @internal
 */
export function meanAndMedianBig(pairs: readonly (readonly [bigint, bigint])[]): { mean: Rational; median: Rational } {
  let num = 0n;
  let den = 1n;
  for (const [a, p] of pairs) {
    // num/den + a·10000/p
    const g = gcdBig(den, p);
    const newDen = (den / g) * p;
    num = num * (newDen / den) + a * 10_000n * (newDen / p);
    den = newDen;
  }
  const sorted = [...pairs].sort(([a, p], [b, q]) => {
    const l = a * q;
    const r = b * p;
    return l < r ? -1 : l > r ? 1 : 0;
  });
  const n = sorted.length;
  const k = (n - 1) >> 1;
  const [a, p] = sorted[k]!;
  let med: Rational;
  if (n % 2 === 1) med = { num: a * 10_000n, den: p };
  else {
    const [b, q] = sorted[k + 1]!;
    med = { num: (a * q + b * p) * 10_000n, den: 2n * p * q };
  }
  return { mean: { num, den: den * BigInt(n) }, median: med };
}
