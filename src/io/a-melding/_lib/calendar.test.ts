import { describe, expect, it } from 'vitest';
import { financialYearOfDate } from '../../../_lib/dates.js';
import { financialYear } from './calendar.js';

describe("financialYear, the a-melding importer's year (DEF-REF)", () => {
  it('a calendar financial year has the 12 months', () => {
    const f = financialYear(2025, '12-31');
    expect([f.start, f.last]).toEqual(['2025-01-01', '2025-12-31']);
    expect(f.months).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
  });
  it('a year ending 30 June is named by the year it ends in', () => {
    const f = financialYear(2025, '06-30');
    expect([f.start, f.last, f.months[0], f.months.at(-1), f.months.length]).toEqual(['2024-07-01', '2025-06-30', '2024-07', '2025-06', 12]);
    expect(financialYearOfDate('2024-07-01', '06-30')).toBe(2025);
    expect(financialYearOfDate('2025-06-30', '06-30')).toBe(2025);
  });
  it('02-29 means the last day of February (as the statistics read it)', () => {
    expect(financialYear(2025, '02-29').last).toBe('2025-02-28');
    expect(financialYear(2024, '02-29').last).toBe('2024-02-29');
    expect(financialYear(2025, '02-29').start).toBe('2024-03-01');
  });
  it('a year ending mid-month overlaps 13 months', () => {
    expect(financialYear(2025, '06-15').months).toHaveLength(13);
  });
});
