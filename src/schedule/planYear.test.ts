import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planYear, describePlan, assessDuties, LikestillingInputError, ANNUAL_FIGURES, BIENNIAL_FIGURES } from '../index.js';

describe('planYear: biennial figures (ACT-4, STM-6)', () => {
  it('calendar year 2025 after a mapping in 2024: reuse, no new mapping', () => {
    const p = planYear({ year: 2025, lastMappingYear: 2024 });
    expect(p.biennialMappingRequired).toBe(false);
    expect(p.mayReuseMappingFrom).toBe(2024);
    expect(p.dueFigures.filter((f) => f.frequency === 'biennial').every((f) => f.reusedFrom === 2024)).toBe(true);
    expect(p.basis.map((b) => b.rule)).toContain('STM-6');
  });

  it('a mapping two years back, or none at all, makes the mapping due (at least every second year)', () => {
    expect(planYear({ year: 2025, lastMappingYear: 2023 })).toMatchObject({ biennialMappingRequired: true, mayReuseMappingFrom: null });
    expect(planYear({ year: 2025, lastMappingYear: 2019 })).toMatchObject({ biennialMappingRequired: true, mayReuseMappingFrom: null });
    expect(planYear({ year: 2025 })).toMatchObject({ biennialMappingRequired: true, mayReuseMappingFrom: null, lastMappingYear: null });
    expect(planYear({ year: 2025, lastMappingYear: null }).biennialMappingRequired).toBe(true);
  });

  it('a mapping made in the planned year itself: the year is a mapping year', () => {
    expect(planYear({ year: 2025, lastMappingYear: 2025 })).toMatchObject({ biennialMappingRequired: true, mayReuseMappingFrom: null });
  });

  it('first biennial mapping for 2021 at the latest: not due in 2020, due in 2021', () => {
    expect(planYear({ year: 2020 })).toMatchObject({ biennialMappingRequired: false, mayReuseMappingFrom: null });
    expect(planYear({ year: 2020 }).dueFigures.map((f) => f.id)).toEqual([...ANNUAL_FIGURES]);
    expect(planYear({ year: 2021 })).toMatchObject({ biennialMappingRequired: true });
    expect(planYear({ year: 2021, lastMappingYear: 2020 })).toMatchObject({ biennialMappingRequired: false, mayReuseMappingFrom: 2020 });
  });

  it('lists STAT-A every year and STAT-B when mapped or reused', () => {
    expect(planYear({ year: 2025, lastMappingYear: 2023 }).dueFigures.map((f) => f.id)).toEqual([...ANNUAL_FIGURES, ...BIENNIAL_FIGURES]);
    expect(planYear({ year: 2025, lastMappingYear: 2023 }).dueFigures.every((f) => f.reusedFrom === null)).toBe(true);
  });

  it('property: following the plan, the biennial figures are never missing two years in a row from 2021 (ACT-4)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2024 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (start, voluntary) => {
        let last: number | null = null;
        const mapped: number[] = [];
        voluntary.forEach((extra, i) => {
          const year = start + i;
          const plan = planYear({ year, lastMappingYear: last });
          // every statement has biennial figures from this year or last year, once they are due
          if (year >= 2021) expect(plan.biennialMappingRequired || (plan.mayReuseMappingFrom !== null && year - plan.mayReuseMappingFrom <= 1)).toBe(true);
          if (plan.biennialMappingRequired || extra) {
            mapped.push(year);
            last = year;
          }
        });
        for (let y = Math.max(start, 2021) + 1; y < start + voluntary.length; y++) {
          expect(mapped.includes(y) || mapped.includes(y - 1)).toBe(true);
        }
      }),
    );
  });
});

describe('planYear: deadlines (STM-5)', () => {
  it('calendar year: adopted by 30 June, filed by 31 July of the next year', () => {
    const p = planYear({ year: 2025, lastMappingYear: 2024 });
    expect([p.fiscalYearStart, p.fiscalYearLast, p.referenceDate]).toEqual(['2025-01-01', '2025-12-31', '2025-12-31']);
    expect([p.adoptionDeadline, p.filingDeadline]).toEqual(['2026-06-30', '2026-07-31']);
  });

  it('year ending 30 June 2025: 31 December 2025 and 31 January 2026 (month-end rule)', () => {
    const p = planYear({ year: 2025, lastMappingYear: 2024, fiscalYearEnd: '06-30' });
    expect([p.fiscalYearStart, p.fiscalYearLast]).toEqual(['2024-07-01', '2025-06-30']);
    expect([p.adoptionDeadline, p.filingDeadline]).toEqual(['2025-12-31', '2026-01-31']);
  });

  it('other year ends: month ends stay month ends, leap years included', () => {
    const at = (year: number, fye: string) => {
      const p = planYear({ year, fiscalYearEnd: fye });
      return [p.fiscalYearStart, p.fiscalYearLast, p.adoptionDeadline, p.filingDeadline];
    };
    expect(at(2025, '08-31')).toEqual(['2024-09-01', '2025-08-31', '2026-02-28', '2026-03-31']);
    expect(at(2027, '08-31')).toEqual(['2026-09-01', '2027-08-31', '2028-02-29', '2028-03-31']);
    expect(at(2025, '09-30')).toEqual(['2024-10-01', '2025-09-30', '2026-03-31', '2026-04-30']);
    expect(at(2024, '02-28')).toEqual(['2023-03-01', '2024-02-28', '2024-08-28', '2024-09-28']);
    expect(at(2024, '02-29')).toEqual(['2023-03-01', '2024-02-29', '2024-08-31', '2024-09-30']);
    expect(at(2025, '02-29')).toEqual(['2024-03-01', '2025-02-28', '2025-08-31', '2025-09-30']);
    expect(at(2025, '03-31')).toEqual(['2024-04-01', '2025-03-31', '2025-09-30', '2025-10-31']);
    // not a month end: the same day of month
    expect(at(2025, '06-15')).toEqual(['2024-06-16', '2025-06-15', '2025-12-15', '2026-01-15']);
  });

  it('deadline months are options stated in the result', () => {
    const p = planYear({ year: 2025, adoptionMonths: 5, filingMonths: 8 });
    expect([p.adoptionDeadline, p.filingDeadline]).toEqual(['2026-05-31', '2026-08-31']);
    expect(p.options).toEqual({ adoptionMonths: 5, filingMonths: 8, firstMappingYear: 2021 });
  });
});

describe('planYear: steps, duties and bad input', () => {
  it('puts the four steps (ACT-3 a–d) inside the financial year', () => {
    const p = planYear({ year: 2025, fiscalYearEnd: '06-30' });
    expect(p.steps.map((s) => s.letter)).toEqual(['a', 'b', 'c', 'd']);
    expect(p.steps.every((s) => s.from === '2024-07-01' && s.to === '2025-06-30')).toBe(true);
  });

  it('an employer with only the documentation duty (COV-5) has nothing to map or publish', () => {
    const duties = assessDuties({ sector: 'private' }, 2025, { headcount: 12 });
    const p = planYear({ year: 2025, duties });
    expect(p).toMatchObject({ statementRequired: false, biennialMappingRequired: false, mayReuseMappingFrom: null, dueFigures: [], steps: [] });
    expect(p.basis[0]?.rule).toBe('COV-5');
    const full = planYear({ year: 2025, duties: assessDuties({ sector: 'public' }, 2025) });
    expect(full.statementRequired).toBe(true);
  });

  it('refuses bad input with the input error, one issue per bad path', () => {
    const diag = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof LikestillingInputError) return e.issues.map((d) => d.path.join('.'));
      }
      return [];
    };
    expect(diag(() => planYear({ year: 2019 }))).toEqual(['year']);
    expect(diag(() => planYear({ year: 2025, lastMappingYear: 2026 }))).toEqual(['lastMappingYear']);
    expect(diag(() => planYear({ year: 2025, fiscalYearEnd: '02-30' }))).toEqual(['fiscalYearEnd']);
    expect(diag(() => planYear({ year: 2025, fiscalYearEnd: '6-30' }))).toEqual(['fiscalYearEnd']);
    expect(diag(() => planYear({ year: 2025, duties: assessDuties({ sector: 'public' }, 2024) }))).toEqual(['duties.year']);
    expect(diag(() => planYear({ year: 2025, adoptionMonths: -1 }))).toEqual(['adoptionMonths']);
  });
});

describe('describePlan', () => {
  it('writes the plan as text in English and bokmål', () => {
    expect(describePlan(planYear({ year: 2025, lastMappingYear: 2024, fiscalYearEnd: '06-30' }))).toBe(
      'Financial year 2025 (2024-07-01 – 2025-06-30): no new mapping of pay and involuntary part-time is required; the figures mapped in 2024 may be reused (STM-6). The statement, with the annual report, is adopted by 2025-12-31 and filed by 2026-01-31 (STM-5).',
    );
    expect(describePlan(planYear({ year: 2025 }), 'nb')).toBe(
      'Regnskapsåret 2025 (2025-01-01 – 2025-12-31): lønn fordelt på kjønn og ufrivillig deltid skal kartlegges (ACT-4). Redegjørelsen med årsberetningen vedtas innen 2026-06-30 og sendes inn innen 2026-07-31 (STM-5).',
    );
    expect(describePlan(planYear({ year: 2020 }))).toContain('first for 2021 at the latest');
  });
});
