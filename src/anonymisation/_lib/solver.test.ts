import { describe, expect, it } from 'vitest';
import { LpSession, loadSolver } from './solver.js';

// The protection (ANON-3) takes the first integral table a MIP finds as its witness. highs-js
// rejects a non-finite option value: a session that reset its time limit to `Infinity` after a
// first-feasible solve threw there, and every such MIP reported 'failed' although it had found a
// table (seed 960441 of the attacker's payrolls: a count left pinned after 60 rounds).
describe('LpSession: a MIP stopped at its first integral solution', () => {
  // max x + y with 2x + 2y ≤ 3, x and y integers in 0 … 5: the LP's optimum is 1.5, the MIP's 1
  const data = {
    colLower: [0, 0],
    colUpper: [5, 5],
    integer: [true, true],
    rows: [{ cols: [0, 1], coefs: [2, 2], lower: -Infinity, upper: 3 }],
  };
  const cost = Float64Array.from([1, 1]);

  it('returns the table it found, and the session goes on solving', async () => {
    const session = new LpSession(await loadSolver(), data);
    try {
      const first = session.solve(cost, -1, true, true);
      expect(first.status).toBe('optimal');
      expect([...first.x].every(Number.isInteger)).toBe(true);
      expect((first.x[0] ?? 0) + (first.x[1] ?? 0)).toBeLessThanOrEqual(1);
      // again, then the relaxation and the whole MIP, with the limits back at their defaults
      expect(session.solve(cost, -1, true, true).status).toBe('optimal');
      const relaxed = session.solve(cost, -1);
      expect(relaxed.status).toBe('optimal');
      expect(relaxed.objective).toBeCloseTo(1.5, 9);
      const whole = session.solve(cost, -1, true);
      expect(whole.status).toBe('optimal');
      expect(whole.objective).toBeCloseTo(1, 9);
    } finally {
      session.dispose();
    }
  });
});
