/**
 * Exact statistics over full-time-equivalent pay (DEF-PAY, DEF-AVG, DEF-ROUND) without dividing
 * per record. A value is the fraction `ore × 10 000 / pct` (monthly øre at the actual position,
 * position percent in hundredths), so:
 *
 * - the mean is Σ over distinct percents P of (Σ øre at P) × 10 000 / P, summed as one exact
 *   rational (BigInt numerator/denominator) — one small rational step per distinct percent;
 * - the median is found by selection (Hoare quickselect), comparing fractions a/p < b/q by
 *   cross-multiplication a·q < b·p, exact in doubles while |a|·max(p) < 2^53 (checked by the
 *   caller; otherwise the BigInt path is used).
 *
 * @internal
 */

/** An exact rational number `num / den`, `den > 0`. @internal */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** Largest safe integer as a float bound. @internal */
export const SAFE = Number.MAX_SAFE_INTEGER;

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

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
    let num = 0n;
    let den = 1n;
    let denN = 1; // den as a number while small
    for (let k = 0; k < t; k++) {
      const p = touched[k]!;
      const g = gcd(p, 10_000);
      const termDen = p / g;
      const termNum = BigInt(sums[p]!) * BigInt(10_000 / g);
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
