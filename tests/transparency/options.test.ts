/** The definitions as options (TRN-1…TRN-5): defaults stated, invalid input refused with its path. */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { EmployeeSchema } from '../../src/models/employee.js';
import {
  computePayTransparency,
  hourlyPayGap,
  jointPayAssessment,
  payGapPercent,
  preparePayTransparency,
  resolveTransparencyOptions,
  TransparencyOptionsSchema,
  type TransparencyPopulation,
} from '../../src/transparency/index.js';

describe('TransparencyOptionsSchema', () => {
  it("resolves the issue's defaults, every one stated", () => {
    expect(TransparencyOptionsSchema.parse({ year: 2026 })).toEqual({
      year: 2026,
      referenceDate: '2026-12-31',
      includeKinds: ['ordinary', 'maritime'],
      mergePersons: true,
      payComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'],
      basicComponents: ['basePay'],
      variableComponents: ['fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'],
      variableRecipient: 'variable-pay-above-zero',
      fullTimeHoursPerWeek: 37.5,
      monthsPerYear: 12,
      weeksPerYear: 52,
      quartileTies: 'spread',
      categoryBy: 'jobGroup',
      moneyRounding: 'half-up',
      gapDecimals: 1,
      gapRounding: 'half-away-from-zero',
      percentDecimals: 1,
      percentRounding: 'half-up',
      jointAssessmentThresholdPercent: 5,
      reportDate: '2027-06-07',
      remedyMonths: 6,
      remedyDeadline: '2027-12-07',
      categoryAssessments: {},
    });
  });

  it('a resolved object resolves to itself (a result can be recomputed with its options)', () => {
    const o = resolveTransparencyOptions({
      year: 2026,
      variableComponents: ['bonus'],
      reportDate: '2027-08-31',
      categoryAssessments: { B: { remedyDate: '2028-01-15' }, A: { justification: 'x' } },
    });
    expect(o.remedyDeadline).toBe('2028-02-29'); // 31 August + 6 months, clamped to February's length
    expect(Object.keys(o.categoryAssessments)).toEqual(['A', 'B']);
    expect(resolveTransparencyOptions(o)).toEqual(o);
    expect(computePayTransparency([], o).options).toEqual(o);
  });

  it('refuses invalid options with a ZodError naming the path', () => {
    const cases: [unknown, (string | number)[]][] = [
      [{}, ['year']],
      [{ year: 2026, variableComponents: ['bonus', 'overtime'], payComponents: ['basePay', 'bonus'] }, ['variableComponents', 1]],
      [{ year: 2026, fullTimeHoursPerWeek: 0 }, ['fullTimeHoursPerWeek']],
      [{ year: 2026, jointAssessmentThresholdPercent: 5.001 }, ['jointAssessmentThresholdPercent']],
      [{ year: 2026, quartileTies: 'random' }, ['quartileTies']],
      [{ year: 2026, categoryAssessments: { A: { remedyDate: '2027-13-01' } } }, ['categoryAssessments', 'A', 'remedyDate']],
      [{ year: 2026, unknownOption: true }, []],
    ];
    for (const [input, path] of cases) {
      const r = TransparencyOptionsSchema.safeParse(input);
      expect(r.success, JSON.stringify(input)).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(path);
    }
    expect(() => computePayTransparency([], { year: 2026, monthsPerYear: 13 } as never)).toThrow(ZodError);
  });

  it("a record's invalid fullTimeHoursPerWeek (records not parsed) is refused with its index, never a crash", () => {
    const ok = EmployeeSchema.parse({ employeeId: 'E1', gender: 'female', startDate: '2020-01-01', positionPercent: 100 });
    const bad = { ...ok, fullTimeHoursPerWeek: -3 };
    try {
      preparePayTransparency([ok, bad], { year: 2026 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZodError);
      expect((e as ZodError).issues[0]?.path).toEqual([1, 'fullTimeHoursPerWeek']);
    }
  });

  it('a computer given anything but a prepared population throws a TypeError naming the function', () => {
    expect(() => hourlyPayGap({} as TransparencyPopulation)).toThrow(/hourlyPayGap: expected the population from preparePayTransparency/);
  });
});

describe('jointPayAssessment (TRN-5)', () => {
  const gap = (numerator: bigint, denominator = 1n) => ({ numerator, denominator });
  it('compares the unrounded gap: 4.99… % is below 5 %, −5 % is at it', () => {
    expect(jointPayAssessment({ key: 'A', meanGapPercent: gap(4999n, 1000n) }, { year: 2026 })).toMatchObject({
      triggered: false,
      required: false,
      reason: 'gap-below-threshold',
      meanGapPercent: '5.0',
    });
    expect(jointPayAssessment({ key: 'A', meanGapPercent: gap(-5n) }, { year: 2026 })).toMatchObject({
      triggered: true,
      required: true,
      reason: 'gap-at-or-above-threshold',
      meanGapPercent: '-5.0',
    });
  });
  it('justified, remedied by the deadline or not, no gap, no category', () => {
    const o = {
      year: 2026,
      categoryAssessments: { J: { justification: 'job evaluation scores' }, R: { remedyDate: '2027-12-07' }, L: { remedyDate: '2027-12-08' } },
    };
    expect(jointPayAssessment({ key: 'J', meanGapPercent: gap(10n) }, o).reason).toBe('justified');
    expect(jointPayAssessment({ key: 'R', meanGapPercent: gap(10n) }, o).reason).toBe('remedied-within-deadline');
    expect(jointPayAssessment({ key: 'L', meanGapPercent: gap(10n) }, o)).toMatchObject({ required: true, reason: 'remedy-after-deadline' });
    expect(jointPayAssessment({ key: 'X', meanGapPercent: null }, o)).toMatchObject({ required: false, reason: 'gap-not-computable', meanGapPercent: null });
    expect(jointPayAssessment({ key: null, meanGapPercent: gap(50n) }, o)).toMatchObject({ triggered: true, required: false, reason: 'not-a-category' });
    expect(() => jointPayAssessment({ key: 'A', meanGapPercent: gap(1n, 0n) }, o)).toThrow(TypeError);
  });
});

describe('payGapPercent (TRN-2)', () => {
  it('(men − women) / men × 100, rounded once half away from zero', () => {
    expect(payGapPercent('62680', '55280')).toBe('11.8');
    expect(payGapPercent('400', '409')).toBe('-2.3');
    expect(payGapPercent('400', '391')).toBe('2.3');
    expect(payGapPercent(100, '100.00')).toBe('0.0');
    expect(payGapPercent('0', '5')).toBeNull();
    expect(payGapPercent('3', '1', 3)).toBe('66.667');
    expect(() => payGapPercent('1e3', '1')).toThrow(RangeError);
  });
});
