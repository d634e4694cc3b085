/**
 * EXP-2: the adjusted gap checked against worked cases with known solutions and against
 * statsmodels' figures on a fixture (tests/fixtures/analysis: the script, its data and its output,
 * `expected.json`, with the command that made them). The issue asks for 0.01 percentage point on
 * the adjusted gap; the fixture agrees to about 1e-9.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adjustedGap } from './adjustedGap.js';
import { adjustedGapByGroup } from './adjustedGapByGroup.js';
import { DEFAULT_FACTORS, type AnalysisOptions } from './AnalysisOptionsSchema.js';
import type { AdjustedGap } from './schema.js';
import { parseEmployeesCsv } from '../io/csv/index.js';
import { EmployeeSchema, type Employee } from '../models/employee.js';
import { records, times } from '../../tests/analysis/_helpers.js';

const fixture = new URL('../../tests/fixtures/analysis/', import.meta.url);
const payroll = parseEmployeesCsv(readFileSync(new URL('employees.csv', fixture)), { year: 2025 }).records;
const columnRows = readFileSync(new URL('columns.csv', fixture), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const score = Object.fromEntries(columnRows.map((c) => [c[0]!, Number(c[1])]));
const education = Object.fromEntries(columnRows.map((c) => [c[0]!, c[2]!]));
const dept = Object.fromEntries(columnRows.map((c) => [c[0]!, c[3]!]));

interface Reference {
  readonly name: string;
  readonly n: number;
  readonly df: number;
  readonly coefficient: number;
  readonly standardError: number;
  readonly tStatistic: number;
  readonly pValue: number;
  readonly coefficientInterval: readonly [number, number];
  readonly gapPercent: number;
  readonly gapPercentKennedy: number;
  readonly gapInterval: readonly [number, number];
  readonly logibPValue: number;
  readonly rSquared: number;
  readonly adjustedRSquared: number;
  readonly numeric: Readonly<Record<string, { coefficient: number; standardError: number }>>;
  readonly rank: number;
  readonly columns: number;
}
const expected = JSON.parse(readFileSync(new URL('expected.json', fixture), 'utf8')) as { population: { women: number; men: number }; models: Reference[] };
const model = (name: string): Reference => expected.models.find((m) => m.name === name)!;

const base: AnalysisOptions = { statistics: { year: 2025 } };

/** b, se, t, p, intervals, R² and numeric terms as statsmodels has them. */
function expectLikeStatsmodels(a: AdjustedGap, m: Reference): void {
  expect(a.status).toBe('estimated');
  expect(a.n).toBe(m.n);
  expect(a.degreesOfFreedom).toBe(m.df);
  expect(a.coefficient).toBeCloseTo(m.coefficient, 10);
  expect(a.standardError).toBeCloseTo(m.standardError, 10);
  expect(a.tStatistic).toBeCloseTo(m.tStatistic, 8);
  expect(a.pValue! / m.pValue).toBeCloseTo(1, 8);
  expect(a.coefficientInterval!.lower).toBeCloseTo(m.coefficientInterval[0], 10);
  expect(a.coefficientInterval!.upper).toBeCloseTo(m.coefficientInterval[1], 10);
  // the issue's bar: 0.01 percentage point on the adjusted gap (met by far)
  expect(Math.abs(a.gapPercent! - m.gapPercent)).toBeLessThan(0.01);
  expect(a.gapPercent).toBeCloseTo(m.gapPercent, 8);
  expect(a.confidenceInterval!.lower).toBeCloseTo(m.gapInterval[0], 8);
  expect(a.confidenceInterval!.upper).toBeCloseTo(m.gapInterval[1], 8);
  expect(a.rSquared).toBeCloseTo(m.rSquared, 10);
  expect(a.adjustedRSquared).toBeCloseTo(m.adjustedRSquared, 10);
  for (const [factor, ref] of Object.entries(m.numeric)) {
    const term = a.terms.find((t) => t.factor === factor)!;
    expect(term.coefficient, factor).toBeCloseTo(ref.coefficient, 9);
    expect(term.standardError, factor).toBeCloseTo(ref.standardError, 9);
  }
}

describe('adjustedGap: worked cases with a known solution (EXP-2)', () => {
  it('female only: b = mean ln(women) − mean ln(men), classical se from the pooled variance', () => {
    const w = [40_000, 44_000, 48_400];
    const m = [50_000, 55_000];
    const a = adjustedGap(records([...w.map((pay) => ({ sex: 'female' as const, pay })), ...m.map((pay) => ({ sex: 'male' as const, pay }))]), {
      ...base,
      factors: [],
    });
    const lw = w.map(Math.log);
    const lm = m.map(Math.log);
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    const ss = (xs: number[]): number => xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0);
    const b = mean(lw) - mean(lm);
    const se = Math.sqrt(((ss(lw) + ss(lm)) / 3) * (1 / 3 + 1 / 2));
    expect(a.coefficient).toBeCloseTo(b, 12);
    expect(a.standardError).toBeCloseTo(se, 12);
    expect(a.degreesOfFreedom).toBe(3);
    expect(a.gapPercent).toBeCloseTo((1 - Math.exp(b)) * 100, 10);
    // t(0.975, 3) = 3.182446305284263 (tables): the interval of b
    expect(a.coefficientInterval!.lower).toBeCloseTo(b - 3.182446305284263 * se, 10);
    expect(a.confidenceInterval).toMatchObject({ level: 0.95 });
    expect(a.confidenceInterval!.lower).toBeCloseTo((1 - Math.exp(b + 3.182446305284263 * se)) * 100, 8);
    expect(a.factors).toEqual([]);
  });

  it('cell means exactly additive in level and sex: b is the sex effect (−0.05), whatever the shares', () => {
    // ln pay = ln 40 000 + 0.2 [level B] − 0.05 [female] ± 0.1, unbalanced cells
    const rows = [];
    for (const [level, lift, nW, nM] of [
      ['A', 0, 3, 1],
      ['B', 0.2, 1, 4],
    ] as const) {
      for (const [sex, n, effect] of [
        ['female', nW, -0.05],
        ['male', nM, 0],
      ] as const) {
        for (let i = 0; i < n; i++)
          for (const noise of [0.1, -0.1]) rows.push({ sex, level, pay: (Math.round(40_000 * Math.exp(lift + effect + noise) * 100) / 100).toFixed(2) });
      }
    }
    const a = adjustedGap(records(rows), { ...base, factors: ['level'] });
    expect(a.coefficient).toBeCloseTo(-0.05, 6); // pay rounded to øre: within 1e-6
    expect(a.terms.find((t) => t.factor === 'level')).toMatchObject({ category: 'A' }); // reference: B, the most frequent (10 against 8)
    expect(a.terms.find((t) => t.factor === 'level')!.coefficient).toBeCloseTo(-0.2, 6);
    expect(a.gapPercent).toBeCloseTo((1 - Math.exp(-0.05)) * 100, 4);
    expect(a.threshold).toEqual({ percent: 5, test: 'estimate', exceeded: false, pValue: null });
  });
});

describe('adjustedGap: statsmodels on the fixture (EXP-2)', () => {
  it('reads the same population as the script (DEF-POP, DEF-PAY, DEF-SEX)', () => {
    const a = adjustedGap(payroll, base);
    expect([a.women, a.men]).toEqual([expected.population.women, expected.population.men]);
  });

  it('the default factors (level, group, seniority and its square, part-time), classical', () => {
    const a = adjustedGap(payroll, base);
    expectLikeStatsmodels(a, model('default'));
    expect(a.factors.map((f) => f.name)).toEqual([...DEFAULT_FACTORS]);
    expect(a.factors[0]).toEqual({ name: 'level', type: 'categorical', reference: 'L1', categories: 7 });
    expect(a.dropped).toEqual([]);
  });

  it('HC1 standard errors', () => {
    const a = adjustedGap(payroll, { ...base, standardErrors: 'HC1' });
    expect(a.standardErrors).toBe('HC1');
    expectLikeStatsmodels(a, model('default-HC1'));
  });

  it("the caller's columns: a numeric score and a categorical education, part-time removed", () => {
    const factors = [
      ...DEFAULT_FACTORS.filter((f) => f !== 'partTime'),
      { column: 'score', type: 'numeric' as const },
      { column: 'education', type: 'categorical' as const },
    ];
    const a = adjustedGap(payroll, { ...base, factors, columns: { score, education: new Map(Object.entries(education)) } });
    expectLikeStatsmodels(a, model('columns'));
    expect(a.factors.find((f) => f.name === 'education')).toEqual({ name: 'education', type: 'categorical', reference: 'bachelor', categories: 3 });
  });

  it('a collinear column (dept copies the job group): its dummies are dropped, b unchanged', () => {
    const a = adjustedGap(payroll, { ...base, factors: [...DEFAULT_FACTORS, { column: 'dept', type: 'categorical' }], columns: { dept } });
    const m = model('collinear');
    expect(m.columns - m.rank).toBe(7);
    expect(a.dropped).toHaveLength(7);
    expect(a.dropped.every((d) => d.factor === 'dept' && d.reason === 'collinear')).toBe(true);
    expectLikeStatsmodels(a, m);
  });

  it("Logib's conventions: Kennedy's correction and the one-sided test of |b| against 5 log points", () => {
    const a = adjustedGap(payroll, { ...base, conventions: 'logib' });
    const m = model('default');
    expect(a.kennedy).toBe(true);
    expect(a.gapPercent).toBeCloseTo(m.gapPercentKennedy, 8);
    expect(a.threshold!.test).toBe('logib');
    expect(a.threshold!.pValue! / m.logibPValue).toBeCloseTo(1, 6);
    expect(a.threshold!.exceeded).toBe(m.logibPValue <= 0.05);
  });

  it('per job group, the group left out of the factors (G01, G05), flagged over 5 %', () => {
    const groups = adjustedGapByGroup(payroll, base);
    expect(groups.map((g) => g.group)).toEqual(['G01', 'G02', 'G03', 'G04', 'G05', 'G06', 'G07', 'G08']);
    for (const name of ['G01', 'G05']) {
      const g = groups.find((x) => x.group === name)!;
      expectLikeStatsmodels(g.adjusted, model(`group ${name}`));
      expect(g.adjusted.factors.map((f) => f.name)).toEqual(['level', 'seniority', 'senioritySquared', 'partTime']);
      expect(g.flagged).toBe(model(`group ${name}`).gapPercent >= 5);
    }
    expect(groups.find((g) => g.group === 'G05')!.flagged).toBe(true);
    expect(groups.every((g) => g.adjusted.accountingSet === null)).toBe(true);
  });
});

describe('adjustedGap: what cannot be estimated, and bad input', () => {
  it('one sex only', () => {
    const a = adjustedGap(records(times(4, { sex: 'female', pay: 40_000 })), base);
    expect([a.status, a.reason, a.coefficient, a.n]).toEqual(['not-estimable', 'one-sex-only', null, 4]);
  });

  it('too few persons for the factors', () => {
    const a = adjustedGap(
      records([
        { sex: 'female', pay: 40_000, level: 'A' },
        { sex: 'male', pay: 50_000, level: 'B' },
        { sex: 'male', pay: 52_000, level: 'C' },
      ]),
      base,
    );
    expect([a.status, a.reason]).toEqual(['not-estimable', 'too-few-persons']);
  });

  it("a person missing a value of the caller's column is left out and counted", () => {
    const partial = Object.fromEntries(Object.entries(score).slice(0, 1000));
    const a = adjustedGap(payroll, { ...base, factors: ['level', { column: 'score', type: 'numeric' }], columns: { score: { ...partial, P1001: null } } });
    expect(a.excluded.missingValue).toEqual({ score: expected.population.women + expected.population.men - a.n });
    expect(a.n).toBe(1000); // P0001 … P1000 are all in the population
  });

  it('a reference category of the caller (and an unknown one refused, naming the path)', () => {
    const a = adjustedGap(payroll, { ...base, references: { level: 'L6' } });
    expect(a.factors[0]).toMatchObject({ reference: 'L6' });
    expect(a.coefficient).toBeCloseTo(model('default').coefficient, 10); // b does not depend on the reference
    expect(() => adjustedGap(payroll, { ...base, references: { level: 'L9' } })).toThrow(z.ZodError);
    try {
      adjustedGap(payroll, { ...base, references: { seniority: 'x' } });
    } catch (e) {
      expect((e as z.ZodError).issues[0]!.path).toEqual(['references', 'seniority']);
    }
  });

  it('a numeric column with text, or a factor without its column, is refused with its path', () => {
    const bad = (o: AnalysisOptions): readonly PropertyKey[] => {
      try {
        adjustedGap(payroll, o);
      } catch (e) {
        return (e as z.ZodError).issues[0]!.path;
      }
      return [];
    };
    expect(bad({ ...base, factors: [{ column: 'score', type: 'numeric' }], columns: { score: { P0001: 'high' } } })).toEqual(['columns', 'score']);
    expect(bad({ ...base, factors: [{ column: 'score', type: 'numeric' }] })).toEqual(['factors', 0, 'column']);
    expect(bad({ ...base, factors: ['level', 'level'] })).toEqual(['factors', 1]);
    expect(bad({ statistics: { year: 2025, fiscalYearEnd: '13-01' } })).toEqual(['statistics', 'fiscalYearEnd']);
  });
});

describe('the accounting set (EXP-3, internal): the smallest set of employees accounting for the gap over the threshold', () => {
  const threshold = 2; // the fixture's adjusted gap is 3.6 %
  const a = adjustedGap(payroll, { ...base, threshold });
  const set = a.accountingSet!;

  it('women whose pay is below the prediction, largest contribution first, just enough to reach the target', () => {
    expect(set.adjust).toBe('women');
    expect(set.targetCoefficient).toBeCloseTo(Math.log(0.98), 15);
    expect(set.reached).toBe(true);
    expect(set.employees.every((e) => e.sex === 'female' && Number(e.payChange) > 0)).toBe(true);
    const gains = set.employees.map((e) => e.contribution);
    expect([...gains].sort((x, y) => y - x)).toEqual(gains);
    const all = gains.reduce((s, g) => s + g, 0);
    expect(a.coefficient! + all).toBeGreaterThanOrEqual(set.targetCoefficient);
    expect(a.coefficient! + all - gains.at(-1)!).toBeLessThan(set.targetCoefficient); // minimal: one fewer is not enough
    expect(set.employees[0]!.employeeIds).toEqual([set.employees[0]!.personKey]);
  });

  it('paying them what the model predicts brings the adjusted gap down to the threshold', () => {
    const change = new Map(set.employees.map((e) => [e.personKey, Number(e.payChange)]));
    const raised: Employee[] = payroll.map((r) => {
      const add = change.get(r.employeeId);
      if (add === undefined) return r;
      // the FTE change at the person's position percent, in øre
      return EmployeeSchema.parse({
        ...r,
        pay: {
          ...r.pay,
          basePay: (Math.round(r.pay.basePay + (add * 100 * r.positionPercent!) / 100) / 100).toFixed(2),
          fixedAllowances: (r.pay.fixedAllowances / 100).toFixed(2),
          irregularAllowances: '0',
          bonus: (r.pay.bonus / 100).toFixed(2),
          overtime: (r.pay.overtime / 100).toFixed(2),
          benefitsInKind: '0',
        },
      });
    });
    const after = adjustedGap(raised, { ...base, threshold });
    expect(after.gapPercent!).toBeLessThanOrEqual(threshold + 1e-3);
    expect(after.gapPercent!).toBeGreaterThan(threshold - 0.05);
    expect(after.accountingSet === null || after.accountingSet.employees.length <= 1).toBe(true);
  });

  it('none below the threshold, none when not asked for; men lowered only with `all`', () => {
    expect(adjustedGap(payroll, base).accountingSet).toBeNull();
    expect(adjustedGap(payroll, { ...base, threshold, accountingSet: 'none' }).accountingSet).toBeNull();
    const all = adjustedGap(payroll, { ...base, threshold, accountingSet: 'all' }).accountingSet!;
    expect(all.employees.length).toBeLessThanOrEqual(set.employees.length);
    expect(all.employees.some((e) => e.sex === 'male' && Number(e.payChange) < 0)).toBe(true);
  });
});
