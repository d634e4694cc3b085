/**
 * A linear programme restated around a point (the protection's, around the true table): each
 * column x becomes x₀ + d⁺ − d⁻ with d⁺, d⁻ ≥ 0 (only the side its bounds leave room for), each
 * row's bounds shift by the row's activity at x₀. Both have the same solutions; the restated one
 * starts at x₀, since the dual simplex starts with every column at its lower bound, 0.
 *
 * Why: a protection programme (ANON-3, protectionLp.ts) asks for a table close to the true one,
 * which meets every row but the goal's. From the programme's own start (every count and amount at
 * a bound) the simplex took 842 pivots for a batch of 2 650 columns, 1 586 for 7 250, 5 259 for
 * 28 700 (the tests' 1 000-unit employer); from the true table 370, 336 and 431.
 * @internal
 */
import { sparseRows, type LpData, type LpMatrix, type LpResult } from './solver.js';

/** A programme restated around a point, and the ways between the two. @internal */
export interface AroundPoint {
  /** The restated programme (its columns are the d⁺ and d⁻), in the form the solver takes. */
  readonly data: LpMatrix;
  /** A row's bounds in the restated programme. */
  rowBounds(row: number, lower: number, upper: number): readonly [number, number];
  /** Costs of the original columns as costs of the restated ones. */
  costs(cost: ArrayLike<number>): Float64Array;
  /** A solve of the restated programme (with `costs(cost)`) as one of the original: its columns' values and its objective. */
  result(res: LpResult, cost: ArrayLike<number>): LpResult;
}

/**
 * Restates `data` around `origin`, one value per column (integral on an integer column, so that its
 * d⁺ and d⁻ are integer columns too).
 * @example
 * ```ts
 * const lp = aroundPoint(data, origin);
 * const session = new LpSession(highs, lp.data);
 * const res = lp.result(session.solve(lp.costs(cost), 1), cost); // res.x: the original columns
 * ```
 * @internal
 */
export function aroundPoint(data: LpData, origin: ArrayLike<number>): AroundPoint {
  const n = data.colLower.length;
  // each column's d⁺ and d⁻ (−1: no room on that side)
  const up = new Int32Array(n).fill(-1);
  const down = new Int32Array(n).fill(-1);
  const lowers: number[] = [];
  const uppers: number[] = [];
  const integer: boolean[] = [];
  const column = (lower: number, upper: number, int: boolean): number => {
    lowers.push(lower);
    uppers.push(upper);
    integer.push(int);
    return lowers.length - 1;
  };
  for (let j = 0; j < n; j++) {
    const x0 = origin[j] ?? 0;
    const lower = (data.colLower[j] ?? -Infinity) - x0;
    const upper = (data.colUpper[j] ?? Infinity) - x0;
    const int = data.integer[j] === true;
    // x − x₀ in [lower, upper]: 0 inside takes both sides, each from 0; outside, one side with its
    // bounds; a column fixed at x₀ is no column (x = x₀ in every row)
    if (lower === 0 && upper === 0) continue;
    if (lower >= 0) up[j] = column(lower, upper, int);
    else if (upper <= 0) down[j] = column(0 - upper, 0 - lower, int);
    else {
      up[j] = column(0, upper, int);
      down[j] = column(0, -lower, int);
    }
  }
  // the rows over the d⁺ and d⁻, in compressed sparse row form
  let nonzeros = 0;
  for (const r of data.rows) for (const j of r.cols) nonzeros += ((up[j] ?? -1) >= 0 ? 1 : 0) + ((down[j] ?? -1) >= 0 ? 1 : 0);
  const rows = sparseRows(data.rows.length, nonzeros);
  const { starts, indices, values, rowLower, rowUpper } = rows;
  const activity = new Float64Array(data.rows.length);
  let at = 0;
  data.rows.forEach((r, i) => {
    let sum = 0;
    for (let k = 0; k < r.cols.length; k++) {
      const j = r.cols[k] ?? 0;
      const a = r.coefs[k] ?? 0;
      sum += a * (origin[j] ?? 0);
      const u = up[j] ?? -1;
      const d = down[j] ?? -1;
      if (u >= 0) {
        indices[at] = u;
        values[at++] = a;
      }
      if (d >= 0) {
        indices[at] = d;
        values[at++] = -a;
      }
    }
    starts[i + 1] = at;
    activity[i] = sum;
    rowLower[i] = r.lower - sum;
    rowUpper[i] = r.upper - sum;
  });
  const valueAt = (d: Float64Array, j: number): number => {
    const u = up[j] ?? -1;
    const w = down[j] ?? -1;
    return (origin[j] ?? 0) + (u >= 0 ? (d[u] ?? 0) : 0) - (w >= 0 ? (d[w] ?? 0) : 0);
  };
  const colLower = Float64Array.from(lowers);
  const colUpper = Float64Array.from(uppers);
  return {
    data: { colLower, colUpper, integer, ...rows },
    rowBounds: (row, lower, upper) => [lower - (activity[row] ?? 0), upper - (activity[row] ?? 0)],
    costs(cost) {
      const out = new Float64Array(colLower.length);
      for (let j = 0; j < n; j++) {
        const c = cost[j] ?? 0;
        const u = up[j] ?? -1;
        const d = down[j] ?? -1;
        if (u >= 0) out[u] = c;
        if (d >= 0) out[d] = -c;
      }
      return out;
    },
    result(res, cost) {
      if (res.status !== 'optimal') return res;
      const x = new Float64Array(n);
      let offset = 0;
      for (let j = 0; j < n; j++) {
        x[j] = valueAt(res.x, j);
        offset += (cost[j] ?? 0) * (origin[j] ?? 0);
      }
      return { ...res, objective: res.objective + offset, x };
    },
  };
}
