import { describe, it, expect } from 'vitest';
import { EmployerSchema, FiscalYearEndSchema, DemandSchema, SECTORS, DEMANDING_PARTIES } from '../index.js';

const base = { organisationNumber: '974760673', name: 'Eksempeletaten', sector: 'public' } as const;

describe('EmployerSchema', () => {
  it('fills defaults: calendar year, no facts, no demands, authority not stated, no units', () => {
    expect(EmployerSchema.parse(base)).toEqual({
      ...base,
      fiscalYearEnd: '12-31',
      headcounts: [],
      demands: [],
      exercisesPublicAuthority: null,
      units: [],
    });
    expect(SECTORS).toEqual(['public', 'private']);
    expect(DEMANDING_PARTIES).toEqual(['employer', 'employee-representatives', 'employee-majority']);
  });

  it('validates the organisation number (mod 11)', () => {
    const r = EmployerSchema.safeParse({ ...base, organisationNumber: '974760674' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['organisationNumber']);
    expect(EmployerSchema.safeParse({ ...base, organisationNumber: '97476067' }).success).toBe(false);
  });

  it('refuses unknown fields, bad sectors and negative headcounts', () => {
    expect(EmployerSchema.safeParse({ ...base, employees: 3 }).success).toBe(false);
    expect(EmployerSchema.safeParse({ ...base, sector: 'municipal' }).success).toBe(false);
    expect(EmployerSchema.safeParse({ ...base, headcounts: [{ financialYear: 2025, averageHeadcount: -1 }] }).success).toBe(false);
    expect(EmployerSchema.safeParse({ ...base, headcounts: [{ financialYear: 2025.5, averageHeadcount: 1 }] }).success).toBe(false);
  });

  it('accepts a demand with a date, a financial year or both, but not neither', () => {
    expect(DemandSchema.safeParse({ party: 'employer', date: '2025-02-01' }).success).toBe(true);
    expect(DemandSchema.safeParse({ party: 'employee-majority', financialYear: 2025 }).success).toBe(true);
    const neither = DemandSchema.safeParse({ party: 'employer' });
    expect(neither.success).toBe(false);
    expect(neither.error?.issues[0]?.path).toEqual(['financialYear']);
    expect(DemandSchema.safeParse({ party: 'union', financialYear: 2025 }).success).toBe(false);
    expect(DemandSchema.safeParse({ party: 'employer', date: '2025-02-30' }).success).toBe(false);
  });

  it('accepts real MM-DD year ends only', () => {
    for (const ok of ['12-31', '06-30', '02-29', '01-01']) expect(FiscalYearEndSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['02-30', '13-01', '00-10', '6-30', '06-31', '2025-06-30', '']) expect(FiscalYearEndSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses two headcount facts for the same financial year', () => {
    const r = EmployerSchema.safeParse({
      ...base,
      headcounts: [
        { financialYear: 2025, averageHeadcount: 30 },
        { financialYear: 2024, averageHeadcount: 30 },
        { financialYear: 2025, averageHeadcount: 31 },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['headcounts', 2, 'financialYear']]);
  });

  it('holds the unit tree below the entity', () => {
    const e = EmployerSchema.parse({ ...base, units: [{ name: 'Directorate', children: [{ name: 'Region East' }] }] });
    expect(e.units[0]?.children[0]).toEqual({ name: 'Region East', children: [] });
  });
});
