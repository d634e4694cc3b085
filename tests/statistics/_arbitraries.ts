import fc from 'fast-check';
import { EmployeeSchema, type Employee, type EmployeeInput } from '../../src/models/employee.js';

const PERCENTS = [null, 0, 20, 33.33, 50, 66.67, 80, 99.99, 100, 100, 100, 120, 12.5] as const;
const UNITS = [null, 'A', 'A/X', 'A/X/1', 'A/Y', 'B', 'B/Z'] as const;
const LEVELS = [null, 'L1', 'L2', 'L10'] as const;
const DATES = ['2019-05-01', '2025-01-01', '2025-03-15', '2025-12-31', '2026-02-01'] as const;

/** Random employment records (parsed), with repeated person ids so persons merge. */
export const employeeInput = (opts: { persons?: number } = {}): fc.Arbitrary<EmployeeInput> =>
  fc
    .record({
      person: fc.integer({ min: 0, max: opts.persons ?? 40 }),
      sub: fc.integer({ min: 0, max: 3 }),
      gender: fc.constantFrom('female', 'female', 'male', 'male', 'other', 'unknown'),
      kind: fc.constantFrom('ordinary', 'ordinary', 'ordinary', 'maritime', 'freelance'),
      contract: fc.constantFrom('permanent', 'permanent', 'temporary'),
      pct: fc.constantFrom(...PERCENTS),
      start: fc.constantFrom(...DATES),
      endOffset: fc.constantFrom(null, null, null, '2025-06-30', '2025-12-31', '2026-12-31'),
      unit: fc.constantFrom(...UNITS),
      level: fc.constantFrom(...LEVELS),
      group: fc.constantFrom(null, 'G1', 'G2'),
      base: fc.integer({ min: 0, max: 12_000_000 }),
      fixed: fc.integer({ min: 0, max: 500_000 }),
      irregular: fc.integer({ min: 0, max: 300_000 }),
      bonus: fc.integer({ min: 0, max: 1_000_000 }),
      weeks: fc.option(fc.constantFrom(0, 1.5, 6, 10.25, 49), { nil: null }),
      periods: fc.array(
        fc.record({
          startDate: fc.constantFrom('2024-11-20', '2025-02-01', '2025-07-10', '2025-12-20'),
          days: fc.integer({ min: 0, max: 90 }),
          percent: fc.constantFrom(100, 50, 80, 33.33),
        }),
        { maxLength: 2 },
      ),
      inv: fc.constantFrom(null, true, false),
    })
    .map((r): EmployeeInput => {
      const end = r.endOffset !== null && r.endOffset >= r.start ? r.endOffset : null;
      return {
        employeeId: `p${r.person}-${r.sub}`,
        personId: `p${r.person}`,
        gender: r.gender as EmployeeInput['gender'],
        employmentKind: r.kind as 'ordinary',
        contract: r.contract as 'permanent',
        positionPercent: r.pct,
        startDate: r.start,
        endDate: end,
        unit: r.unit,
        jobLevel: r.level,
        jobGroup: r.group,
        pay: { basePay: r.base / 100, fixedAllowances: r.fixed / 100, irregularAllowances: r.irregular / 100, bonus: r.bonus / 100 },
        parentalLeaveWeeks: r.weeks,
        parentalLeavePeriods: r.periods.map((p) => ({
          startDate: p.startDate,
          endDate: addDays(p.startDate, p.days),
          percent: p.percent,
        })),
        involuntaryPartTime: r.inv,
      };
    });

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/** Random payrolls, parsed. */
export const payroll = (maxLength = 60, opts: { persons?: number } = {}): fc.Arbitrary<Employee[]> =>
  fc.array(employeeInput(opts), { maxLength }).map((rows) => rows.map((r) => EmployeeSchema.parse(r)));
