import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LikestillingInputError } from '../../src/_lib/input.js';
import { publish } from '../../src/anonymisation/publish.js';
import { parseEmployeesCsv } from '../../src/io/csv/index.js';
import { assessDuties } from '../../src/rules/assessDuties.js';
import { RULES_2020_01_01, RULES_VERSIONS, RulesVersionSchema, rulesForYear, rulesInForce, type RulesVersion } from '../../src/rules/versions/index.js';
import { planYear } from '../../src/schedule/planYear.js';
import { computeMapping } from '../../src/statistics/index.js';
import { assessPayTransparencyDuty, EU_PAY_TRANSPARENCY_SCHEDULE } from '../../src/transparency/index.js';

/** A law that is not in force: from 2027 the full duty from 31 employees, the statement adopted within 5 months, pay figures from 3 persons, the directive's 100–149 band from 2028. */
const NEXT: RulesVersion = RulesVersionSchema.parse({
  ...RULES_2020_01_01,
  id: '2027-01-01',
  validFrom: '2027-01-01',
  title: 'a test law',
  coverage: { ...RULES_2020_01_01.coverage, fullDutyAbove: 30 },
  deadlines: { ...RULES_2020_01_01.deadlines, adoptionMonths: 5 },
  publicationPolicy: { ...RULES_2020_01_01.publicationPolicy, payMinPersons: 3 },
  payTransparency: {
    ...RULES_2020_01_01.payTransparency,
    bands: RULES_2020_01_01.payTransparency.bands.map((b) => (b.minWorkers === 100 ? { ...b, firstReportYear: 2028 } : b)),
  },
});
const BOTH = [RULES_2020_01_01, NEXT];

describe('the rules as versioned data (issue 20)', () => {
  it('every result names the version it used: 2020-01-01 by default', () => {
    expect(assessDuties({ sector: 'private' }, 2025, { headcount: 51 }).rulesVersion).toBe('2020-01-01');
    expect(planYear({ year: 2025 }).rulesVersion).toBe('2020-01-01');
    expect(assessPayTransparencyDuty({ workers: 300, year: 2028 }).rulesVersion).toBe('2020-01-01');
    expect(assessPayTransparencyDuty({ workers: 300, year: 2028 }, { schedule: EU_PAY_TRANSPARENCY_SCHEDULE }).rulesVersion).toBeNull();
    expect(RULES_VERSIONS.map((v) => v.id)).toEqual(['2020-01-01']);
  });

  it('COV-3: a lower threshold in a new version changes the answer from its valid-from date on, not before, with no code change', () => {
    // 40 employees, private, no demand: COV-5 under the 2020 rules, COV-3 under the test law
    const before = assessDuties({ sector: 'private' }, 2026, { headcount: 40, rules: BOTH });
    const after = assessDuties({ sector: 'private' }, 2027, { headcount: 40, rules: BOTH });
    expect([before.statement, before.category, before.rulesVersion, before.options.fullDutyAbove]).toEqual([false, 'private-20-50', '2020-01-01', 50]);
    expect([after.statement, after.category, after.rulesVersion, after.options.fullDutyAbove]).toEqual([true, 'private-over-50', '2027-01-01', 30]);
    expect(after.basis[3]?.figures.threshold).toBe('> 30');
    expect(after.subject.en).toBe('A private employer with more than 30 employees (40)');
    // the default list knows no such law
    expect(assessDuties({ sector: 'private' }, 2027, { headcount: 40 }).statement).toBe(false);
  });

  it('a financial year is judged by the version in force on its last day (DEF-REF)', () => {
    // year 2027 ending 30 June 2027 ends after 1 January 2027; year 2026 ending 30 June 2026 before it
    expect(assessDuties({ sector: 'private', fiscalYearEnd: '06-30' }, 2027, { headcount: 40, rules: BOTH }).statement).toBe(true);
    expect(assessDuties({ sector: 'private', fiscalYearEnd: '06-30' }, 2026, { headcount: 40, rules: BOTH }).statement).toBe(false);
    expect(rulesForYear(2026, '12-31', BOTH).id).toBe('2020-01-01');
    expect(rulesInForce('2027-01-01', BOTH).id).toBe('2027-01-01');
    expect(rulesInForce('2026-12-31', BOTH).id).toBe('2020-01-01');
  });

  it('STM-5: the deadlines of the new version from its year on', () => {
    expect(planYear({ year: 2026, rules: BOTH }).adoptionDeadline).toBe('2027-06-30');
    const plan = planYear({ year: 2027, rules: BOTH });
    expect([plan.adoptionDeadline, plan.filingDeadline, plan.rulesVersion]).toEqual(['2028-05-31', '2028-07-31', '2027-01-01']);
  });

  it('TRN-6: the schedule of the version in force in the reporting year', () => {
    expect(assessPayTransparencyDuty({ workers: 120, year: 2028 }, { rules: BOTH }).reportDue).toBe(true);
    expect(assessPayTransparencyDuty({ workers: 120, year: 2026 }, { rules: BOTH }).nextReportYear).toBe(2031);
  });

  it('ANON-2: the publication policy defaults of the version in force for the mapping’s year', async () => {
    const rows = ['employeeId,gender,positionPercent,startDate,basePay'];
    for (let i = 0; i < 4; i++) rows.push(`W${i},female,100,2020-01-01,${50000 + i * 100}`);
    for (let i = 0; i < 6; i++) rows.push(`M${i},male,100,2020-01-01,${51000 + i * 100}`);
    const { records } = parseEmployeesCsv(rows.join('\n'));
    const women = async (year: number) => {
      const published = await publish(computeMapping(records, { year }), undefined, { rules: BOTH });
      return [published.pay.total.women.mean, published.policy.payMinPersons, published.rulesVersion];
    };
    expect(await women(2026)).toEqual([null, 5, '2020-01-01']);
    expect(await women(2027)).toEqual(['50150.00', 3, '2027-01-01']);
  });

  it('refuses a malformed version with the path of the problem', () => {
    const bad = { ...RULES_2020_01_01, validFrom: '1 January 2027' };
    expect(() => assessDuties({ sector: 'private' }, 2025, { headcount: 5, rules: [bad] })).toThrow(LikestillingInputError);
    try {
      planYear({ year: 2025, rules: [bad] });
    } catch (error) {
      expect((error as LikestillingInputError).issues[0]?.path).toEqual(['rules', 0, 'validFrom']);
    }
  });

  it('the JSON copy shipped for other implementations is the data', () => {
    for (const v of RULES_VERSIONS) {
      const copy = JSON.parse(readFileSync(new URL(`../../vectors/rules/${v.id}.json`, import.meta.url), 'utf8')) as unknown;
      expect(copy, 'vectors/rules is out of date: npm run vectors:update').toEqual(JSON.parse(JSON.stringify(v)));
    }
  });
});
