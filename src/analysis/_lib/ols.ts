/**
 * Ordinary least squares for the adjusted gap (EXP-2), on a sparse design (intercept, female
 * indicator, numeric columns, one dummy per categorical factor and row):
 *
 * 1. one pass over the rows builds the cross-products X'X and X'y (numeric columns centred on
 *    their means, so the intercept does not mix with their scale);
 * 2. the cross-product matrix is scaled to a unit diagonal; full rank is certified by its
 *    Cholesky factor (ml-matrix) when 1 / trace(G⁻¹) > `tolerance` × trace(G), else its singular
 *    values are taken (ml-matrix's SVD): one below `tolerance` × the largest marks a collinearity;
 *    the columns dropped are chosen from the null space, from the last column backwards, so a
 *    column is kept exactly when it is not (near) a combination of the columns before it — R's
 *    `lm` rule, with the intercept and the female indicator first;
 * 3. the kept system is solved by Cholesky (ml-matrix), giving b and (X'X)⁻¹;
 * 4. a second pass gives the residuals: the residual sum of squares, R², the classical variance
 *    s²(X'X)⁻¹ or HC1's n/(n−k) (X'X)⁻¹ (Σ eᵢ² xᵢxᵢ') (X'X)⁻¹; t and p from the Student t
 *    distribution with n − k degrees of freedom (@stdlib).
 * @internal
 */
import tcdf from '@stdlib/stats-base-dists-t-cdf';
import tquantile from '@stdlib/stats-base-dists-t-quantile';
import { CholeskyDecomposition, Matrix, SingularValueDecomposition } from 'ml-matrix';
import type { StandardErrorKind } from '../AnalysisOptionsSchema.js';
import type { Design } from './design.js';

/** What {@link fitOls} gives. @internal */
export interface OlsFit {
  /** Design columns kept (ascending), and those dropped as collinear. */
  readonly kept: readonly number[];
  readonly dropped: readonly number[];
  /** Coefficients by design column (NaN for a dropped column); the intercept is for centred numeric columns. */
  readonly beta: Float64Array;
  /** Standard errors by design column (NaN for a dropped column). */
  readonly se: Float64Array;
  readonly df: number;
  readonly rss: number;
  readonly tss: number;
  /** Residuals per row (yᵢ − ŷᵢ). */
  readonly residuals: Float64Array;
  /** Per row: the change of the female coefficient per unit change of yᵢ (row `female` of (X'X)⁻¹X'). */
  readonly femaleWeight: Float64Array;
}

/** The design's non-zero entries, row by row: row i's are `from[i] … from[i + 1])`, design column and value. */
interface Entries {
  readonly from: Int32Array;
  readonly col: Int32Array;
  readonly val: Float64Array;
}

function entriesOf(d: Design): Entries {
  const E = 2 + d.numeric.length + d.categorical.length;
  const from = new Int32Array(d.n + 1);
  const col = new Int32Array(d.n * E);
  const val = new Float64Array(d.n * E);
  let e = 0;
  for (let i = 0; i < d.n; i++) {
    from[i] = e;
    col[e] = 0;
    val[e++] = 1;
    if (d.female[i] === 1) {
      col[e] = 1;
      val[e++] = 1;
    }
    for (const c of d.numeric) {
      col[e] = c.column;
      val[e++] = c.values[i]!;
    }
    for (const c of d.categorical) {
      const code = c.codes[i]!;
      if (code >= 0) {
        col[e] = code;
        val[e++] = 1;
      }
    }
  }
  from[d.n] = e;
  return { from, col, val };
}

/**
 * The columns to drop so that the rest has full rank, preferring the last columns: the null
 * space's basis (rows of `nullRows`) reduced from the right, each pivot a dropped column. The
 * kept set is then the in-order greedy one (a column is kept when it is independent of the
 * kept columns before it): its complement is the last basis of the dual matroid, whose
 * vectors are the null space's.
 */
function columnsToDrop(nullRows: number[][], p: number): number[] {
  const rows = nullRows.map((r) => [...r]);
  const dropped: number[] = [];
  for (let j = p - 1; j >= 0 && rows.length > 0; j--) {
    let best = -1;
    for (let r = 0; r < rows.length; r++) if (best < 0 || Math.abs(rows[r]![j]!) > Math.abs(rows[best]![j]!)) best = r;
    const pivotRow = rows[best]!;
    const pivot = pivotRow[j]!;
    const scaleOf = Math.max(...pivotRow.map(Math.abs));
    if (Math.abs(pivot) <= 1e-8 * scaleOf) continue;
    dropped.push(j);
    rows.splice(best, 1);
    for (const r of rows) {
      const f = r[j]! / pivot;
      if (f !== 0) for (let c = 0; c < p; c++) r[c]! -= f * pivotRow[c]!;
    }
  }
  return dropped.sort((a, b) => a - b);
}

/**
 * Fits OLS of `d.y` on the design. `tolerance`: the relative singular value below which the scaled
 * cross-product matrix is taken as singular. @internal
 */
export function fitOls(d: Design, tolerance: number, kind: StandardErrorKind): OlsFit {
  const p = d.terms.length;
  const n = d.n;
  const { from, col, val } = entriesOf(d);
  // 1. X'X (upper triangle, by the smaller column index first; mirrored after) and X'y
  const G = new Float64Array(p * p);
  const Xy = new Float64Array(p);
  let ySum = 0;
  for (let i = 0; i < n; i++) {
    const yi = d.y[i]!;
    ySum += yi;
    const end = from[i + 1]!;
    for (let a = from[i]!; a < end; a++) {
      const ca = col[a]!;
      const va = val[a]!;
      Xy[ca]! += va * yi;
      for (let b = a; b < end; b++) {
        const cb = col[b]!;
        const v = va * val[b]!;
        if (ca <= cb) G[ca * p + cb]! += v;
        else G[cb * p + ca]! += v;
      }
    }
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) G[b * p + a] = G[a * p + b]!;
  // 2. scale to a unit diagonal; a column of zeros is dropped at once
  const s = new Float64Array(p);
  const zero: number[] = [];
  for (let j = 0; j < p; j++) {
    const g = G[j * p + j]!;
    if (g > 0) s[j] = 1 / Math.sqrt(g);
    else zero.push(j);
  }
  const live = [...Array(p).keys()].filter((j) => s[j]! > 0);
  // exactly symmetric (ml-matrix's Cholesky checks): the product in one order for both halves
  const scaled = (cols: readonly number[]): Matrix =>
    new Matrix(cols.map((a) => cols.map((b) => (a <= b ? G[a * p + b]! * s[a]! * s[b]! : G[b * p + a]! * s[b]! * s[a]!))));
  // Full rank is certified without an SVD when the Cholesky factorisation of the scaled matrix
  // succeeds and 1 / trace(G⁻¹) > tolerance × trace(G): then σ_min ≥ 1 / trace(G⁻¹) and
  // σ_max ≤ trace(G) = the number of columns (unit diagonal), so σ_min > tolerance × σ_max.
  // Otherwise the SVD finds the null space and the columns to drop.
  let kept = live;
  let dropped = zero;
  let A: Matrix | null = null;
  const GsLive = scaled(live);
  const first = new CholeskyDecomposition(GsLive);
  if (first.isPositiveDefinite()) {
    const inverse = first.solve(Matrix.eye(live.length));
    let trace = 0;
    for (let j = 0; j < live.length; j++) trace += inverse.get(j, j);
    if (1 / trace > tolerance * live.length) A = inverse;
  }
  if (A === null) {
    const svd = new SingularValueDecomposition(GsLive, { computeLeftSingularVectors: false });
    const sigma = svd.diagonal;
    const sMax = sigma[0] ?? 0;
    const V = svd.rightSingularVectors;
    const nullRows: number[][] = [];
    sigma.forEach((sv, idx) => {
      if (sv <= tolerance * sMax) nullRows.push(live.map((_, r) => V.get(r, idx)));
    });
    const droppedLive = columnsToDrop(nullRows, live.length).map((j) => live[j]!);
    dropped = [...zero, ...droppedLive].sort((a, b) => a - b);
    const droppedSet = new Set(dropped);
    kept = [...Array(p).keys()].filter((j) => !droppedSet.has(j));
  }
  const k = kept.length;
  const beta = new Float64Array(p).fill(Number.NaN);
  const se = new Float64Array(p).fill(Number.NaN);
  const residuals = new Float64Array(n);
  const femaleWeight = new Float64Array(n);
  const df = n - k;
  const fail = { kept, dropped, beta, se, df, rss: Number.NaN, tss: Number.NaN, residuals, femaleWeight };
  if (!kept.includes(1) || df < 1) return fail;

  // 3. solve the kept system (scaled), (X'X)⁻¹ = S A S
  if (A === null) {
    const GsK = scaled(kept);
    const chol = new CholeskyDecomposition(GsK);
    if (chol.isPositiveDefinite()) A = chol.solve(Matrix.eye(k));
    else A = new SingularValueDecomposition(GsK).inverse(); // numerically on the edge: the pseudo-inverse
  }
  const inv = new Float64Array(k * k); // (X'X)⁻¹ over kept columns
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) inv[a * k + b] = A.get(a, b) * s[kept[a]!]! * s[kept[b]!]!;
  const position = new Int32Array(p).fill(-1);
  kept.forEach((c, idx) => (position[c] = idx));
  const bK = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let acc = 0;
    for (let b = 0; b < k; b++) acc += inv[a * k + b]! * Xy[kept[b]!]!;
    bK[a] = acc;
  }
  kept.forEach((c, idx) => (beta[c] = bK[idx]!));

  // 4. residuals, RSS, TSS, HC1's meat, the female row of (X'X)⁻¹X'
  const yMean = n > 0 ? ySum / n : 0;
  let rss = 0;
  let tss = 0;
  const meat = kind === 'HC1' ? new Float64Array(k * k) : null;
  const fRow = position[1]!;
  const width = 2 + d.numeric.length + d.categorical.length;
  const xk = new Float64Array(width);
  const ck = new Int32Array(width);
  for (let i = 0; i < n; i++) {
    let fit = 0;
    let fw = 0;
    let m = 0;
    const end = from[i + 1]!;
    for (let a = from[i]!; a < end; a++) {
      const pos = position[col[a]!]!;
      if (pos < 0) continue; // a dropped column
      const v = val[a]!;
      fit += bK[pos]! * v;
      fw += inv[fRow * k + pos]! * v;
      ck[m] = pos;
      xk[m++] = v;
    }
    const e = d.y[i]! - fit;
    residuals[i] = e;
    femaleWeight[i] = fw;
    rss += e * e;
    const dy = d.y[i]! - yMean;
    tss += dy * dy;
    if (meat !== null) {
      const e2 = e * e;
      for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) meat[ck[a]! * k + ck[b]!]! += e2 * xk[a]! * xk[b]!;
    }
  }
  // variances: classical s²(X'X)⁻¹; HC1 n/(n−k) (X'X)⁻¹ M (X'X)⁻¹
  if (meat === null) {
    const s2 = rss / df;
    kept.forEach((c, idx) => (se[c] = Math.sqrt(s2 * inv[idx * k + idx]!)));
  } else {
    const invM = new Matrix(k, k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) invM.set(a, b, inv[a * k + b]!);
    const V = invM.mmul(new Matrix(Array.from({ length: k }, (_, a) => Array.from(meat.subarray(a * k, (a + 1) * k))))).mmul(invM);
    const factor = n / df;
    kept.forEach((c, idx) => (se[c] = Math.sqrt(factor * V.get(idx, idx))));
  }
  return { kept, dropped, beta, se, df, rss, tss, residuals, femaleWeight };
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom. @internal */
export function twoSidedP(t: number, df: number): number {
  return 2 * tcdf(-Math.abs(t), df);
}

/** One-sided upper p-value P(T ≥ t). @internal */
export function upperP(t: number, df: number): number {
  return tcdf(-t, df);
}

/** The t quantile for a two-sided interval at `level`. @internal */
export function tCritical(level: number, df: number): number {
  return tquantile(1 - (1 - level) / 2, df);
}
