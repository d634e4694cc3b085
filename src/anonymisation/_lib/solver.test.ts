import { describe, expect, it } from 'vitest';
import { LpSession, loadSolver } from './solver.js';

// max x + y with 2x + 2y ≤ 3, x and y integers in 0 … 5: the LP's optimum is 1.5, the MIP's 1
const twoIntegers = {
  colLower: [0, 0],
  colUpper: [5, 5],
  integer: [true, true],
  rows: [{ cols: [0, 1], coefs: [2, 2], lower: -Infinity, upper: 3 }],
};
const cost = Float64Array.from([1, 1]);

// The protection (ANON-3) takes the first integral table a MIP finds as its witness. highs-js
// rejects a non-finite option value: a session that reset its time limit to `Infinity` after a
// first-feasible solve threw there, and every such MIP reported 'failed' although it had found a
// table (seed 960441 of the attacker's payrolls: a count left pinned after 60 rounds).
describe('LpSession: a MIP stopped at its first integral solution', () => {
  it('returns the table it found, and the session goes on solving', async () => {
    const session = new LpSession(await loadSolver(), twoIntegers);
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

// A solve the simplex could not finish is retried with the interior point method; the session then
// goes back to its own method (the simplex, warm-started, without presolve) for every later solve:
// a whole part's programmes are kept for all its targets, so a retry must not change how the rest
// are solved.
describe('LpSession: after an interior-point retry', () => {
  it('solves with the simplex again, without presolve', async () => {
    const highs = await loadSolver();
    let model: ReturnType<typeof highs.createModel> | undefined;
    let failures = 2;
    // a solver whose first two runs throw, as the simplex does when it loses its way
    const createModel: typeof highs.createModel = (...args) => {
      const real = highs.createModel(...args);
      model = real;
      return new Proxy(real, {
        get(target, prop) {
          if (prop === 'run')
            return () => {
              if (failures-- > 0) throw new Error('the simplex lost its way');
              return target.run();
            };
          const value: unknown = Reflect.get(target, prop);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    };
    const flaky = Object.assign(Object.create(highs) as typeof highs, { createModel });
    const session = new LpSession(flaky, {
      colLower: [0, 0],
      colUpper: [4, 4],
      integer: [false, false],
      rows: [{ cols: [0, 1], coefs: [1, 1], lower: -Infinity, upper: 5 }],
    });
    try {
      const res = session.solve(Float64Array.from([1, 2]), -1);
      expect(failures).toBeLessThan(0);
      expect(res.status).toBe('optimal');
      expect(res.objective).toBeCloseTo(9, 9);
      expect([model?.options.get('solver'), model?.options.get('presolve')]).toEqual(['simplex', 'off']);
    } finally {
      session.dispose();
    }
  });
});

// A session takes a solver instance an earlier session of a small programme left behind (`publish`
// solves thousands of them): nothing of the earlier programme may carry over, not its integrality,
// its bounds, its objective's sense nor its clocks (the first-feasible MIP's time limit).
describe('LpSession: an instance left by an earlier session', () => {
  const mip = twoIntegers;

  it('starts from the new programme alone', async () => {
    const highs = await loadSolver();
    // the earlier session: a MIP stopped at its first table, a bound changed, then left behind
    const earlier = new LpSession(highs, mip);
    expect(earlier.solve(cost, -1, true, true).status).toBe('optimal');
    earlier.setBounds(0, 1, 1);
    expect(earlier.solve(cost, 1, true).objective).toBeCloseTo(1, 9);
    earlier.dispose();
    // disposing twice keeps the instance once: two later sessions do not share it
    earlier.dispose();
    const a = new LpSession(highs, { ...mip, integer: [false, false] });
    const b = new LpSession(highs, {
      colLower: [0, 0, 0],
      colUpper: [4, 4, 4],
      integer: [false, false, false],
      rows: [{ cols: [0, 1, 2], coefs: [1, 1, 1], lower: 2, upper: 7 }],
    });
    try {
      // the relaxation's optimum 1.5 (a MIP would give 1), over x0 within 0 … 5 again
      const relaxed = a.solve(cost, -1);
      expect(relaxed.status).toBe('optimal');
      expect(relaxed.objective).toBeCloseTo(1.5, 9);
      expect(a.bounds(0)).toEqual([0, 5]);
      expect(a.solve(cost, 1).objective).toBeCloseTo(0, 9);
      // the other session solves its own programme
      const max = b.solve(Float64Array.from([1, 2, 3]), -1);
      expect(max.status).toBe('optimal');
      expect(max.objective).toBeCloseTo(4 * 3 + 3 * 2, 9);
      const min = b.solve(Float64Array.from([1, 2, 3]), 1);
      expect(min.objective).toBeCloseTo(2, 9);
      // and a first-feasible MIP in a reused instance still finds its table
      expect(a.solve(cost, -1, true, true).status).toBe('optimal');
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});

// A session hands the solver only the costs that changed since its last solve (a programme solved
// for one value after another changes a few each time): every solve must still see the whole
// objective, as a new session of the same programme does, whether few costs changed or many.
describe('LpSession: costs handed over as they change', () => {
  it('solves each objective as a new session does', async () => {
    const highs = await loadSolver();
    // x_j within 0 … j + 1, Σ x ≤ 10
    const n = 12;
    const lp = {
      colLower: new Array<number>(n).fill(0),
      colUpper: Array.from({ length: n }, (_, j) => j + 1),
      integer: new Array<boolean>(n).fill(false),
      rows: [{ cols: Array.from({ length: n }, (_, j) => j), coefs: new Array<number>(n).fill(1), lower: -Infinity, upper: 10 }],
    };
    const one = (j: number, c = 1): Float64Array => Float64Array.from({ length: n }, (_, k) => (k === j ? c : 0));
    const objectives: (Float64Array | ReadonlyMap<number, number>)[] = [
      Float64Array.from({ length: n }, (_, j) => ((j * 7) % 5) - 2),
      one(3),
      one(7),
      new Map([
        [7, 1],
        [9, -2],
      ]),
      one(0, 0),
      Float64Array.from({ length: n }, (_, j) => j + 1),
      one(11, -1),
    ];
    const session = new LpSession(highs, lp);
    try {
      for (const objective of objectives)
        for (const sense of [1, -1] as const) {
          const fresh = new LpSession(highs, lp);
          try {
            const want = fresh.solve(objective, sense);
            const got = session.solve(objective, sense);
            expect(got.status).toBe('optimal');
            expect(got.objective).toBeCloseTo(want.objective, 9);
          } finally {
            fresh.dispose();
          }
        }
    } finally {
      session.dispose();
    }
  });
});
