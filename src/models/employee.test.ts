/** The canonical record's full-time weekly hours (TRN-1): optional, nullable, exact to two decimals. */
import { describe, expect, it } from 'vitest';
import { EmployeeSchema } from './employee.js';

const base = { employeeId: 'E1', gender: 'female', startDate: '2020-01-01' } as const;

describe('EmployeeSchema.fullTimeHoursPerWeek (TRN-1)', () => {
  it('is optional: absent stays absent, null is kept (the transparency options then give 37.5)', () => {
    expect('fullTimeHoursPerWeek' in EmployeeSchema.parse(base)).toBe(false);
    expect(EmployeeSchema.parse({ ...base, fullTimeHoursPerWeek: null }).fullTimeHoursPerWeek).toBeNull();
  });

  it('accepts hours above 0 up to 168 with at most two decimals', () => {
    expect(EmployeeSchema.parse({ ...base, fullTimeHoursPerWeek: 37.5 }).fullTimeHoursPerWeek).toBe(37.5);
    expect(EmployeeSchema.parse({ ...base, fullTimeHoursPerWeek: 33.55 }).fullTimeHoursPerWeek).toBe(33.55);
    expect(EmployeeSchema.parse({ ...base, fullTimeHoursPerWeek: 168 }).fullTimeHoursPerWeek).toBe(168);
  });

  it('refuses 0, negative, above 168, three decimals and text, naming the field', () => {
    for (const bad of [0, -1, 168.01, 37.555, '37.5', Number.NaN]) {
      const r = EmployeeSchema.safeParse({ ...base, fullTimeHoursPerWeek: bad });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['fullTimeHoursPerWeek']);
    }
  });
});
