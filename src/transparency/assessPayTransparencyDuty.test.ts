/** Who reports when (TRN-6, Directive (EU) 2023/970 Art. 9(2)–(5)), by hand; the schedule is data. */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { assessPayTransparencyDuty, EU_PAY_TRANSPARENCY_SCHEDULE, type ReportingSchedule } from './index.js';

describe('assessPayTransparencyDuty', () => {
  it('250 or more: every year from 2027, on the year before (Art. 9(2))', () => {
    expect(assessPayTransparencyDuty({ workers: 250, year: 2026 })).toMatchObject({ reportDue: false, nextReportYear: 2027, frequency: 'yearly' });
    expect(assessPayTransparencyDuty({ workers: 250, year: 2027 })).toEqual({
      reportDue: true,
      frequency: 'yearly',
      year: 2027,
      referenceYear: 2026,
      dueDate: '2027-06-07',
      nextReportYear: 2027,
      band: EU_PAY_TRANSPARENCY_SCHEDULE.bands[0],
      workers: 250,
      legalBasis: 'Directive (EU) 2023/970 Art. 9(2)',
      jurisdiction: 'EU',
      source: EU_PAY_TRANSPARENCY_SCHEDULE.source,
      rule: 'TRN-6',
      rulesVersion: '2020-01-01',
    });
    expect(assessPayTransparencyDuty({ workers: 5000, year: 2033 })).toMatchObject({ reportDue: true, referenceYear: 2032 });
  });

  it('150–249: 2027, then every third year (Art. 9(3))', () => {
    expect([2027, 2028, 2029, 2030, 2033].map((year) => assessPayTransparencyDuty({ workers: 249, year }).reportDue)).toEqual([true, false, false, true, true]);
    expect(assessPayTransparencyDuty({ workers: 150, year: 2028 })).toMatchObject({
      reportDue: false,
      referenceYear: null,
      dueDate: null,
      nextReportYear: 2030,
      frequency: 'every-3-years',
      legalBasis: 'Directive (EU) 2023/970 Art. 9(3)',
    });
  });

  it('100–149: 2031, then every third year (Art. 9(4))', () => {
    expect([2027, 2030, 2031, 2032, 2034].map((year) => assessPayTransparencyDuty({ workers: 100, year }).reportDue)).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(assessPayTransparencyDuty({ workers: 149, year: 2027 }).nextReportYear).toBe(2031);
  });

  it('below 100: no duty (member states may add one, Art. 9(5))', () => {
    expect(assessPayTransparencyDuty({ workers: 99, year: 2031 })).toMatchObject({
      reportDue: false,
      frequency: null,
      band: null,
      nextReportYear: null,
      legalBasis: 'Directive (EU) 2023/970 Art. 9(5)',
    });
  });

  it('a national implementation replaces the schedule (same shape)', () => {
    const national: ReportingSchedule = {
      jurisdiction: 'NO',
      source: 'a national act (example)',
      dueMonthDay: '03-31',
      referenceYearOffset: 1,
      bands: [{ minWorkers: 50, maxWorkers: null, firstReportYear: 2028, everyYears: 2, legalBasis: '§ 1' }],
      belowBands: { legalBasis: '§ 2', note: 'none' },
    };
    expect(assessPayTransparencyDuty({ workers: 60, year: 2030 }, { schedule: national })).toMatchObject({
      reportDue: true,
      dueDate: '2030-03-31',
      frequency: 'every-2-years',
      jurisdiction: 'NO',
      legalBasis: '§ 1',
    });
    expect(assessPayTransparencyDuty({ workers: 60, year: 2031 }, { schedule: national }).nextReportYear).toBe(2032);
  });

  it('refuses bad input and overlapping bands with a ZodError naming the path', () => {
    for (const [input, path] of [
      [{ workers: -1, year: 2027 }, ['workers']],
      [{ workers: 1.5, year: 2027 }, ['workers']],
      [{ workers: 10, year: 'x' }, ['year']],
    ] as const) {
      try {
        assessPayTransparencyDuty(input as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ZodError);
        expect((e as ZodError).issues[0]?.path).toEqual(path);
      }
    }
    const overlapping = {
      ...EU_PAY_TRANSPARENCY_SCHEDULE,
      bands: [...EU_PAY_TRANSPARENCY_SCHEDULE.bands, { minWorkers: 200, maxWorkers: 300, firstReportYear: 2027, everyYears: 1, legalBasis: 'x' }],
    };
    expect(() => assessPayTransparencyDuty({ workers: 10, year: 2027 }, { schedule: overlapping })).toThrow(/overlaps/);
  });
});
