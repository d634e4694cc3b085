import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  assessDuties,
  assessAuthorityDuty,
  averageHeadcount,
  describeDuties,
  LikestillingInputError,
  DEMANDING_PARTIES,
  DUTIES,
  EmployeeSchema,
  EmployerSchema,
  type DemandingParty,
  type DutyAssessment,
  type Sector,
} from '../index.js';

type Row = readonly [fourStep: boolean, biennial: boolean, statement: boolean, documentation: boolean];
const FULL: Row = [true, true, true, false];
const DOC: Row = [false, false, false, true];

/** ARP.md §2's duty table, written out row by row (COV-2 … COV-5). */
function tableRow(sector: Sector, headcount: number, demand: DemandingParty | null): Row {
  if (sector === 'public') return FULL; // public, any size
  if (headcount >= 51) return FULL; // private ≥ 51 (more than 50)
  if (headcount >= 20 && headcount <= 50) return demand !== null ? FULL : DOC; // 20–50 inclusive
  return DOC; // < 20
}

const HEADCOUNTS = [0, 19, 20, 21, 49, 50, 51, 52, 10_000] as const;
const DEMANDS = [null, ...DEMANDING_PARTIES] as const;
const YEARS = [2020, 2021, 2024, 2025, 2030] as const;
const SECTORS_ = ['public', 'private'] as const;

function row(a: DutyAssessment): Row {
  return [a.fourStepMethod, a.biennialMapping, a.statement, a.documentationDuty];
}

describe('assessDuties: the duty table of ARP.md §2 (sector × headcount × demand × year)', () => {
  const cases = SECTORS_.flatMap((sector) => HEADCOUNTS.flatMap((h) => DEMANDS.flatMap((d) => YEARS.map((y) => [sector, h, d, y] as const))));
  it.each(cases)('%s, headcount %d, demand %s, year %d', (sector, headcount, demand, year) => {
    const a = assessDuties({ sector, demands: demand === null ? [] : [{ party: demand, financialYear: year }] }, year, { headcount });
    expect(row(a)).toEqual(tableRow(sector, headcount, demand));
    expect(a.generalDuty).toBe(true); // COV-1
    expect(a.year).toBe(year);
    expect(a.basis.map((b) => b.duty)).toEqual([...DUTIES]);
    for (const line of a.basis) {
      expect(line.paragraph).toMatch(/^LDL § 2[46]/);
      expect(line.rule).toMatch(/^COV-\d$/);
      const threshold = sector === 'public' ? null : headcount > 50 ? '> 50' : headcount >= 20 ? '20–50' : '< 20';
      expect(line.figures).toEqual({ sector, headcount, threshold, demand });
      expect(line.reason.en.length).toBeGreaterThan(10);
      expect(line.reason.nb.length).toBeGreaterThan(10);
    }
    const applies = Object.fromEntries(a.basis.map((b) => [b.duty, b.applies]));
    expect(applies).toEqual({
      'general-duty': true,
      'four-step-method': a.fourStepMethod,
      'biennial-mapping': a.biennialMapping,
      statement: a.statement,
      'documentation-duty': a.documentationDuty,
    });
  });

  it('names the row, rule and threshold at the boundaries 19/20/50/51', () => {
    const at = (headcount: number, demanded = false) =>
      assessDuties({ sector: 'private', demands: demanded ? [{ party: 'employer', financialYear: 2025 }] : [] }, 2025, { headcount });
    expect([at(19).category, at(19).basis[1]?.rule, at(19).basis[1]?.figures.threshold]).toEqual(['private-under-20', 'COV-5', '< 20']);
    expect([at(20).category, at(20).basis[1]?.rule, at(20).basis[1]?.figures.threshold]).toEqual(['private-20-50', 'COV-5', '20–50']);
    expect([at(20, true).category, at(20, true).basis[1]?.rule]).toEqual(['private-20-50-demanded', 'COV-4']);
    expect([at(50, true).category, at(50, true).basis[1]?.rule]).toEqual(['private-20-50-demanded', 'COV-4']);
    expect([at(50).category, at(50).statement]).toEqual(['private-20-50', false]);
    expect([at(51).category, at(51).basis[1]?.rule, at(51).basis[1]?.figures.threshold]).toEqual(['private-over-50', 'COV-3', '> 50']);
    const pub = assessDuties({ sector: 'public' }, 2025);
    expect([pub.category, pub.basis[1]?.rule, pub.basis[1]?.figures.threshold, pub.headcount.source]).toEqual(['public', 'COV-2', null, 'not-needed']);
  });

  it('compares an average unrounded: 50.08 is more than 50, 19.99 is less than 20 (COV-3, COV-6)', () => {
    expect(assessDuties({ sector: 'private' }, 2025, { headcount: 601 / 12 }).category).toBe('private-over-50');
    expect(assessDuties({ sector: 'private' }, 2025, { headcount: 50 }).category).toBe('private-20-50');
    expect(assessDuties({ sector: 'private' }, 2025, { headcount: 19.99 }).category).toBe('private-under-20');
  });
});

describe('assessDuties: headcount sources (COV-6)', () => {
  it('uses the employer headcount fact for the year, and says so', () => {
    const employer = EmployerSchema.parse({
      organisationNumber: '974760673',
      name: 'AS',
      sector: 'private',
      headcounts: [
        { financialYear: 2024, averageHeadcount: 18 },
        { financialYear: 2025, averageHeadcount: 55, source: 'HR, 12 month-ends' },
      ],
    });
    const a = assessDuties(employer, 2025);
    expect(a.headcount).toEqual({ value: 55, source: 'given', method: 'HR, 12 month-ends' });
    expect(a.statement).toBe(true);
    expect(assessDuties(employer, 2024).statement).toBe(false);
  });

  it('prefers options.headcount over the fact, and accepts an averageHeadcount result', () => {
    const records = Array.from({ length: 21 }, (_, i) =>
      EmployeeSchema.parse({ employeeId: `E${i}`, gender: i % 2 ? 'male' : 'female', startDate: '2020-01-01' }),
    );
    const hc = averageHeadcount(records, 2025);
    const a = assessDuties({ sector: 'private', headcounts: [{ financialYear: 2025, averageHeadcount: 5 }] }, 2025, { headcount: hc });
    expect(a.headcount.value).toBe(21);
    expect(a.headcount.source).toBe('computed');
    expect(a.headcount.method).toContain('12 month-end');
    expect(a.category).toBe('private-20-50');
  });

  it('reports a missing or bad headcount as data in a LikestillingInputError (COV-6)', () => {
    const err = (() => {
      try {
        assessDuties({ sector: 'private' }, 2025);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(LikestillingInputError);
    expect((err as LikestillingInputError).issues).toEqual([
      expect.objectContaining({ code: 'required', severity: 'error', path: ['employer', 'headcounts'] }),
    ]);
    expect(() => assessDuties({ sector: 'private' }, 2025, { headcount: -1 })).toThrow(LikestillingInputError);
    expect(() => assessDuties({ sector: 'private' }, 2025, { headcount: Number.NaN })).toThrow(LikestillingInputError);
    const records = [EmployeeSchema.parse({ employeeId: 'E', gender: 'female', startDate: '2020-01-01' })];
    expect(() => assessDuties({ sector: 'private' }, 2025, { headcount: averageHeadcount(records, 2024) })).toThrow(/financial year 2025/);
    expect(() => assessDuties({ sector: 'private', fiscalYearEnd: '06-30' }, 2025, { headcount: averageHeadcount(records, 2025) })).toThrow(/fiscalYearEnd/);
    expect(
      assessDuties({ sector: 'private', fiscalYearEnd: '06-30' }, 2025, { headcount: averageHeadcount(records, 2025, { fiscalYearEnd: '06-30' }) }).headcount
        .value,
    ).toBe(1);
    expect(() =>
      assessDuties(
        {
          sector: 'private',
          headcounts: [
            { financialYear: 2025, averageHeadcount: 3 },
            { financialYear: 2025, averageHeadcount: 4 },
          ],
        },
        2025,
      ),
    ).toThrow(LikestillingInputError);
  });

  it('refuses years before the 2020 rules', () => {
    expect(() => assessDuties({ sector: 'public' }, 2019)).toThrow(LikestillingInputError);
    expect(() => assessDuties({ sector: 'public' }, 2025.5)).toThrow(LikestillingInputError);
  });
});

describe('assessDuties: demands (COV-4)', () => {
  it('places a dated demand in the financial year containing the date', () => {
    const employer = { sector: 'private' as const, fiscalYearEnd: '06-30', demands: [{ party: 'employee-majority' as const, date: '2024-09-15' }] };
    expect(assessDuties(employer, 2024, { headcount: 30 }).statement).toBe(false);
    const a = assessDuties(employer, 2025, { headcount: 30 });
    expect(a.statement).toBe(true);
    expect(a.demand).toEqual({ party: 'employee-majority', financialYear: 2025 });
    expect(a.basis[3]?.figures.demand).toBe('employee-majority');
  });

  it('[default] from-year-onwards: a demand holds in later years; that-year-only limits it', () => {
    const employer = { sector: 'private' as const, demands: [{ party: 'employer' as const, financialYear: 2023 }] };
    expect(assessDuties(employer, 2025, { headcount: 30 }).statement).toBe(true);
    expect(assessDuties(employer, 2025, { headcount: 30 }).options.demandScope).toBe('from-year-onwards');
    expect(assessDuties(employer, 2025, { headcount: 30, demandScope: 'that-year-only' }).statement).toBe(false);
    expect(assessDuties(employer, 2023, { headcount: 30, demandScope: 'that-year-only' }).statement).toBe(true);
    expect(assessDuties(employer, 2022, { headcount: 30 }).demand).toBeNull();
  });

  it('refuses a demand with neither a financial year nor a date (COV-4)', () => {
    expect(() => assessDuties({ sector: 'private', demands: [{ party: 'employer' }] }, 2025, { headcount: 30 })).toThrow(LikestillingInputError);
  });

  it('records the earliest demand in force when several were made', () => {
    const a = assessDuties(
      {
        sector: 'private',
        demands: [
          { party: 'employee-majority', financialYear: 2024 },
          { party: 'employee-representatives', financialYear: 2022 },
        ],
      },
      2025,
      { headcount: 40 },
    );
    expect(a.demand).toEqual({ party: 'employee-representatives', financialYear: 2022 });
  });
});

describe('assessAuthorityDuty (COV-8, § 24)', () => {
  it('is a separate, optional assessment that adds age', () => {
    expect(assessDuties({ sector: 'public' }, 2025).authorityDuty).toBeNull();
    const a = assessDuties({ sector: 'public' }, 2025, { includeAuthorityDuty: true });
    expect(a.authorityDuty).toMatchObject({ applies: true, determinedBy: 'assumed-from-sector', paragraph: 'LDL § 24', rule: 'COV-8' });
    expect(a.authorityDuty?.grounds).toContain('age');
    expect(assessAuthorityDuty({ sector: 'private' })).toMatchObject({ applies: false, determinedBy: 'assumed-from-sector' });
    expect(assessAuthorityDuty({ sector: 'private', exercisesPublicAuthority: true })).toMatchObject({ applies: true, determinedBy: 'stated' });
    expect(assessAuthorityDuty({ sector: 'public', exercisesPublicAuthority: false })).toMatchObject({ applies: false, determinedBy: 'stated' });
  });
});

describe('assessDuties: properties', () => {
  const rank = (a: DutyAssessment) => [a.fourStepMethod, a.biennialMapping, a.statement].filter(Boolean).length;
  it('duties never shrink as headcount grows, for the same sector, demand and year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SECTORS_),
        fc.constantFrom(...DEMANDS),
        fc.integer({ min: 2020, max: 2040 }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (sector, demand, year, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const facts = { sector, demands: demand === null ? [] : [{ party: demand, financialYear: year }] };
          const a = assessDuties(facts, year, { headcount: lo });
          const b = assessDuties(facts, year, { headcount: hi });
          expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
          if (a.statement) expect(b.statement).toBe(true);
          // the documentation duty is replaced by the statement, never lost without it
          expect(b.statement || b.documentationDuty).toBe(true);
        },
      ),
    );
  });

  it('a demand never removes a duty, and the three statement-duty columns always agree', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECTORS_), fc.constantFrom(...DEMANDING_PARTIES), fc.double({ min: 0, max: 1000, noNaN: true }), (sector, party, h) => {
        const without = assessDuties({ sector }, 2025, { headcount: h });
        const withDemand = assessDuties({ sector, demands: [{ party, financialYear: 2025 }] }, 2025, { headcount: h });
        expect(rank(withDemand)).toBeGreaterThanOrEqual(rank(without));
        for (const a of [without, withDemand]) {
          expect(a.fourStepMethod).toBe(a.statement);
          expect(a.biennialMapping).toBe(a.statement);
          expect(a.documentationDuty).toBe(!a.statement);
        }
      }),
    );
  });

  it('[default] from-year-onwards: with the same headcount, duties never shrink from one year to the next', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEMANDING_PARTIES),
        fc.integer({ min: 2020, max: 2040 }),
        fc.integer({ min: 2020, max: 2040 }),
        fc.integer({ min: 0, max: 100 }),
        (party, demandYear, year, h) => {
          const facts = { sector: 'private' as const, demands: [{ party, financialYear: demandYear }] };
          const a = assessDuties(facts, year, { headcount: h });
          const b = assessDuties(facts, year + 1, { headcount: h });
          expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
        },
      ),
    );
  });

  it('does not mutate its input', () => {
    const employer = Object.freeze({
      sector: 'private' as const,
      demands: Object.freeze([Object.freeze({ party: 'employer' as const, financialYear: 2025 })]),
    });
    expect(() => assessDuties(employer, 2025, { headcount: 30 })).not.toThrow();
  });
});

describe('describeDuties', () => {
  it('writes one sentence in English and bokmål', () => {
    const a = assessDuties({ sector: 'private', demands: [{ party: 'employee-representatives', financialYear: 2025 }] }, 2025, { headcount: 35 });
    expect(describeDuties(a)).toBe(
      'In financial year 2025, a private employer with 20–50 employees (35) where the employee representatives demanded it has the general activity duty, the four-step method, the biennial mappings of pay and involuntary part-time and the annual equality statement (LDL §§ 26, 26 a; COV-1, COV-4).',
    );
    const small = assessDuties({ sector: 'private' }, 2025, { headcount: 12 });
    expect(describeDuties(small, 'nb')).toBe(
      'I regnskapsåret 2025 har en privat virksomhet med færre enn 20 ansatte (12) den generelle aktivitetsplikten og dokumentasjonsplikten, men ikke den lovbestemte metoden i fire trinn, kartleggingen av lønn og ufrivillig deltid annethvert år eller den årlige redegjørelsen (LDL §§ 26, 26 a; COV-1, COV-5).',
    );
  });
});
