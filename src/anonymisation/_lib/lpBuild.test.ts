import { describe, expect, it } from 'vitest';
import type { Constraints } from './constraints.js';
import { buildLp, foldIntoBounds, foldSingleColumnRows, rowOverColumns } from './lpBuild.js';
import type { LpRow } from './solver.js';

/** A parent's sum of pay over `n` sibling units (parent − Σ units = 0), some units published (fixed), with a narrow row beside it. */
function siblings(n: number, seed: number): { c: Constraints; point: Float64Array } {
  let s = seed;
  const random = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const lower: number[] = [];
  const upper: number[] = [];
  const point: number[] = [];
  for (let id = 0; id <= n; id++) {
    // sums of pay in øre-exact NOK, up to ten million; every fifth unit published (a fixed value)
    const x = Math.round(random() * 1e9) / 100;
    point.push(x);
    const published = id > 0 && id % 5 === 0;
    lower.push(published ? x : 0);
    upper.push(published ? x : Infinity);
  }
  const wide = { vars: [...point.keys()], coefs: point.map((_, id) => (id === 0 ? 1 : -1)), lower: -0.5, upper: 0.5 };
  const narrow = { vars: [0, 1, 2], coefs: [1, -1, -1], lower: 0, upper: Infinity };
  const rows = [wide, narrow];
  const rowsOf: number[][] = point.map(() => []);
  rows.forEach((r, i) => r.vars.forEach((id) => rowsOf[id]?.push(i)));
  const c = {
    state: { model: { vars: point.map((_, id) => ({ id, integer: false })) } },
    lower: Float64Array.from(lower),
    upper: Float64Array.from(upper),
    domain: point.map(() => null),
    rows,
    rowsOf,
    boundSources: point.map(() => []),
  } as unknown as Constraints;
  return { c, point: Float64Array.from(point) };
}

// The attacker's programmes (ANON-7) with the outside fixed at a feasible table: a wide row's
// constant (its sum at the table less its columns') is made once per row and table, and must be
// what summing the row's outside gives, to within the rounding of that sum.
describe('buildLp: a wide row fixed outside its columns', () => {
  const { c, point } = siblings(2000, 7);
  const fixed = (id: number): number => ((c.upper[id] ?? 0) - (c.lower[id] ?? 0) <= 0 ? (c.lower[id] ?? 0) : (point[id] ?? 0));
  const outer = { lo: c.lower, hi: c.upper };
  const magnitude = point.reduce((sum, x) => sum + Math.abs(x), 0);

  it('gives the columns and bounds that summing the outside gives, for programmes of any columns', () => {
    for (const cols of [[3, 1, 2], [0, 17, 1999, 4, 1000], Array.from({ length: 300 }, (_, k) => 2000 - 3 * k)]) {
      const { data, index, rowIds } = buildLp(c, cols, point, outer, 'inner');
      const k = rowIds.indexOf(0);
      const got = data.rows[k];
      const want = rowOverColumns(c.rows[0] as (typeof c.rows)[0], index, fixed, fixed);
      expect(got?.cols).toEqual(want?.cols);
      expect(got?.coefs).toEqual(want?.coefs);
      expect(Math.abs((got?.lower ?? NaN) - (want?.lower ?? NaN))).toBeLessThan(1e-13 * magnitude);
      expect(Math.abs((got?.upper ?? NaN) - (want?.upper ?? NaN))).toBeLessThan(1e-13 * magnitude);
      // the row's own columns, with a parent's coefficient of 1 and each unit's −1
      expect(got?.cols.map((col) => cols[col])).toEqual([...cols].filter((id) => id <= 2000).sort((a, b) => a - b));
    }
  });

  it('is exact where the row has few variables, and follows another feasible table', () => {
    const cols = [1, 2, 600];
    const { data, index, rowIds } = buildLp(c, cols, point, outer, 'inner');
    expect(data.rows[rowIds.indexOf(1)]).toEqual(rowOverColumns(c.rows[1] as (typeof c.rows)[1], index, fixed, fixed));
    // another table (a published unit's pay 1 000 NOK higher, which a fixed figure ignores)
    const other = Float64Array.from(point);
    other[10] = (other[10] ?? 0) + 1000;
    const before = data.rows[rowIds.indexOf(0)];
    const after = buildLp(c, cols, other, outer, 'inner').data.rows[rowIds.indexOf(0)];
    // unit 10 is published (fixed at its value, which the other table does not change); unit 11 is not
    expect(after?.lower).toBe(before?.lower);
    // (a new table, as the cache is by table: a table is never written to once in use)
    const third = Float64Array.from(point);
    third[11] = (third[11] ?? 0) + 1000;
    const moved = buildLp(c, cols, third, outer, 'inner').data.rows[rowIds.indexOf(0)];
    // parent − Σ units: a unit 1 000 higher outside the columns leaves 1 000 more to the columns
    expect(Math.abs((moved?.lower ?? NaN) - ((before?.lower ?? NaN) + 1000))).toBeLessThan(1e-13 * magnitude);
  });
});

// A row of one column as that column's bounds (the protection's and the analysis's programmes,
// ANON-3 and ANON-7): the programme must allow exactly the same tables.
describe('foldSingleColumnRows: rows of one column as bounds', () => {
  /** Whether x meets the bounds and every row, exactly (the test's values are multiples of 1/4). */
  const meets = (lp: { colLower: readonly number[]; colUpper: readonly number[] }, rows: readonly LpRow[], x: readonly number[]): boolean =>
    x.every((v, j) => v >= (lp.colLower[j] ?? -Infinity) && v <= (lp.colUpper[j] ?? Infinity)) &&
    rows.every((r) => {
      const a = r.cols.reduce((sum, col, k) => sum + (r.coefs[k] ?? 0) * (x[col] ?? 0), 0);
      return a >= r.lower && a <= r.upper;
    });

  it('allows the same tables as the rows it replaces, on 2 000 random programmes', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = (k: number): number => Math.floor(random() * k);
    let folded = 0;
    let kept = 0;
    for (let trial = 0; trial < 2000; trial++) {
      const n = 1 + pick(3);
      const colLower = Array.from({ length: n }, () => (random() < 0.2 ? -Infinity : pick(4) - 1));
      const colUpper = colLower.map((lo) => (random() < 0.2 ? Infinity : Math.max(lo, 0) + pick(5)));
      const rows: LpRow[] = [];
      for (let r = pick(5); r > 0; r--) {
        const cols = random() < 0.7 ? [pick(n)] : [pick(n), pick(n)];
        const coefs = cols.map(() => [-2, -1, 0.5, 1, 2, 4][pick(6)] ?? 1);
        const lower = random() < 0.2 ? -Infinity : pick(9) - 4;
        rows.push({ cols, coefs, lower, upper: random() < 0.2 ? Infinity : lower + pick(6) - 1 });
      }
      const lp = { colLower: [...colLower], colUpper: [...colUpper] };
      const left = foldSingleColumnRows(lp, rows);
      folded += rows.length - left.length;
      kept += left.filter((r) => r.cols.length === 1).length;
      // every point of a grid of quarters around the bounds: allowed before exactly when allowed after
      const grid = Array.from({ length: 41 }, (_, k) => -5 + k / 4);
      const points = n === 1 ? grid.map((a) => [a]) : grid.flatMap((a) => grid.filter((_, k) => k % 4 === 0).map((b) => (n === 2 ? [a, b] : [a, b, b - a])));
      for (const x of points) expect(meets(lp, left, x)).toBe(meets({ colLower, colUpper }, rows, x));
    }
    // both cases occurred: rows folded, and rows of one column kept (no value left to their column)
    expect(folded).toBeGreaterThan(500);
    expect(kept).toBeGreaterThan(10);
  });

  it('keeps a row of several columns, or one leaving its column no value, and leaves the bounds as they were', () => {
    const lp = { colLower: [0, 0], colUpper: [3, 3] };
    expect(foldIntoBounds(lp, { cols: [0, 1], coefs: [1, 1], lower: 1, upper: 2 })).toBe(false);
    expect(foldIntoBounds(lp, { cols: [0], coefs: [1], lower: 4, upper: 5 })).toBe(false);
    expect(foldIntoBounds(lp, { cols: [1], coefs: [0], lower: -1, upper: 1 })).toBe(false);
    expect(lp).toEqual({ colLower: [0, 0], colUpper: [3, 3] });
    // −2·x ≤ −3 … ≥ −5: x in 1.5 … 2.5
    expect(foldIntoBounds(lp, { cols: [1], coefs: [-2], lower: -5, upper: -3 })).toBe(true);
    expect(lp).toEqual({ colLower: [0, 1.5], colUpper: [3, 2.5] });
  });
});
