/**
 * Student's t distribution of the adjusted gap (EXP-2, `src/analysis/_lib/studentT.ts`): tabled
 * quantiles and probabilities (R's `qt`/`pt`), the CDF and the quantile as inverses over a grid
 * of degrees of freedom (1 … 10⁶, the regression's range), tails without cancellation, and the
 * edges. The statsmodels figures of adjustedGap.test.ts check it through the regression too.
 */
import { describe, expect, it } from 'vitest';
import { lnGamma, lnGammaRatio, tCdf, tQuantile } from '../../src/analysis/_lib/studentT.js';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('Student t', () => {
  it('tabled quantiles (R: qt)', () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.70620473617471],
      [0.975, 2, 4.302652729749464],
      [0.975, 5, 2.570581835636314],
      [0.975, 10, 2.228138851986274],
      [0.975, 30, 2.042272456301238],
      [0.975, 120, 1.979930405052777],
      // df 10⁶: the normal quantile with the Cornish–Fisher term (z³ + z) / 4df (the next is below 1e-12)
    [0.95, 1e6, 1.6448536269514722 + (1.6448536269514722 ** 3 + 1.6448536269514722) / 4e6],
    ];
    for (const [p, df, t] of table) {
      expect(rel(tQuantile(p, df), t), `qt(${p}, ${df})`).toBeLessThan(1e-9);
      expect(rel(tQuantile(1 - p, df), -t)).toBeLessThan(1e-9);
    }
  });

  it('tabled probabilities (R: pt) and ln Γ', () => {
    expect(tCdf(0, 7)).toBe(0.5);
    expect(rel(tCdf(1, 1), 0.75)).toBeLessThan(1e-14); // Cauchy: 1/2 + atan(1)/π
    expect(rel(tCdf(-1, 2), 0.5 - 0.5 / Math.sqrt(3))).toBeLessThan(1e-13); // df 2: 1/2 + t / (2 √(2 + t²))
    expect(tCdf(1.959963984540054, 1e6)).toBeCloseTo(0.975, 6); // near the normal limit
    expect(rel(lnGamma(10), Math.log(362880))).toBeLessThan(1e-14);
    expect(rel(lnGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(rel(lnGammaRatio(50_000, 0.5), lnGamma(50_000.5) - lnGamma(50_000))).toBeLessThan(1e-8);
  });

  it('the CDF and the quantile are inverses, over the degrees of freedom of a regression', () => {
    for (const df of [1, 2, 3, 4.5, 7, 25, 99, 1_000, 3_207, 99_990, 1_000_000]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.05, 0.31, 0.5, 0.69, 0.95, 0.975, 0.999]) {
        const t = tQuantile(p, df);
        const back = tCdf(t, df);
        // the tail is what is inverted: compare the smaller side's probability
        expect(rel(p < 0.5 ? back : 1 - back, p < 0.5 ? p : 1 - p), `df ${df}, p ${p}`).toBeLessThan(1e-9);
      }
    }
  });

  it('is symmetric and increasing; small tails keep their digits', () => {
    let last = 0;
    for (let t = -30; t <= 30; t += 0.25) {
      const c = tCdf(t, 12);
      expect(c).toBeGreaterThanOrEqual(last);
      expect(c + tCdf(-t, 12)).toBeCloseTo(1, 14);
      last = c;
    }
    expect(tCdf(-40, 1000)).toBeGreaterThan(0);
    expect(tCdf(-40, 1000)).toBeLessThan(1e-200);
  });

  it('edges: infinite t and p of 0 or 1; NaN for what is not a distribution', () => {
    expect(tCdf(Infinity, 3)).toBe(1);
    expect(tCdf(-Infinity, 3)).toBe(0);
    expect(tQuantile(0, 3)).toBe(-Infinity);
    expect(tQuantile(1, 3)).toBe(Infinity);
    expect(tQuantile(0.5, 3)).toBe(0);
    expect(tCdf(1, 0)).toBeNaN();
    expect(tQuantile(1.5, 3)).toBeNaN();
    expect(tCdf(Number.NaN, 3)).toBeNaN();
  });
});
