import { describe, expect, it } from 'vitest';
import { formatOre } from '../../../src/_lib/money.js';
import { formatDiagnostic } from '../../../src/_lib/messages.js';
import { EmployeeSchema, type Employee } from '../../../src/models/employee.js';
import { readAMelding, type AMeldingImportResult, type HrRecordInput } from '../../../src/io/a-melding/index.js';
import { aMeldingXml, generateYear, nationalId, NS, orgNumber, type XmlEmployment, type XmlIncome, type XmlMonth } from './generator.js';

const ENTITY = orgNumber('91000000');
const SUB = orgNumber('92000000');
const W = nationalId('010185', 'female');
const M = nationalId('020290', 'male');

const ord = (extra: Partial<XmlEmployment> = {}): XmlEmployment => ({
  arbeidsforholdId: 'A1',
  typeArbeidsforhold: 'ordinaertArbeidsforhold',
  startdato: '2020-01-01',
  stillingsprosent: '100',
  yrke: '2521107',
  formForAnsettelse: 'fast',
  ...extra,
});
const line = (beskrivelse: string, beloep: string, extra: Partial<XmlIncome> = {}): XmlIncome => ({ beskrivelse, beloep, arbeidsforholdId: 'A1', ...extra });

function monthFile(month: string, persons: XmlMonth['subunits'][number]['persons'], extra: Partial<XmlMonth> = {}): { name: string; content: string } {
  return { name: `${month}.xml`, content: aMeldingXml({ month, legalEntity: ENTITY, subunits: [{ orgNumber: SUB, persons }], ...extra }) };
}

function codes(r: AMeldingImportResult): string[] {
  return r.diagnostics.map((d) => d.code);
}

function noNationalIdIn(value: unknown, ids: readonly string[]): void {
  const text = JSON.stringify(value);
  for (const id of ids) expect(text).not.toContain(id);
}

describe('readAMelding — a generated year (golden check of every mapping rule)', () => {
  const g = generateYear({ year: 2025, employees: 24, seed: 7 });
  const hr: HrRecordInput[] = g.truth.map((t) => ({
    nationalId: t.nationalId,
    employeeNumber: t.arbeidsforholdId,
    sex: t.sex,
    jobLevel: t.jobLevel,
    jobGroup: t.jobGroup,
    unit: t.unit,
    involuntaryPartTime: t.positionPercent !== null && t.positionPercent < 100 ? t.arbeidsforholdId.endsWith('1') : null,
  }));

  it('produces one record per employment, equal to what the files encode', async () => {
    const r = await readAMelding(g.files, { year: 2025, hr });
    expect(r.fatal).toBe(false);
    expect(r.errors).toBe(0);
    expect(r.read).toBe(24);
    expect(r.rejected).toBe(0);
    expect(r.records).toHaveLength(24);
    expect(r.legalEntity).toBe(g.legalEntity);
    expect(r.subunits).toEqual([...g.subunits].sort());
    expect(r.months).toHaveLength(12);
    expect(r.files).toEqual({ read: 12, leftOut: 0 });
    expect(r.matchedHr).toBe(24);
    expect(r.unmatchedHr).toBe(0);
    expect(r.sexFromHr).toBe(24);
    expect(r.sexDerivedFromNationalId).toBe(0);
    const byId = new Map(r.records.map((e) => [e.employeeId, e]));
    for (const [i, t] of g.truth.entries()) {
      const e = byId.get(t.arbeidsforholdId);
      expect(e, t.arbeidsforholdId).toBeDefined();
      if (e === undefined) continue;
      expect(e.gender).toBe(t.sex);
      expect(e.genderDerivedFromNationalId).toBe(false);
      expect(e.employmentKind, 'kind (DEF-POP)').toBe(t.kind);
      expect(e.contract, 'DEF-TMP').toBe(t.contract);
      expect(e.positionPercent).toBe(t.positionPercent);
      expect(e.startDate).toBe(t.startDate);
      expect(e.endDate).toBe(t.endDate);
      expect(e.occupationCode).toBe(t.occupationCode);
      expect(e.pay, `pay of ${t.arbeidsforholdId}`).toEqual(t.pay);
      expect(e.parentalLeavePeriods).toEqual(t.parentalLeavePeriods);
      expect(e.jobLevel).toBe(t.jobLevel);
      expect(e.jobGroup).toBe(t.jobGroup);
      expect(e.unit).toBe(t.unit);
      expect(e.involuntaryPartTime).toBe(hr[i]?.involuntaryPartTime ?? null);
    }
    // the hourly worker has stillingsprosent 0: kept, warned (DEF-PAY)
    expect(r.diagnostics.filter((d) => d.code === 'position_percent_zero_or_missing')).toHaveLength(1);
    expect(r.warnings).toBe(1);
  });

  it('builds records exactly as EmployeeSchema would from the same data', async () => {
    const r = await readAMelding(g.files, { year: 2025, hr });
    for (const e of r.records) {
      const input = {
        ...e,
        pay: Object.fromEntries(Object.entries(e.pay).map(([k, v]) => [k, formatOre(v)])),
        parentalLeavePeriods: [...e.parentalLeavePeriods],
      };
      expect(EmployeeSchema.parse(input)).toEqual(e);
    }
  });

  it('without HR: sex from the national id, flagged, warned and counted; ids are pseudonyms', async () => {
    const r = await readAMelding(g.files, { year: 2025 });
    expect(r.sexDerivedFromNationalId).toBe(24);
    expect(r.records.every((e) => e.genderDerivedFromNationalId)).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === 'sex_derived_from_national_id')).toHaveLength(24);
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const sexOf = new Map(g.truth.map((t) => [t.arbeidsforholdId, t.sex]));
    const counts = { female: 0, male: 0 };
    for (const t of g.truth) counts[t.sex] += 1;
    expect(r.records.filter((e) => e.gender === 'female')).toHaveLength(counts.female);
    expect(r.records.map((e) => e.employeeId).every((id) => /^AM\d{6}-1$/.test(id))).toBe(true);
    expect(new Set(r.records.map((e) => e.personId)).size).toBe(24);
    expect(sexOf.size).toBe(24);
    noNationalIdIn(
      r,
      g.truth.map((t) => t.nationalId),
    );
    for (const d of r.diagnostics)
      noNationalIdIn(
        formatDiagnostic(d),
        g.truth.map((t) => t.nationalId),
      );
  });

  it('does not derive sex when the option is off: unknown, counted', async () => {
    const r = await readAMelding(g.files, { year: 2025, deriveSexFromNationalId: false });
    expect(r.sexUnknown).toBe(24);
    expect(r.records.every((e) => e.gender === 'unknown' && !e.genderDerivedFromNationalId)).toBe(true);
  });

  it('gives the same records whatever the file order, and with a keyed hash the same ids too', async () => {
    const a = await readAMelding(g.files, { year: 2025, pseudonymKey: 'secret' });
    const b = await readAMelding([...g.files].reverse(), { year: 2025, pseudonymKey: 'secret' });
    expect(b.records).toEqual(a.records);
    expect(a.options?.personIds).toBe('keyed-hash');
    const c = await readAMelding([...g.files].reverse(), { year: 2025 });
    const d = await readAMelding(g.files, { year: 2025 });
    expect(c.records).toEqual(d.records);
  });

  it('reads v2_2 and v2_3 alike, and prefixed namespaces', async () => {
    const v22 = generateYear({ year: 2025, employees: 24, seed: 7, version: 'v2_2' });
    const a = await readAMelding(g.files, { year: 2025, hr });
    const b = await readAMelding(v22.files, { year: 2025, hr });
    expect(b.records).toEqual(a.records);
    const prefixed = [
      monthFile('2025-12', [{ nationalId: W, employments: [ord()], incomes: [line('fastloenn', '50000')] }], { prefixed: true, version: 'v2_2' }),
    ];
    const p = await readAMelding(prefixed, { year: 2025 });
    expect(p.errors).toBe(0);
    expect(p.records[0]?.pay.basePay).toBe(5_000_000);
  });

  it('infers the year from the files when none is given', async () => {
    const r = await readAMelding(g.files);
    expect(r.options?.year).toBe(2025);
    expect(r.options?.referenceDate).toBe('2025-12-31');
    expect(r.records).toHaveLength(24);
  });
});

describe('readAMelding — hand-worked cases', () => {
  it('DEF-PAY: base + fixed of the reference month; irregular, bonus, overtime, benefits = year ÷ active months, exact (DEF-ROUND)', async () => {
    // Active Oct–Dec (3 months). Irregular 10.00 → 1000 øre / 3 = 333⅓; bonus 20.00 / 3 = 666⅔;
    // overtime 0.05 / 3 = 1⅔; benefits 0.04 / 3 = 1⅓: not whole øre, so the record is in ⅓ øre
    // (payDivisor 3): every amount × 3.
    const emp = ord({ startdato: '2025-10-01' });
    const files = [
      monthFile('2025-10', [
        {
          nationalId: W,
          employments: [emp],
          incomes: [line('fastloenn', '40000'), line('uregelmessigeTilleggKnyttetTilArbeidetTid', '10.00'), line('overtidsgodtgjoerelse', '0.05')],
        },
      ]),
      monthFile('2025-11', [
        { nationalId: W, employments: [emp], incomes: [line('fastloenn', '40000'), line('bonus', '20.00'), line('x', '0.04', { fordel: 'naturalytelse' })] },
      ]),
      monthFile('2025-12', [
        {
          nationalId: W,
          employments: [emp],
          incomes: [
            line('fastloenn', '41000.50'),
            line('timeloenn', '1000'),
            line('honorarAkkordProsentProvisjon', '500'),
            line('fastTillegg', '1200.25'),
            line('feriepenger', '9999'),
            line('sluttvederlag', '9999'),
            line('annet', '9999'),
            line('trekkILoennForFerie', '-5000'),
            line('reise', '777', { fordel: 'utgiftsgodtgjoerelse' }),
          ],
        },
      ]),
    ];
    const r = await readAMelding(files, { year: 2025, hr: [{ nationalId: W, sex: 'female' }] });
    expect(r.errors).toBe(0);
    expect(r.records[0]?.payDivisor).toBe(3);
    expect(r.records[0]?.pay).toEqual({
      basePay: 3 * 4_250_050,
      fixedAllowances: 3 * 120_025,
      irregularAllowances: 1000,
      bonus: 2000,
      overtime: 5,
      benefitsInKind: 4,
    });
  });

  it('no rounding at half an øre: 5 øre over 2 months is 2½ øre (payDivisor 2); whole averages need no divisor', async () => {
    const emp = ord({ startdato: '2025-11-01' });
    const files = [
      monthFile('2025-11', [{ nationalId: W, employments: [emp], incomes: [line('bonus', '0.05')] }]),
      monthFile('2025-12', [{ nationalId: W, employments: [emp], incomes: [line('fastloenn', '100')] }]),
    ];
    const r = await readAMelding(files, { year: 2025 });
    expect(r.records[0]?.pay.bonus).toBe(5);
    expect(r.records[0]?.payDivisor).toBe(2);
    expect(r.records[0]?.pay.basePay).toBe(2 * 10_000);
    const whole = await readAMelding([monthFile('2025-11', [{ nationalId: W, employments: [emp], incomes: [line('bonus', '0.06')] }]), files[1]!], {
      year: 2025,
    });
    expect(whole.records[0]?.pay.bonus).toBe(3);
    expect(whole.records[0]).not.toHaveProperty('payDivisor');
  });

  it('DEF-PL: parental leave deduplicated by arbeidsforholdId + permisjonId, latest version kept; other leave ignored', async () => {
    const leaveOpen = { permisjonId: 'P9', startdato: '2025-10-15', permisjonsprosent: '50', beskrivelse: 'permisjonMedForeldrepenger' };
    const leaveClosed = { ...leaveOpen, sluttdato: '2025-12-10' };
    const other = { permisjonId: 'P10', startdato: '2025-10-01', sluttdato: '2025-12-31', permisjonsprosent: '100', beskrivelse: 'utdanningspermisjon' };
    const files = [
      monthFile('2025-10', [{ nationalId: M, employments: [ord({ permisjon: [leaveOpen, other] })], incomes: [] }]),
      monthFile('2025-11', [{ nationalId: M, employments: [ord({ permisjon: [leaveOpen, other] })], incomes: [] }]),
      monthFile('2025-12', [{ nationalId: M, employments: [ord({ permisjon: [leaveClosed, other] })], incomes: [line('fastloenn', '50000')] }]),
    ];
    const r = await readAMelding(files, { year: 2025 });
    expect(r.records[0]?.parentalLeavePeriods).toEqual([{ startDate: '2025-10-15', endDate: '2025-12-10', percent: 50 }]);
    // An open leave (no end reported) runs to the end of the last month reported
    const open = await readAMelding(
      files.slice(0, 2).concat(monthFile('2025-12', [{ nationalId: M, employments: [ord({ permisjon: [leaveOpen] })], incomes: [] }])),
      { year: 2025 },
    );
    expect(open.records[0]?.parentalLeavePeriods).toEqual([{ startDate: '2025-10-15', endDate: '2025-12-31', percent: 50 }]);
  });

  it('DEF-TMP and kinds: midlertidig* → temporary; maritime; freelancer kept as freelance (excluded by the statistics)', async () => {
    const files = [
      monthFile('2025-12', [
        { nationalId: W, employments: [ord({ formForAnsettelse: 'midlertidigVikariat' })], incomes: [] },
        { nationalId: M, employments: [ord({ arbeidsforholdId: 'S1', typeArbeidsforhold: 'maritimtArbeidsforhold' })], incomes: [] },
        {
          nationalId: nationalId('030370', 'female'),
          employments: [{ arbeidsforholdId: 'F1', typeArbeidsforhold: 'frilanserOppdragstakerHonorarPersonerMm', startdato: '2025-01-01' }],
          incomes: [line('honorarAkkordProsentProvisjon', '1000', { arbeidsforholdId: 'F1' })],
        },
      ]),
    ];
    const r = await readAMelding(files, { year: 2025 });
    expect(r.records.map((e) => [e.contract, e.employmentKind])).toEqual([
      ['temporary', 'ordinary'],
      ['permanent', 'maritime'],
      ['permanent', 'freelance'],
    ]);
    expect(r.records[2]?.positionPercent).toBeNull();
    expect(codes(r).filter((c) => c === 'position_percent_zero_or_missing')).toHaveLength(0); // not warned for freelancers
  });

  it('DEF-POP: several employments of one person share a personId; across sub-units too', async () => {
    const sub2 = orgNumber('93000000');
    const files = [
      {
        name: 'dec.xml',
        content: aMeldingXml({
          month: '2025-12',
          legalEntity: ENTITY,
          subunits: [
            {
              orgNumber: SUB,
              persons: [
                {
                  nationalId: W,
                  employments: [ord({ stillingsprosent: '60' }), ord({ arbeidsforholdId: 'A2', stillingsprosent: '40' })],
                  incomes: [line('fastloenn', '30000'), line('fastloenn', '20000', { arbeidsforholdId: 'A2' })],
                },
              ],
            },
            { orgNumber: sub2, persons: [{ nationalId: W, employments: [ord({ stillingsprosent: '10' })], incomes: [line('fastloenn', '5000')] }] },
          ],
        }),
      },
    ];
    const r = await readAMelding(files, { year: 2025, unitFromSubunit: true });
    expect(r.records).toHaveLength(3);
    expect(new Set(r.records.map((e) => e.personId)).size).toBe(1);
    expect(new Set(r.records.map((e) => e.employeeId)).size).toBe(3);
    expect(r.records.map((e) => e.pay.basePay)).toEqual([3_000_000, 2_000_000, 500_000]);
    expect(r.records.map((e) => e.unit)).toEqual([SUB, SUB, sub2]);
    expect(r.persons).toBe(1);
  });

  it('DEF-REF: an employment missing from the reference month is taken as ended after its last month (warned); a leaver with an end date is not warned', async () => {
    const files = [
      monthFile('2025-10', [
        { nationalId: W, employments: [ord()], incomes: [line('fastloenn', '40000')] },
        { nationalId: M, employments: [ord({ sluttdato: '2025-10-31' })], incomes: [line('fastloenn', '40000')] },
      ]),
      monthFile('2025-11', []),
      monthFile('2025-12', []),
    ];
    const r = await readAMelding(files, { year: 2025 });
    expect(r.records.map((e) => e.endDate)).toEqual(['2025-10-31', '2025-10-31']);
    expect(r.diagnostics.filter((d) => d.code === 'employment_not_in_reference_month')).toHaveLength(1);
    // facts (base pay) from the latest month before the reference month
    expect(r.records[0]?.pay.basePay).toBe(4_000_000);
  });

  it('a reference date earlier in the year takes that month; sums still cover the whole year', async () => {
    const files = ['2025-09', '2025-10', '2025-11'].map((m, i) =>
      monthFile(m, [
        {
          nationalId: W,
          employments: [ord({ stillingsprosent: String(50 + i * 10) })],
          incomes: [line('fastloenn', String(30000 + i * 1000)), line('bonus', '300')],
        },
      ]),
    );
    const r = await readAMelding(files, { referenceDate: '2025-10-31' });
    expect(r.options?.year).toBe(2025);
    expect(r.records[0]?.positionPercent).toBe(60);
    expect(r.records[0]?.pay.basePay).toBe(3_100_000);
    expect(r.records[0]?.pay.bonus).toBe(30_000); // 900 NOK over the 3 months read
  });

  it('a financial year ending 30 June: months from July to June', async () => {
    const files = [
      monthFile('2024-07', [{ nationalId: W, employments: [ord()], incomes: [line('bonus', '1200')] }]),
      monthFile('2025-06', [{ nationalId: W, employments: [ord()], incomes: [line('fastloenn', '1000')] }]),
    ];
    const r = await readAMelding(files, { year: 2025, fiscalYearEnd: '06-30' });
    expect(r.errors).toBe(0);
    expect(r.options?.referenceDate).toBe('2025-06-30');
    expect(r.records[0]?.pay.bonus).toBe(60_000); // 1200 NOK over 2 months read
    const wrong = await readAMelding([monthFile('2025-07', [])].concat(files), { year: 2025, fiscalYearEnd: '06-30' });
    expect(codes(wrong)).toContain('mixed_years');
  });

  it('HR joined by employee number alone (matched against arbeidsforholdId); unmatched HR warned; bad HR rows are errors', async () => {
    const files = [
      monthFile('2025-12', [
        { nationalId: W, employments: [ord({ arbeidsforholdId: 'E-17' })], incomes: [line('fastloenn', '1', { arbeidsforholdId: 'E-17' })] },
      ]),
    ];
    const hr: HrRecordInput[] = [
      { employeeNumber: 'E-17', sex: 'other', jobLevel: 'L3' },
      { employeeNumber: 'E-99', sex: 'male' },
      { nationalId: '12345678901', sex: 'male' },
      { employeeNumber: 'E-5', sex: 'x' as never },
      { employeeNumber: 'E-17', sex: 'female' },
    ];
    const r = await readAMelding(files, { year: 2025, hr, hrFile: 'hr.csv' });
    expect(r.records[0]?.employeeId).toBe('E-17');
    expect(r.records[0]?.gender).toBe('other');
    expect(r.records[0]?.jobLevel).toBe('L3');
    expect(r.unmatchedHr).toBe(1);
    expect(r.rejectedHr).toBe(3);
    const hrDiag = r.diagnostics.filter((d) => d.file === 'hr.csv').map((d) => [d.code, d.record]);
    expect(hrDiag).toEqual([
      ['invalid_national_id', 3],
      ['unknown_sex_value', 4],
      ['duplicate_employee_id', 5],
      ['hr_record_unmatched', 2],
    ]);
    noNationalIdIn(
      r.diagnostics.map((d) => formatDiagnostic(d)),
      ['12345678901'],
    );
  });

  it('new-style (post-2032) or invalid-for-sex numbers give unknown sex, never a guess', async () => {
    // A number valid only under the 2032 rules (first control digit from remainders 0–3).
    let post2032 = '';
    for (let k1 = 0; k1 < 10 && post2032 === ''; k1++) {
      const base = `150533${'412'}${k1}`;
      const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const s = [...base].reduce((a, c, i) => a + Number(c) * (w2[i] ?? 0), 0);
      const k2 = (11 - (s % 11)) % 11;
      if (k2 === 10) continue;
      const cand = base + String(k2);
      const { isValidNationalId } = await import('../../../src/models/identifiers.js');
      if (isValidNationalId(cand) && !isValidNationalId(cand, { allowPost2032: false })) post2032 = cand;
    }
    expect(post2032).not.toBe('');
    const r = await readAMelding([monthFile('2025-12', [{ nationalId: post2032, employments: [ord()], incomes: [] }])], { year: 2025 });
    expect(r.errors).toBe(0);
    expect(r.records[0]?.gender).toBe('unknown');
    expect(r.sexUnknown).toBe(1);
  });
});

describe('readAMelding — validation (errors and warnings name file and element path, never personal values)', () => {
  it('invalid national id → error naming inntektsmottaker[k], the employment left out and counted', async () => {
    const bad = '01018512345';
    const r = await readAMelding(
      [
        monthFile('2025-12', [
          { nationalId: W, employments: [ord()], incomes: [] },
          { nationalId: bad, employments: [ord()], incomes: [line('fastloenn', '45678.90')] },
        ]),
      ],
      { year: 2025 },
    );
    const d = r.diagnostics.find((x) => x.code === 'invalid_national_id');
    expect(d?.severity).toBe('error');
    expect(d?.file).toBe('2025-12.xml');
    expect(d?.path).toEqual(['melding', 'Leveranse', 'oppgave', 'virksomhet[1]', 'inntektsmottaker[2]', 'norskIdentifikator']);
    expect(typeof d?.record).toBe('number');
    expect(formatDiagnostic(d as NonNullable<typeof d>)).not.toContain(bad);
    expect(r.read).toBe(2);
    expect(r.rejected).toBe(1);
    expect(r.records).toHaveLength(1);
    expect(r.fatal).toBe(false);
  });

  it('bad values: type, dates, position percent, end before start, amounts, negative pay — each an error; the record is left out', async () => {
    const persons = [
      { nationalId: nationalId('010101', 'male', 0), employments: [ord({ typeArbeidsforhold: 'somethingElse' })], incomes: [] },
      { nationalId: nationalId('010101', 'male', 1), employments: [ord({ startdato: '2025-02-30' })], incomes: [] },
      { nationalId: nationalId('010101', 'male', 2), employments: [ord({ stillingsprosent: '250' })], incomes: [] },
      { nationalId: nationalId('010101', 'male', 3), employments: [ord({ stillingsprosent: 'abc' })], incomes: [] },
      { nationalId: nationalId('010101', 'male', 4), employments: [ord({ sluttdato: '2019-01-01' })], incomes: [] },
      { nationalId: nationalId('010101', 'male', 5), employments: [ord()], incomes: [line('fastloenn', '12,50')] },
      { nationalId: nationalId('010101', 'male', 6), employments: [ord()], incomes: [line('fastloenn', '100'), line('fastloenn', '-200')] },
      { nationalId: nationalId('010101', 'male', 7), employments: [ord({ arbeidsforholdId: undefined as never })], incomes: [] },
      { nationalId: nationalId('010101', 'male', 8), employments: [ord()], incomes: [] },
      { nationalId: nationalId('010101', 'male', 9), employments: [ord({ stillingsprosent: '-5' })], incomes: [] },
    ];
    const r = await readAMelding([monthFile('2025-12', persons)], { year: 2025 });
    const errs = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errs.map((d) => [d.code, d.path.at(-1)])).toEqual([
      ['invalid_value', 'typeArbeidsforhold'],
      ['invalid_date', 'startdato'],
      ['position_percent_out_of_range', 'stillingsprosent'],
      ['invalid_number', 'stillingsprosent'],
      ['end_before_start', 'sluttdato'],
      ['invalid_number', 'beloep'],
      ['required', 'arbeidsforholdId'],
      ['position_percent_out_of_range', 'stillingsprosent'],
      ['negative_pay', 'inntekt'],
    ]);
    expect(r.read).toBe(10);
    expect(r.rejected).toBe(9);
    expect(r.records).toHaveLength(1);
    // amounts are never echoed
    for (const d of r.diagnostics) expect(formatDiagnostic(d)).not.toMatch(/12,50|-200/);
  });

  it('warnings: position percent above 100, missing, too many decimals (rounded half-up), yrke not 7 digits, unknown formForAnsettelse', async () => {
    const persons = [
      { nationalId: nationalId('010101', 'female', 0), employments: [ord({ stillingsprosent: '120' })], incomes: [line('fastloenn', '1')] },
      { nationalId: nationalId('010101', 'female', 1), employments: [ord({ stillingsprosent: undefined as never })], incomes: [line('fastloenn', '1')] },
      { nationalId: nationalId('010101', 'female', 2), employments: [ord({ stillingsprosent: '33.335' })], incomes: [line('fastloenn', '1')] },
      { nationalId: nationalId('010101', 'female', 3), employments: [ord({ yrke: '2521', formForAnsettelse: 'ukjent' })], incomes: [line('fastloenn', '1')] },
    ];
    const r = await readAMelding([monthFile('2025-12', persons)], { year: 2025, deriveSexFromNationalId: false });
    expect(r.errors).toBe(0);
    expect(codes(r).sort()).toEqual(
      ['invalid_format', 'invalid_value', 'position_percent_above_100', 'position_percent_zero_or_missing', 'too_many_decimals'].sort(),
    );
    expect(r.records.map((e) => e.positionPercent)).toEqual([120, null, 33.34, 100]);
    expect(r.records[3]?.contract).toBe('permanent');
    expect(r.records[3]?.occupationCode).toBe('2521');
  });

  it('no base pay in the reference month (e.g. unpaid leave) is warned: the record would count with 0 (DEF-PAY)', async () => {
    const files = [
      monthFile('2025-11', [{ nationalId: W, employments: [ord()], incomes: [line('fastloenn', '50000')] }]),
      monthFile('2025-12', [
        { nationalId: W, employments: [ord()], incomes: [] },
        { nationalId: M, employments: [ord({ stillingsprosent: '0' })], incomes: [] },
        { nationalId: nationalId('030370', 'female'), employments: [ord({ startdato: '2026-01-01' })], incomes: [] },
      ]),
    ];
    const r = await readAMelding(files, { year: 2025 });
    const warned = r.diagnostics.filter((d) => d.code === 'no_base_pay_in_reference_month');
    expect(warned).toHaveLength(1);
    expect(warned[0]?.path).toEqual(['melding', 'Leveranse', 'oppgave', 'virksomhet[1]', 'inntektsmottaker[1]', 'arbeidsforhold[1]', 'inntekt']);
    expect(r.records[0]?.pay.basePay).toBe(0);
  });

  it('duplicate delivery of one employment for one month → error, left out', async () => {
    const p = { nationalId: W, employments: [ord()], incomes: [line('fastloenn', '100')] };
    const r = await readAMelding([monthFile('2025-12', [p]), { ...monthFile('2025-12', [p]), name: 'again.xml' }], { year: 2025 });
    expect(codes(r)).toContain('duplicate_delivery');
    expect(r.records).toHaveLength(0);
    expect(r.rejected).toBe(1);
  });

  it('pay lines without a usable arbeidsforholdId: linked to the only employment, else warned', async () => {
    const one = await readAMelding(
      [monthFile('2025-12', [{ nationalId: W, employments: [ord()], incomes: [line('fastloenn', '100', { arbeidsforholdId: undefined as never })] }])],
      { year: 2025 },
    );
    expect(one.records[0]?.pay.basePay).toBe(10_000);
    expect(codes(one)).not.toContain('income_not_linked');
    const two = await readAMelding(
      [
        monthFile('2025-12', [
          {
            nationalId: W,
            employments: [ord(), ord({ arbeidsforholdId: 'A2' })],
            incomes: [line('fastloenn', '100', { arbeidsforholdId: undefined as never }), line('bonus', '5', { arbeidsforholdId: 'NOPE' })],
          },
        ]),
      ],
      { year: 2025 },
    );
    expect(codes(two).filter((c) => c === 'income_not_linked')).toHaveLength(2);
    expect(two.records.map((e) => e.pay.basePay)).toEqual([0, 0]);
  });

  it('files of another legal entity or year are left out with an error; the rest is read', async () => {
    const other = orgNumber('97000000');
    const files = [
      monthFile('2025-12', [{ nationalId: W, employments: [ord()], incomes: [] }]),
      { name: 'other.xml', content: aMeldingXml({ month: '2025-11', legalEntity: other, subunits: [] }) },
      monthFile('2024-12', [{ nationalId: M, employments: [ord()], incomes: [] }]),
    ];
    const r = await readAMelding(files, { year: 2025 });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file])).toEqual([
      ['mixed_legal_entities', 'other.xml'],
      ['mixed_years', '2024-12.xml'],
    ]);
    expect(r.files).toEqual({ read: 1, leftOut: 2 });
    expect(r.records).toHaveLength(1);
    expect(r.fatal).toBe(false);
  });

  it('wrong namespace and non-a-melding files are clear errors', async () => {
    const wrongNs = monthFile('2025-12', [], { namespace: 'urn:ske:fastsetting:innsamling:a-meldingen:v2_1' });
    const html = { name: 'page.html', content: '<html><body>hi</body></html>' };
    const empty = { name: 'empty.xml', content: '' };
    const text = { name: 'notes.txt', content: new TextEncoder().encode('not xml at all') };
    const good = monthFile('2025-12', [{ nationalId: W, employments: [ord()], incomes: [] }]);
    const r = await readAMelding([wrongNs, html, empty, text, good], { year: 2025 });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file])).toEqual([
      ['wrong_namespace', '2025-12.xml'],
      ['not_a_melding', 'page.html'],
      ['not_a_melding', 'empty.xml'],
      ['not_a_melding', 'notes.txt'],
    ]);
    expect(r.diagnostics[0]?.found).toBe('urn:ske:fastsetting:innsamling:a-meldingen:v2_1');
    expect(r.records).toHaveLength(1);
  });

  it('a truncated a-melding is unreadable and makes the result fatal (its month would be partial)', async () => {
    const full = monthFile('2025-12', [
      { nationalId: W, employments: [ord()], incomes: [] },
      { nationalId: M, employments: [ord()], incomes: [] },
    ]);
    const r = await readAMelding([{ name: 'cut.xml', content: full.content.slice(0, Math.floor(full.content.length * 0.7)) }], { year: 2025 });
    expect(r.fatal).toBe(true);
    expect(codes(r)).toContain('unreadable_file');
    expect(r.records).toHaveLength(0);
  });

  it('no a-melding for the reference month → fatal', async () => {
    const r = await readAMelding([monthFile('2025-11', [{ nationalId: W, employments: [ord()], incomes: [] }])], { year: 2025 });
    expect(r.fatal).toBe(true);
    expect(r.diagnostics.find((d) => d.code === 'missing_reference_month')?.expected).toBe('2025-12');
  });

  it('header problems: missing month or entity, invalid entity org number', async () => {
    const noMonth = { name: 'a.xml', content: monthFile('2025-12', []).content.replace(/<kalendermaaned>.*<\/kalendermaaned>/, '') };
    const badOrg = { name: 'b.xml', content: aMeldingXml({ month: '2025-12', legalEntity: '123456789', subunits: [] }) };
    const badSub = {
      name: 'c.xml',
      content: aMeldingXml({
        month: '2025-12',
        legalEntity: ENTITY,
        subunits: [{ orgNumber: '123456789', persons: [{ nationalId: W, employments: [ord()], incomes: [] }] }],
      }),
    };
    const r = await readAMelding([noMonth, badOrg, badSub], { year: 2025 });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.path.join('/')])).toEqual([
      ['required', 'a.xml', 'melding/Leveranse/kalendermaaned'],
      ['invalid_org_number', 'b.xml', 'melding/Leveranse/opplysningspliktig/norskIdentifikator'],
      ['invalid_org_number', 'c.xml', 'melding/Leveranse/oppgave/virksomhet[1]/norskIdentifikator'],
    ]);
    expect(r.rejected).toBe(1);
  });

  it('invalid options throw; a reference date outside the year throws', async () => {
    await expect(readAMelding([], { year: 2025, fiscalYearEnd: '13-01' })).rejects.toMatchObject({
      name: 'LikestillingInputError',
      issues: [{ path: ['options', 'fiscalYearEnd'] }],
    });
    await expect(readAMelding([], { year: 2025, referenceDate: '2024-12-31' })).rejects.toMatchObject({
      name: 'LikestillingInputError',
      issues: [{ path: ['options', 'referenceDate'] }],
    });
    const none = await readAMelding([]);
    expect(none.fatal).toBe(true);
    expect(none.options).toBeNull();
  });
});

describe('readAMelding — records are canonical', () => {
  it('every record passes EmployeeSchema', async () => {
    const g = generateYear({ year: 2024, employees: 30, seed: 3 });
    const r = await readAMelding(g.files, { year: 2024 });
    for (const e of r.records as readonly Employee[]) {
      const { pay, ...rest } = e;
      expect(() =>
        EmployeeSchema.parse({
          ...rest,
          parentalLeavePeriods: [...rest.parentalLeavePeriods],
          pay: Object.fromEntries(Object.entries(pay).map(([k, v]) => [k, formatOre(v)])),
        }),
      ).not.toThrow();
    }
  });
});

export { NS };

describe('readAMelding — a private employer reporting under a national id', () => {
  it('is refused as a legal entity without echoing the number', async () => {
    const person = nationalId('050575', 'male');
    const r = await readAMelding([{ name: 'p.xml', content: aMeldingXml({ month: '2025-12', legalEntity: person, subunits: [] }) }], { year: 2025 });
    expect(r.diagnostics[0]?.code).toBe('invalid_org_number');
    expect(JSON.stringify(r)).not.toContain(person);
    expect(formatDiagnostic(r.diagnostics[0] as NonNullable<(typeof r.diagnostics)[0]>, 'nb')).not.toContain(person);
  });
});
