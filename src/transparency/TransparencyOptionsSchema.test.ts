/** The definitions as options (TRN-1…TRN-5): defaults stated, invalid input refused with its path. */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { EmployeeSchema } from '../models/employee.js';
import { computePayTransparency } from './computePayTransparency.js';
import { hourlyPayGap } from './hourlyPayGap.js';
import { preparePayTransparency, type TransparencyPopulation } from './preparePayTransparency.js';
import { resolveTransparencyOptions, TransparencyOptionsSchema } from './TransparencyOptionsSchema.js';

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
    expect(() => computePayTransparency([], { year: 2026, monthsPerYear: 13 })).toThrow(ZodError);
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
