import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fiscalYearBounds, fiscalYearLastDay, fiscalYearOf, isMonthEndYearEnd, LikestillingInputError, monthEndDates, monthsAfterYearEnd } from '../index.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ALL_YEAR_ENDS = DAYS.flatMap((n, m) => Array.from({ length: n }, (_, d) => `${String(m + 1).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`));

describe('financial year calendar', () => {
  it('agrees with the statistics fiscalYearBounds for every MM-DD and years around leap years', () => {
    for (const fye of ALL_YEAR_ENDS) {
      for (const year of [2023, 2024, 2025, 2100]) expect(fiscalYearLastDay(year, fye)).toBe(fiscalYearBounds(year, fye).last);
    }
  });

  it('knows month-end year ends (02-29 = last day of February; 02-28 literal)', () => {
    expect(['01-31', '02-29', '04-30', '06-30', '12-31'].map(isMonthEndYearEnd)).toEqual([true, true, true, true, true]);
    expect(['02-28', '06-15', '12-30'].map(isMonthEndYearEnd)).toEqual([false, false, false]);
    expect(() => isMonthEndYearEnd('13-01')).toThrow(LikestillingInputError);
    expect(() => isMonthEndYearEnd('04-31')).toThrow(LikestillingInputError);
  });

  it('places dates in financial years', () => {
    expect(fiscalYearOf('2025-12-31')).toBe(2025);
    expect(fiscalYearOf('2025-01-01')).toBe(2025);
    expect(fiscalYearOf('2024-06-30', '06-30')).toBe(2024);
    expect(fiscalYearOf('2024-07-01', '06-30')).toBe(2025);
    expect(() => fiscalYearOf('2024-7-1')).toThrow(LikestillingInputError);
  });

  it('lists 12 month-end count dates ending on the last day of the year', () => {
    expect(monthEndDates(2025)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
    ]);
    expect(monthEndDates(2024, '02-29')[11]).toBe('2024-02-29');
    expect(monthEndDates(2024, '02-29')[0]).toBe('2023-03-31');
    expect(monthEndDates(2025, '06-15')).toEqual([
      '2024-07-15',
      '2024-08-15',
      '2024-09-15',
      '2024-10-15',
      '2024-11-15',
      '2024-12-15',
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
      '2025-04-15',
      '2025-05-15',
      '2025-06-15',
    ]);
  });

  it('property: count dates are increasing, inside the financial year, the last one its last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), fc.constantFrom(...ALL_YEAR_ENDS), (year, fye) => {
        const dates = monthEndDates(year, fye);
        const { start, last } = fiscalYearBounds(year, fye);
        expect(dates).toHaveLength(12);
        expect(dates[11]).toBe(last);
        for (let i = 1; i < 12; i++) expect((dates[i - 1] ?? '') < (dates[i] ?? '')).toBe(true);
        expect((dates[0] ?? '') >= start).toBe(true);
        expect(fiscalYearOf(start, fye)).toBe(year);
        expect(fiscalYearOf(last, fye)).toBe(year);
        // deadlines: 6 months then 7 months after, in the right calendar months
        const adopt = monthsAfterYearEnd(year, 6, fye);
        const file = monthsAfterYearEnd(year, 7, fye);
        expect(adopt > last && file > adopt).toBe(true);
      }),
    );
  });
});
