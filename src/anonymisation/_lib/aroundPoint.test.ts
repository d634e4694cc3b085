import { describe, expect, it } from 'vitest';
import { aroundPoint } from './aroundPoint.js';
import { LpSession, loadSolver, type LpData, type LpMatrix, type LpResult } from './solver.js';

// x + y + z = 10 (a cell's total), x − y ≤ 4, y ≥ 2, z in 0 … 3: around the point (5, 3, 2), which
// meets every row, with a goal x ≥ 7 as the last row (the protection's programme in small)
const cell: LpData = {
  colLower: [0, 2, 0],
  colUpper: [10, 10, 3],
  integer: [true, true, true],
  rows: [
    { cols: [0, 1, 2], coefs: [1, 1, 1], lower: 10, upper: 10 },
    { cols: [0, 1], coefs: [1, -1], lower: -Infinity, upper: 4 },
    { cols: [0], coefs: [1], lower: 7, upper: Infinity },
  ],
};
const origin = [5, 3, 2];

async function solve(data: LpData | LpMatrix, cost: Float64Array, sense: 1 | -1, mip = false): Promise<LpResult> {
  const session = new LpSession(await loadSolver(), data);
  try {
    return session.solve(cost, sense, mip);
  } finally {
    session.dispose();
  }
}

describe('aroundPoint: a programme restated around a point (the protection, ANON-3)', () => {
  it('starts at the point: every row the point meets holds at d = 0, the goal does not', () => {
    const lp = aroundPoint(cell, origin);
    // the rows' bounds less their activity at the point: the total 10 = 10, x − y = 2 ≤ 4, the goal x = 5 ≥ 7
    expect([...lp.data.rowLower]).toEqual([0, -Infinity, 2]);
    expect([...lp.data.rowUpper]).toEqual([0, 2, Infinity]);
    // every column from 0: x and y both ways, z (2 of 0 … 3) both ways
    expect(lp.data.colLower.every((l) => l === 0)).toBe(true);
    expect([...lp.data.colUpper]).toEqual([5, 5, 7, 1, 1, 2]);
    // the total over x⁺ − x⁻ + y⁺ − y⁻ + z⁺ − z⁻
    expect([...lp.data.indices.subarray(0, 6)]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...lp.data.values.subarray(0, 6)]).toEqual([1, -1, 1, -1, 1, -1]);
    expect([...lp.data.starts]).toEqual([0, 6, 10, 12]);
    expect(lp.data.integer.every(Boolean)).toBe(true);
  });

  it('has the same optimum as the programme itself, in both senses, as an LP and as a MIP', async () => {
    const lp = aroundPoint(cell, origin);
    for (const cost of [Float64Array.from([0, 1, 2]), Float64Array.from([1, -1, 3]), Float64Array.from([0, 0, 1])])
      for (const sense of [1, -1] as const)
        for (const mip of [false, true]) {
          const direct = await solve(cell, cost, sense, mip);
          const restated = lp.result(await solve(lp.data, lp.costs(cost), sense, mip), cost);
          expect(restated.status).toBe('optimal');
          expect(restated.objective).toBeCloseTo(direct.objective, 9);
          // its solution is one of the original programme's: within the bounds, every row met
          const x = [...restated.x];
          x.forEach((v, j) => {
            expect(v).toBeGreaterThanOrEqual((cell.colLower[j] ?? 0) - 1e-9);
            expect(v).toBeLessThanOrEqual((cell.colUpper[j] ?? 0) + 1e-9);
          });
          for (const r of cell.rows) {
            const a = r.cols.reduce((sum, col, k) => sum + (r.coefs[k] ?? 0) * (x[col] ?? 0), 0);
            expect(a).toBeGreaterThanOrEqual(r.lower - 1e-9);
            expect(a).toBeLessThanOrEqual(r.upper + 1e-9);
          }
          if (mip) expect(x.every((v) => Math.abs(v - Math.round(v)) < 1e-9)).toBe(true);
        }
  });

  it('shifts a row bound given later, and leaves a failed solve as it is', async () => {
    const lp = aroundPoint(cell, origin);
    expect(lp.rowBounds(2, 9, Infinity)).toEqual([4, Infinity]);
    const session = new LpSession(await loadSolver(), lp.data);
    try {
      // x ≥ 9 with x − y ≤ 4 and y ≥ 2 leaves x + y ≥ 14 > 10: no table
      session.setRowBounds(2, ...lp.rowBounds(2, 9, Infinity));
      const cost = Float64Array.from([1, 0, 0]);
      const res = lp.result(session.solve(lp.costs(cost), 1), cost);
      expect(res.status).toBe('infeasible');
      // back to x ≥ 6: the least x is 6
      session.setRowBounds(2, ...lp.rowBounds(2, 6, Infinity));
      const met = lp.result(session.solve(lp.costs(cost), 1), cost);
      expect(met.status).toBe('optimal');
      expect(met.x[0]).toBeCloseTo(6, 9);
      expect(met.objective).toBeCloseTo(6, 9);
    } finally {
      session.dispose();
    }
  });

  it('takes one side only where the point lies at or beyond a bound', () => {
    // x₀ = 0 at its lower bound: d⁺ only; y₀ = 10 at its upper: d⁻ only; z₀ = 5 above its upper 3: d⁻ in 2 … 5
    const lp = aroundPoint(cell, [0, 10, 5]);
    expect([...lp.data.colLower]).toEqual([0, 0, 2]);
    expect([...lp.data.colUpper]).toEqual([10, 8, 5]);
    expect([...lp.data.values.subarray(0, 3)]).toEqual([1, -1, -1]);
    const d = Float64Array.from([3, 1, 2]);
    const back = lp.result({ status: 'optimal', objective: 0, x: d, rowDual: new Float64Array(3) }, [0, 0, 0]);
    expect([...back.x]).toEqual([3, 9, 3]);
  });

  it('makes no column of one fixed at the point: it stays there, in every row and in the result', async () => {
    // z fixed at 2 (its bounds 2 … 2), without the goal: only x and y move, both ways
    const fixedZ: LpData = { ...cell, colLower: [0, 2, 2], colUpper: [10, 10, 2], rows: cell.rows.slice(0, 2) };
    const lp = aroundPoint(fixedZ, origin);
    expect(lp.data.colLower.length).toBe(4);
    // the total over x⁺ − x⁻ + y⁺ − y⁻ only
    expect([...lp.data.indices.subarray(0, 4)]).toEqual([0, 1, 2, 3]);
    expect([...lp.data.starts.subarray(0, 2)]).toEqual([0, 4]);
    const cost = Float64Array.from([1, 0, 5]);
    const direct = await solve(fixedZ, cost, 1);
    const restated = lp.result(await solve(lp.data, lp.costs(cost), 1), cost);
    expect(restated.status).toBe('optimal');
    expect(restated.objective).toBeCloseTo(direct.objective, 9);
    expect(restated.x[2]).toBe(2);
    expect((restated.x[0] ?? 0) + (restated.x[1] ?? 0)).toBeCloseTo(8, 9);
  });
});
