import { describe, expect, it } from 'vitest';
import type { Constraints } from './constraints.js';
import { propagate } from './propagate.js';

/** The constraints propagation reads: bounds, rows and the integrality of each variable. */
function constraints(
  vars: { integer: boolean; lower: number; upper: number }[],
  rows: { vars: number[]; coefs: number[]; lower: number; upper: number }[],
): Constraints {
  const rowsOf: number[][] = vars.map(() => []);
  rows.forEach((r, i) => r.vars.forEach((id) => rowsOf[id]?.push(i)));
  return {
    state: { model: { vars: vars.map((v, id) => ({ id, integer: v.integer })) } },
    lower: Float64Array.from(vars.map((v) => v.lower)),
    upper: Float64Array.from(vars.map((v) => v.upper)),
    domain: vars.map(() => null),
    rows,
    rowsOf,
    boundSources: vars.map(() => []),
  } as unknown as Constraints;
}

// Bound propagation (ANON-7): each row bounds each of its figures by the others' bounds.
describe('propagate', () => {
  it('narrows an unbounded sum: a parent published to its rounding bounds each hidden child from above', () => {
    // parent (published, 100 ± 0.5) = child a + child b, sums of pay: 0 … ∞ until a row says otherwise
    const c = constraints(
      [
        { integer: false, lower: 99.5, upper: 100.5 },
        { integer: false, lower: 0, upper: Infinity },
        { integer: false, lower: 0, upper: Infinity },
      ],
      [{ vars: [0, 1, 2], coefs: [1, -1, -1], lower: 0, upper: 0 }],
    );
    const out = propagate(c);
    expect(out).not.toBeNull();
    expect([out?.lo[1], out?.hi[1]]).toEqual([0, 100.5]);
    expect([out?.lo[2], out?.hi[2]]).toEqual([0, 100.5]);
    expect(out?.hiBy[1]).toBe(0);
  });

  it('narrows an unbounded lower end too, and rounds a count inwards', () => {
    // x + y = 7 with y a count in 0 … 3 and x a count without a lower bound: x is 4 … 7
    const c = constraints(
      [
        { integer: true, lower: -Infinity, upper: 10 },
        { integer: true, lower: 0, upper: 3 },
      ],
      [{ vars: [0, 1], coefs: [1, 1], lower: 7, upper: 7 }],
    );
    const out = propagate(c);
    expect([out?.lo[0], out?.hi[0]]).toEqual([4, 7]);
  });

  it('reports contradicting figures as null', () => {
    const c = constraints(
      [
        { integer: true, lower: 0, upper: 2 },
        { integer: true, lower: 0, upper: 2 },
      ],
      [{ vars: [0, 1], coefs: [1, 1], lower: 5, upper: 5 }],
    );
    expect(propagate(c)).toBeNull();
  });
});
