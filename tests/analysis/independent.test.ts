/**
 * Issue 19, done-when: on payrolls it has not seen, an independent implementation agrees with the
 * adjusted gap (EXP-2) to 0.01 percentage point. The one here shares nothing with the library's
 * (ml-matrix, its design matrix and collinearity rule): the Frisch–Waugh–Lovell theorem with
 * modified Gram–Schmidt in plain numbers — the female coefficient b is the regression of ln(pay)'s
 * residual on the female indicator's residual, both after the other factors (intercept, dummies
 * of level and group against their first category, seniority, its square, part-time) are
 * projected out; a column that is (nearly) a combination of the ones before is skipped. The
 * decomposition (EXP-1) has its own independent check in properties.test.ts (to the øre).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedGap } from '../../src/analysis/adjustedGap.js';
import type { Employee } from '../../src/models/employee.js';
import { records } from './_helpers.js';

interface Person {
  readonly female: boolean;
  readonly level: string;
  readonly group: string;
  readonly pct: number;
  readonly start: string;
  readonly pay: number; // whole NOK at the actual position
}

const personArb: fc.Arbitrary<Person> = fc
  .record({
    female: fc.boolean(),
    level: fc.constantFrom('L1', 'L2', 'L3', 'L4'),
    group: fc.constantFrom('G1', 'G2', 'G3'),
    pct: fc.constantFrom(100, 100, 100, 80, 60, 50),
    year: fc.integer({ min: 1985, max: 2025 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    noise: fc.integer({ min: -9000, max: 9000 }),
  })
  .map((r) => {
    const level = Number(r.level.slice(1));
    const seniority = 2025 - r.year;
    const fte = 40_000 + level * 9_000 + seniority * 400 + (r.female ? -1_500 : 0) + r.noise;
    return {
      female: r.female,
      level: r.level,
      group: r.group,
      pct: r.pct,
      start: `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
      pay: Math.round((fte * r.pct) / 100),
    };
  });

function toRecords(people: readonly Person[]): Employee[] {
  return records(people.map((p) => ({ sex: p.female ? 'female' : 'male', pay: `${p.pay}.00`, level: p.level, group: p.group, pct: p.pct, start: p.start })));
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** Projects `v` off an orthonormal basis (twice, for accuracy). */
function residual(v: readonly number[], basis: readonly number[][]): number[] {
  let r = [...v];
  for (let pass = 0; pass < 2; pass++) {
    for (const q of basis) {
      const c = dot(r, q);
      r = r.map((x, i) => x - c * q[i]!);
    }
  }
  return r;
}

/** b and its classical standard error by Frisch–Waugh–Lovell; null when female is in the span of the others. */
function byTheBook(people: readonly Person[], referenceDate: string, partTimeBelow: number): { b: number; se: number; gap: number } | null {
  const n = people.length;
  const ref = Date.parse(`${referenceDate}T00:00:00Z`);
  const seniority = people.map((p) => (ref - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000 / 365.25);
  const columns: number[][] = [people.map(() => 1)];
  for (const [key, values] of [
    ['level', [...new Set(people.map((p) => p.level))].sort()],
    ['group', [...new Set(people.map((p) => p.group))].sort()],
  ] as const) {
    for (const v of values.slice(1)) columns.push(people.map((p) => (p[key] === v ? 1 : 0)));
  }
  columns.push(
    seniority,
    seniority.map((s) => s * s),
    people.map((p) => (p.pct < partTimeBelow ? 1 : 0)),
  );
  const basis: number[][] = [];
  for (const c of columns) {
    const r = residual(c, basis);
    const norm = Math.sqrt(dot(r, r));
    if (norm <= 1e-8 * Math.sqrt(dot(c, c))) continue; // collinear with those before
    basis.push(r.map((x) => x / norm));
  }
  const f = residual(
    people.map((p) => (p.female ? 1 : 0)),
    basis,
  );
  const ff = dot(f, f);
  if (ff <= 1e-10 * n) return null;
  const y = residual(
    people.map((p) => Math.log((p.pay * 100) / p.pct)),
    basis,
  );
  const b = dot(f, y) / ff;
  const e = y.map((v, i) => v - b * f[i]!);
  const df = n - basis.length - 1;
  const se = Math.sqrt(dot(e, e) / df / ff);
  return { b, se, gap: (1 - Math.exp(b)) * 100 };
}

describe('EXP-2: an independent implementation agrees with the adjusted gap to 0.01 percentage point', () => {
  it('on random payrolls with the default factors', () => {
    let compared = 0;
    let largest = 0;
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 25, maxLength: 300 }), (people) => {
        const a = adjustedGap(toRecords(people), { statistics: { year: 2025 } });
        const expected = byTheBook(people, '2025-12-31', 100); // DEF-REF: the year's last day; DEF-PT: below 100 %;
        const women = people.filter((p) => p.female).length;
        if (expected === null || women === 0 || women === people.length || a.status !== 'estimated') {
          expect(a.status === 'estimated' && expected !== null).toBe(false);
          return;
        }
        compared++;
        largest = Math.max(largest, Math.abs(a.gapPercent! - expected.gap));
        expect(Math.abs(a.gapPercent! - expected.gap)).toBeLessThan(0.01);
        expect(a.coefficient!).toBeCloseTo(expected.b, 8);
        expect(a.standardError! / expected.se).toBeCloseTo(1, 6);
        expect(a.n).toBe(people.length);
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(50);
    expect(largest).toBeLessThan(1e-6); // in fact they agree to rounding
  });
});
