/** fast-check arbitraries: small random payrolls with levels, groups and a unit tree. */
import fc from 'fast-check';
import type { EmployeeInput } from '../../src/models/employee.js';

const UNITS = ['Dir', 'Dir/East', 'Dir/East/U1', 'Dir/East/U2', 'Dir/West', 'Dir/West/U3', null] as const;
const LEVELS = ['L1', 'L2', 'L3', 'L4', null] as const;
const GROUPS = ['G1', 'G2', null] as const;

/** One employee record (input form), active on 2025-12-31. */
export const employeeArb = (i: number): fc.Arbitrary<EmployeeInput> =>
  fc
    .record({
      gender: fc.constantFrom('female', 'male', 'female', 'male', 'other'),
      contract: fc.constantFrom('permanent', 'permanent', 'temporary'),
      positionPercent: fc.constantFrom(100, 100, 100, 80, 50, 0),
      unit: fc.constantFrom(...UNITS),
      jobLevel: fc.constantFrom(...LEVELS),
      jobGroup: fc.constantFrom(...GROUPS),
      basePay: fc.integer({ min: 30_000, max: 90_000 }),
      fixed: fc.integer({ min: 0, max: 5_000 }),
      leave: fc.constantFrom(null, null, null, 4, 10, 20),
      involuntary: fc.constantFrom(null, true, false),
    })
    .map((r) => ({
      employeeId: `E${i}`,
      gender: r.gender as EmployeeInput['gender'],
      contract: r.contract as EmployeeInput['contract'],
      positionPercent: r.positionPercent,
      startDate: '2020-01-01',
      unit: r.unit,
      jobLevel: r.jobLevel,
      jobGroup: r.jobGroup,
      pay: { basePay: r.basePay, fixedAllowances: r.fixed },
      parentalLeaveWeeks: r.leave,
      involuntaryPartTime: r.positionPercent < 100 ? r.involuntary : null,
    }));

/** A payroll of `min`…`max` records. */
export const payrollArb = (min = 1, max = 60): fc.Arbitrary<EmployeeInput[]> =>
  fc.integer({ min, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => employeeArb(i))));
