/** Random payrolls for the pay-transparency tests: merges, ties, part-time, own full-time hours, every exclusion. */
import fc from 'fast-check';
import { EmployeeSchema, type Employee, type EmployeeInput } from '../../src/models/employee.js';
import type { TransparencyOptions } from '../../src/transparency/index.js';

const PERCENTS = [null, 0, 20, 33.33, 50, 66.67, 80, 100, 100, 100, 100, 120] as const;
const DATES = ['2015-05-01', '2026-01-01', '2026-12-31', '2027-02-01'] as const;
/** Amounts from a small set make ties in hourly pay frequent (øre); others are anywhere in a range. */
const amount = (max: number, zeroWeight = 2): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.constant(0), weight: zeroWeight },
    { arbitrary: fc.constantFrom(1_625_000, 3_250_000, 812_500, 162_500, 1_950_000), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max }), weight: 3 },
  );

/** One employment record (input). */
export const transparencyRecord = (persons = 30): fc.Arbitrary<EmployeeInput> =>
  fc
    .record({
      person: fc.integer({ min: 0, max: persons }),
      sub: fc.integer({ min: 0, max: 2 }),
      gender: fc.constantFrom('female', 'female', 'female', 'male', 'male', 'male', 'other', 'unknown'),
      kind: fc.constantFrom('ordinary', 'ordinary', 'ordinary', 'ordinary', 'maritime', 'freelance'),
      contract: fc.constantFrom('permanent', 'permanent', 'temporary'),
      pct: fc.constantFrom(...PERCENTS),
      start: fc.constantFrom(...DATES),
      end: fc.constantFrom(null, null, null, null, '2026-06-30', '2026-12-31', '2027-12-31'),
      group: fc.constantFrom(null, 'G1', 'G1', 'G2', 'G10', ' G2 '),
      level: fc.constantFrom(null, 'L1', 'L2'),
      hours: fc.constantFrom(null, null, null, null, 37.5, 40, 35.5, 33.6),
      base: amount(9_000_000, 1),
      fixed: amount(400_000),
      irregular: amount(300_000),
      bonus: amount(2_000_000, 4),
      overtime: fc.oneof({ arbitrary: amount(500_000, 4), weight: 9 }, { arbitrary: fc.integer({ min: -200_000, max: -1 }), weight: 1 }),
      benefits: amount(900_000, 5),
    })
    .map((r): EmployeeInput => ({
      employeeId: `p${r.person}-${r.sub}`,
      personId: `p${r.person}`,
      gender: r.gender as EmployeeInput['gender'],
      employmentKind: r.kind as 'ordinary',
      contract: r.contract as 'permanent',
      positionPercent: r.pct,
      fullTimeHoursPerWeek: r.hours,
      startDate: r.start,
      endDate: r.end !== null && r.end >= r.start ? r.end : null,
      jobGroup: r.group,
      jobLevel: r.level,
      pay: {
        basePay: r.base / 100,
        fixedAllowances: r.fixed / 100,
        irregularAllowances: r.irregular / 100,
        bonus: r.bonus / 100,
        overtime: r.overtime / 100,
        benefitsInKind: r.benefits / 100,
      },
    }));

/** A parsed payroll of up to `maxLength` records (any length up to it, not only short ones). */
export const transparencyPayroll = (maxLength = 60, persons = 30): fc.Arbitrary<Employee[]> =>
  fc.array(transparencyRecord(persons), { maxLength, size: 'max' }).map((rows) => rows.map((r) => EmployeeSchema.parse(r)));

/** Options that vary every definition the reference models. */
export const transparencyOptions: fc.Arbitrary<TransparencyOptions> = fc.record({
  year: fc.constant(2026),
  mergePersons: fc.boolean(),
  quartileTies: fc.constantFrom('spread' as const, 'sort-order' as const),
  categoryBy: fc.constantFrom('jobGroup' as const, 'jobLevel' as const),
  fullTimeHoursPerWeek: fc.constantFrom(37.5, 40, 37.5),
  variableComponents: fc
    .constantFrom(['fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'] as const, ['bonus', 'overtime'] as const, [] as const)
    .map((x) => [...x]),
  payComponents: fc.constantFrom(['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'] as const).map((x) => [...x]),
  jointAssessmentThresholdPercent: fc.constantFrom(5, 2.5, 12),
  categoryAssessments: fc.constantFrom({}, { G1: { justification: 'job evaluation' } }, { G2: { remedyDate: '2027-09-01' }, L1: { remedyDate: '2028-09-01' } }),
});
