import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { averageHeadcount, EmployeeSchema, type Employee, type EmployeeInput } from '../index.js';

const rec = (input: Partial<EmployeeInput> & { employeeId: string }): Employee => EmployeeSchema.parse({ gender: 'female', startDate: '2020-01-01', ...input });

describe('averageHeadcount (COV-6)', () => {
  it('[default] means the 12 month-end headcounts of the calendar year (worked by hand)', () => {
    // A: whole year → 12 month-ends. B: starts 2025-07-01 → Jul…Dec = 6. C: ends 2025-03-31 → Jan, Feb, Mar = 3.
    // D: ends 2025-03-30 → Jan, Feb = 2. E: starts 2025-12-31 → Dec = 1. Sum 24, mean 2.
    const records = [
      rec({ employeeId: 'A' }),
      rec({ employeeId: 'B', startDate: '2025-07-01' }),
      rec({ employeeId: 'C', endDate: '2025-03-31' }),
      rec({ employeeId: 'D', endDate: '2025-03-30' }),
      rec({ employeeId: 'E', startDate: '2025-12-31' }),
    ];
    const hc = averageHeadcount(records, 2025);
    expect(hc.dates.map((d) => d.persons)).toEqual([3, 3, 2, 1, 1, 1, 2, 2, 2, 2, 2, 3]);
    expect(hc.dates[1]?.date).toBe('2025-02-28');
    expect(hc.sum).toBe(24);
    expect(hc.average).toBe(2);
    expect(hc).toMatchObject({ method: 'month-end-mean', source: 'computed', fiscalYearStart: '2025-01-01', fiscalYearLast: '2025-12-31', records: 5 });
    expect(hc.excluded).toEqual({ 'employment-kind-excluded': 0, 'not-active-on-count-dates': 0 });
  });

  it('counts persons, not employments or FTE; temporary and part-time staff count', () => {
    const records = [
      rec({ employeeId: 'A1', personId: 'P1', positionPercent: 50 }),
      rec({ employeeId: 'A2', personId: 'P1', positionPercent: 50 }),
      rec({ employeeId: 'B', contract: 'temporary', positionPercent: 20 }),
    ];
    expect(averageHeadcount(records, 2025).average).toBe(2);
  });

  it('leaves out freelancers by default and counts the exclusion with its reason', () => {
    const records = [
      rec({ employeeId: 'A' }),
      rec({ employeeId: 'M', employmentKind: 'maritime' }),
      rec({ employeeId: 'F', employmentKind: 'freelance' }),
      rec({ employeeId: 'OLD', endDate: '2024-12-31' }),
    ];
    const hc = averageHeadcount(records, 2025);
    expect(hc.average).toBe(2);
    expect(hc.includeKinds).toEqual(['ordinary', 'maritime']);
    expect(hc.excluded).toEqual({ 'employment-kind-excluded': 1, 'not-active-on-count-dates': 1 });
    expect(averageHeadcount(records, 2025, { includeKinds: ['ordinary', 'maritime', 'freelance'] }).average).toBe(3);
  });

  it('option: a reference-date count (default the last day of the financial year)', () => {
    const records = [rec({ employeeId: 'A' }), rec({ employeeId: 'C', endDate: '2025-03-31' })];
    const hc = averageHeadcount(records, 2025, { method: 'reference-date' });
    expect(hc.dates).toEqual([{ date: '2025-12-31', persons: 1 }]);
    expect(hc.average).toBe(1);
    expect(hc.description).toContain('2025-12-31');
    expect(averageHeadcount(records, 2025, { method: 'reference-date', referenceDate: '2025-03-31' }).average).toBe(2);
  });

  it('follows a financial year ending 30 June (July of the year before to June)', () => {
    const records = [rec({ employeeId: 'A', startDate: '2024-07-01', endDate: '2024-12-31' })];
    const hc = averageHeadcount(records, 2025, { fiscalYearEnd: '06-30' });
    expect(hc.dates[0]?.date).toBe('2024-07-31');
    expect(hc.dates[11]?.date).toBe('2025-06-30');
    expect(hc.sum).toBe(6);
    expect(hc.average).toBe(0.5);
  });

  it('property: the mean lies between the smallest and largest month-end count and never exceeds the persons', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const arb = fc.array(fc.tuple(day, fc.option(day), fc.integer({ min: 0, max: 5 })), { maxLength: 40 });
    fc.assert(
      fc.property(arb, (rows) => {
        const records = rows.map(([a, b, p], i) => {
          const [start, end] = b !== null && b < a ? [b, a] : [a, b];
          return rec({ employeeId: `E${i}`, personId: `P${p}`, startDate: start, endDate: end });
        });
        const hc = averageHeadcount(records, 2025);
        const counts = hc.dates.map((d) => d.persons);
        expect(hc.average).toBeGreaterThanOrEqual(Math.min(...counts));
        expect(hc.average).toBeLessThanOrEqual(Math.max(...counts));
        expect(Math.max(...counts)).toBeLessThanOrEqual(new Set(records.map((r) => r.personId)).size);
        expect(hc.sum).toBe(counts.reduce((s, c) => s + c, 0));
      }),
    );
  });
});
