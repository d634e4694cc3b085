/** Hand-made payrolls for the publication and rendering tests. */
import type { EmployeeInput } from '../../src/models/employee.js';

/** A full-time person at `hourly` NOK an hour (monthly = hourly × 1 950 / 12 = hourly × 162.5) in `group`, with a monthly bonus. */
export const fullTimePerson = (id: string, gender: 'female' | 'male', group: string, hourly: number, bonus = 0): EmployeeInput => ({
  employeeId: id,
  gender,
  positionPercent: 100,
  startDate: '2020-01-01',
  jobGroup: group,
  pay: { basePay: hourly * 162.5, bonus },
});
