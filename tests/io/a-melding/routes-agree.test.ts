/**
 * Issue 5: the a-melding route and the CSV route give identical reports for the same people.
 * The people are the generator's truth (what the a-melding files encode, ARP.md §7), written once
 * as a-melding XML + an HR file and once as the canonical employee CSV (issue 3).
 */
import { describe, expect, it } from 'vitest';
import { formatOre } from '../../../src/_lib/money.js';
import { readAMelding, type HrRecordInput } from '../../../src/io/a-melding/index.js';
import { parseEmployeesCsv } from '../../../src/io/csv/index.js';
import { computeMapping } from '../../../src/statistics/index.js';
import { generateYear, type TrueEmployment } from './generator.js';

const HEADER = [
  'employeeId',
  'personId',
  'gender',
  'employmentKind',
  'contract',
  'positionPercent',
  'startDate',
  'endDate',
  'unit',
  'jobLevel',
  'jobGroup',
  'occupationCode',
  'basePay',
  'fixedAllowances',
  'irregularAllowances',
  'bonus',
  'overtime',
  'benefitsInKind',
  'parentalLeaveWeeks',
  'involuntaryPartTime',
];

/** DEF-PL: Σ days inside the year × percent / 100 / 7 — chosen in the generator to be exact. */
function leaveWeeks(t: TrueEmployment): string {
  let tenths = 0;
  for (const p of t.parentalLeavePeriods) {
    const days = (Date.parse(p.endDate) - Date.parse(p.startDate)) / 86_400_000 + 1;
    tenths += (days * p.percent) / 70; // weeks × 10
  }
  return t.parentalLeavePeriods.length === 0 ? '' : String(tenths / 10);
}

const involuntary = (t: TrueEmployment): boolean | null =>
  t.positionPercent !== null && t.positionPercent > 0 && t.positionPercent < 100 ? Number(t.arbeidsforholdId.slice(2)) % 2 === 0 : null;

function csvOf(truth: readonly TrueEmployment[]): string {
  const rows = truth.map((t) =>
    [
      t.arbeidsforholdId,
      `P-${t.arbeidsforholdId}`,
      t.sex,
      t.kind,
      t.contract,
      t.positionPercent === null ? '' : String(t.positionPercent),
      t.startDate,
      t.endDate ?? '',
      t.unit,
      t.jobLevel,
      t.jobGroup,
      t.occupationCode ?? '',
      formatOre(t.pay.basePay),
      formatOre(t.pay.fixedAllowances),
      formatOre(t.pay.irregularAllowances),
      formatOre(t.pay.bonus),
      formatOre(t.pay.overtime),
      formatOre(t.pay.benefitsInKind),
      leaveWeeks(t),
      String(involuntary(t) ?? ''),
    ].join(','),
  );
  return [HEADER.join(','), ...rows].join('\n') + '\n';
}

describe('the a-melding route and the CSV route agree', () => {
  it.each([
    [2025, 80, 1],
    [2024, 200, 9],
  ])('year %i, %i employees (seed %i): identical mappings', async (year, employees, seed) => {
    const g = generateYear({ year, employees, seed });
    expect(g.truth.some((t) => t.parentalLeavePeriods.length > 0)).toBe(true);
    const hr: HrRecordInput[] = g.truth.map((t) => ({
      nationalId: t.nationalId,
      employeeNumber: t.arbeidsforholdId,
      sex: t.sex,
      jobLevel: t.jobLevel,
      jobGroup: t.jobGroup,
      unit: t.unit,
      involuntaryPartTime: involuntary(t),
    }));
    const a = await readAMelding(g.files, { year, hr });
    const c = parseEmployeesCsv(csvOf(g.truth), { file: 'employees.csv' });
    expect(a.errors).toBe(0);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(a.records).toHaveLength(employees);
    expect(c.records).toHaveLength(employees);

    const fromAMelding = computeMapping(a.records, { year });
    const fromCsv = computeMapping(c.records, { year });
    expect(fromAMelding).toEqual(fromCsv);
    // and the figures are real: women and men, pay, a temporary, a freelancer excluded, leave
    expect(fromCsv.population.women + fromCsv.population.men).toBe(employees - 2); // the freelancer and the leaver are out
    expect(fromCsv.temporary.total.count).toBe(1);
    expect(fromCsv.excluded['employment-kind-excluded']).toBe(1);
    expect(fromCsv.pay.total.womenShareOfMen.mean).not.toBeNull();
    expect(fromCsv.parentalLeave.women.persons + fromCsv.parentalLeave.men.persons).toBe(1);
  });
});

describe('the routes agree when one person has several employments (DEF-POP merge by personId)', () => {
  it('gives identical mappings', async () => {
    const { aMeldingXml, nationalId, orgNumber } = await import('./generator.js');
    const people = [
      {
        nid: nationalId('010180', 'female'),
        sex: 'female',
        jobs: [
          ['A1', '60', '30000.00'],
          ['A2', '40', '21000.50'],
        ],
      },
      { nid: nationalId('020281', 'male'), sex: 'male', jobs: [['B1', '100', '52000.00']] },
      { nid: nationalId('030382', 'female'), sex: 'female', jobs: [['C1', '80', '41000.00']] },
      {
        nid: nationalId('040483', 'male'),
        sex: 'male',
        jobs: [
          ['D1', '50', '27000.00'],
          ['D2', '50', '26000.00'],
        ],
      },
    ] as const;
    const xml = aMeldingXml({
      month: '2025-12',
      legalEntity: orgNumber('91000000'),
      subunits: [
        {
          orgNumber: orgNumber('92000000'),
          persons: people.map((p) => ({
            nationalId: p.nid,
            employments: p.jobs.map(([id, pct]) => ({
              arbeidsforholdId: id,
              typeArbeidsforhold: 'ordinaertArbeidsforhold',
              startdato: '2020-01-01',
              stillingsprosent: pct,
              formForAnsettelse: 'fast',
              yrke: '2521107',
            })),
            incomes: p.jobs.map(([id, , pay]) => ({ beskrivelse: 'fastloenn', beloep: pay, arbeidsforholdId: id })),
          })),
        },
      ],
    });
    const hr: HrRecordInput[] = people.map((p) => ({ nationalId: p.nid, sex: p.sex, jobLevel: 'L1' }));
    const a = await readAMelding([{ name: 'dec.xml', content: xml }], { year: 2025, hr });
    expect(a.errors).toBe(0);
    expect(new Set(a.records.map((e) => e.personId)).size).toBe(4);
    const csv = ['employeeId,personId,gender,positionPercent,startDate,jobLevel,basePay,occupationCode']
      .concat(people.flatMap((p, i) => p.jobs.map(([id, pct, pay]) => [id, `P${i}`, p.sex, pct, '2020-01-01', 'L1', pay, '2521107'].join(','))))
      .join('\n');
    const c = parseEmployeesCsv(csv, { file: 'employees.csv' });
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const fromAMelding = computeMapping(a.records, { year: 2025 });
    const fromCsv = computeMapping(c.records, { year: 2025 });
    expect(fromAMelding).toEqual(fromCsv);
    expect(fromCsv.population.total).toBe(4);
    expect(fromCsv.excluded['merged-into-person']).toBe(2);
  });
});
