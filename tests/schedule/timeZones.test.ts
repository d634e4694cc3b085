import { describe, it, expect, afterAll } from 'vitest';
import { planYear, fiscalYearBounds, fiscalYearOf, monthEndDates, monthsAfterYearEnd, averageHeadcount, EmployeeSchema } from '../../src/index.js';

/**
 * The schedule never depends on the process time zone: the same answers under UTC, UTC+14
 * (Pacific/Kiritimati, the earliest zone), UTC−8/−7 with DST (America/Los_Angeles) and a zone
 * whose DST switch happened at midnight (America/Sao_Paulo until 2019, America/Santiago).
 * Node re-reads `process.env.TZ` when it is assigned; each case proves the zone took effect.
 */
const ZONES = [
  { tz: 'UTC', janOffset: 0 },
  { tz: 'Pacific/Kiritimati', janOffset: -840 },
  { tz: 'America/Los_Angeles', janOffset: 480 },
  { tz: 'America/Santiago', janOffset: 180 },
] as const;

const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

function battery(): unknown {
  const ends = ['12-31', '06-30', '02-28', '02-29', '08-31', '06-15', '03-31'];
  const records = [
    EmployeeSchema.parse({ employeeId: 'A', gender: 'female', startDate: '2025-03-31', endDate: '2025-03-31' }),
    EmployeeSchema.parse({ employeeId: 'B', gender: 'male', startDate: '2025-11-01' }),
  ];
  return {
    plans: [2024, 2025, 2028].flatMap((year) =>
      ends.map((fye) => {
        const p = planYear({ year, lastMappingYear: year - 1, fiscalYearEnd: fye });
        return [p.fiscalYearStart, p.fiscalYearLast, p.adoptionDeadline, p.filingDeadline, p.steps[0]?.from];
      }),
    ),
    bounds: ends.map((fye) => fiscalYearBounds(2024, fye)),
    of: ['2024-06-30', '2024-07-01', '2024-12-31', '2025-01-01', '2024-02-29'].map((d) => fiscalYearOf(d, '06-30')),
    monthEnds: monthEndDates(2025, '12-31').concat(monthEndDates(2024, '02-29')),
    after: [-12, -1, 0, 1, 6, 7, 13].map((m) => monthsAfterYearEnd(2025, m, '08-31')),
    headcount: averageHeadcount(records, 2025).dates.map((d) => d.persons),
  };
}

const EXPECTED_SAMPLE = {
  calendar2025: ['2025-01-01', '2025-12-31', '2026-06-30', '2026-07-31', '2025-01-01'],
  june2025: ['2024-07-01', '2025-06-30', '2025-12-31', '2026-01-31', '2024-07-01'],
  feb2028: ['2027-03-01', '2028-02-28', '2028-08-28', '2028-09-28', '2027-03-01'],
  of: [2024, 2025, 2025, 2025, 2024],
  after: ['2024-08-31', '2025-07-31', '2025-08-31', '2025-09-30', '2026-02-28', '2026-03-31', '2026-09-30'],
  headcount: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1],
};

describe('schedule under several process time zones', () => {
  const results = new Map<string, unknown>();
  for (const { tz, janOffset } of ZONES) {
    it(`gives the expected dates under TZ=${tz}`, () => {
      process.env['TZ'] = tz;
      expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(janOffset); // the zone is really in effect
      const b = battery() as { plans: unknown[][]; of: number[]; after: string[]; headcount: number[] };
      expect(b.plans[7]).toEqual(EXPECTED_SAMPLE.calendar2025);
      expect(b.plans[8]).toEqual(EXPECTED_SAMPLE.june2025);
      expect(b.plans[16]).toEqual(EXPECTED_SAMPLE.feb2028);
      expect(b.of).toEqual(EXPECTED_SAMPLE.of);
      expect(b.after).toEqual(EXPECTED_SAMPLE.after);
      expect(b.headcount).toEqual(EXPECTED_SAMPLE.headcount);
      results.set(tz, b);
    });
  }
  it('gives identical results in every zone', () => {
    const [first, ...rest] = [...results.values()];
    expect(results.size).toBe(ZONES.length);
    for (const r of rest) expect(r).toEqual(first);
  });
});
