/**
 * Invariants of the pay-transparency indicators (TRN-1…TRN-5), on random payrolls: the order of
 * the records does not matter; the quartile bands partition the population; a category's figures
 * are the whole computation on that category alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Employee } from '../../src/models/employee.js';
import { computePayTransparency, PayTransparencySchema, type TransparencyOptions } from '../../src/transparency/index.js';
import { transparencyOptions, transparencyPayroll } from './_arbitraries.js';

const exactCount = (text: string): [bigint, bigint] => {
  const [whole, frac = ''] = text.split('.');
  return [BigInt(whole! + frac), 10n ** BigInt(frac.length)];
};

describe('permutation invariance (DEF-POP, TRN-4)', () => {
  it('shuffling the records changes nothing (ties spread by sex)', () => {
    fc.assert(
      fc.property(
        transparencyPayroll(60).chain((records) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })),
        ),
        transparencyOptions.map((o): TransparencyOptions => ({ ...o, quartileTies: 'spread' })),
        ([records, shuffled], options) => {
          expect(computePayTransparency(shuffled, options)).toEqual(computePayTransparency(records, options));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('quartile bands (TRN-4)', () => {
  it('sizes sum to the population and differ by at most one; women and men add up to each band and to the sexes', () => {
    fc.assert(
      fc.property(transparencyPayroll(80), transparencyOptions, (records, options) => {
        const r = computePayTransparency(records, options);
        const n = r.population.women + r.population.men;
        const sizes = r.quartiles.map((b) => b.size);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        // counts: exact when whole (two decimals otherwise): each band's women + men = its size
        let women = 0;
        for (const b of r.quartiles) {
          const [wn, wd] = exactCount(b.women.count);
          const [mn, md] = exactCount(b.men.count);
          if (wd === 1n && md === 1n) expect(Number(wn + mn)).toBe(b.size);
          else expect(Math.abs(Number(wn) / Number(wd) + Number(mn) / Number(md) - b.size)).toBeLessThan(0.011);
          women += Number(wn) / Number(wd);
          expect(b.women.persons).toBeLessThanOrEqual(r.population.women);
          if (options.quartileTies === 'sort-order') expect(b.women.persons + b.men.persons).toBe(b.size);
          else expect(b.women.persons + b.men.persons).toBeGreaterThanOrEqual(b.size);
        }
        expect(Math.abs(women - r.population.women)).toBeLessThan(0.021);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a category alone (TRN-3 (g))', () => {
  it("a category's hourly, basic and variable figures equal the whole computation on its persons alone", () => {
    // each person's employments share one group (so a record's group is its person's category)
    const payroll = transparencyPayroll(60).map((records): Employee[] =>
      records.map((r) => ({ ...r, jobGroup: ['G1', 'G2', null][Number(r.personId?.slice(1) ?? 0) % 3]! })),
    );
    fc.assert(
      fc.property(payroll, transparencyOptions, (records, options) => {
        const o: TransparencyOptions = { ...options, categoryBy: 'jobGroup', mergePersons: true };
        const whole = computePayTransparency(records, o);
        for (const c of whole.categories) {
          const alone = records.filter((r) => r.jobGroup === c.key);
          const only = computePayTransparency(alone, o);
          expect(c.population).toEqual(only.population);
          expect(c.hourly).toEqual(only.hourly);
          expect(c.variable).toEqual({ persons: only.variable.persons, mean: only.variable.mean, median: only.variable.median });
          // basic pay: the whole computation with the basic components as its pay
          const basic = computePayTransparency(alone, { ...o, payComponents: [...whole.options.basicComponents], variableComponents: [] });
          if (whole.options.basicComponents.length > 0) expect(c.basic).toEqual(basic.hourly);
          expect(only.categories.map((x) => x.key)).toEqual([c.key]);
          expect(only.categories[0]?.jointAssessment).toEqual(c.jointAssessment);
        }
        // the categories add up to the population
        expect(whole.categories.reduce((s, c) => s + c.population.women, 0)).toBe(whole.population.women);
        expect(whole.categories.reduce((s, c) => s + c.population.men, 0)).toBe(whole.population.men);
      }),
      { numRuns: 120 },
    );
  });
});

describe('the result (TRN-7)', () => {
  it('always has the shape of PayTransparencySchema, and survives JSON', () => {
    fc.assert(
      fc.property(transparencyPayroll(40), transparencyOptions, (records, options) => {
        const r = computePayTransparency(records, options);
        expect(PayTransparencySchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pay in a finer unit than øre (payDivisor, DEF-ROUND)', () => {
  it('the same pay given in 1/payDivisor øre gives the same figures as in øre', () => {
    // (regression: the indicators' money figures were payDivisor times too large)
    const scaled = (r: Employee, k: number): Employee => ({
      ...r,
      payDivisor: k,
      pay: {
        basePay: r.pay.basePay * k,
        fixedAllowances: r.pay.fixedAllowances * k,
        irregularAllowances: r.pay.irregularAllowances * k,
        bonus: r.pay.bonus * k,
        overtime: r.pay.overtime * k,
        benefitsInKind: r.pay.benefitsInKind * k,
      },
    });
    fc.assert(
      fc.property(
        transparencyPayroll(40),
        transparencyOptions,
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 40, maxLength: 40 }),
        (records, options, divisors) => {
          const finer = records.map((r, i) => scaled(r, divisors[i] ?? 1));
          expect(computePayTransparency(finer, options)).toEqual(computePayTransparency(records, options));
        },
      ),
      { numRuns: 150 },
    );
  });
});
