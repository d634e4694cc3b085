/**
 * Issue 15, item 7: no personal data in a message, even when columns are shifted. Every field of
 * every reader gets a national id, a D-number, names and amounts, and no diagnostic — as data
 * (`found`, `expected`, `params`) nor as the text of `formatDiagnostic` in either language —
 * contains them. What was found is described instead ("11 digits", "text", "a number"); a word of
 * the readers' own vocabulary (`fast` in the sex column) is still quoted.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/_lib/diagnostics.js';
import { formatDiagnostic, LANGUAGES } from '../../src/_lib/messages.js';
import { HR_FIELDS, parseHrCsv, readAMelding, type HrRecordInput } from '../../src/io/a-melding/index.js';
import { CANONICAL_CSV_HEADER, CSV_FIELDS, parseEmployeesCsv, type CsvField } from '../../src/io/csv/index.js';
import { aMeldingXml, nationalId, orgNumber, type XmlEmployment, type XmlIncome, type XmlLeave, type XmlPerson } from './a-melding/generator.js';

const ID = nationalId('121281', 'male'); // a national id (fødselsnummer)
const D_NUMBER = nationalId('521281', 'female'); // a D-number: the day + 40
const SPACED_ID = `${ID.slice(0, 6)} ${ID.slice(6)}`;

/** The personal values put in every field, with what may never appear of them. */
const PERSONAL: readonly { readonly label: string; readonly value: string; readonly forbidden: readonly string[] }[] = [
  { label: 'a national id', value: ID, forbidden: [ID, ID.slice(0, 6), ID.slice(6)] },
  { label: 'a D-number', value: D_NUMBER, forbidden: [D_NUMBER, D_NUMBER.slice(0, 6)] },
  { label: 'a national id with a space', value: SPACED_ID, forbidden: [ID, ID.slice(0, 6), ID.slice(6)] },
  { label: 'a full name', value: 'Kari Nordmann', forbidden: ['Kari', 'Nordmann'] },
  { label: 'a one-word name', value: 'Ingeborg', forbidden: ['Ingeborg'] },
  { label: 'a name with a hyphen', value: 'Anne-Lise Bø', forbidden: ['Anne', 'Lise'] },
  { label: 'an amount (Norwegian)', value: '45 123,50', forbidden: ['45 123', '45123', '123,50'] },
  { label: 'an amount (canonical)', value: '45123.50', forbidden: ['45123'] },
  { label: 'an amount in øre', value: '4512350', forbidden: ['4512350'] },
  { label: 'a negative amount', value: '-1 234,56', forbidden: ['1 234', '1234', '234,56'] },
  { label: 'a birth date', value: '12.12.1981', forbidden: ['12.12.1981', '1981'] },
];

/** Every kept diagnostic, as JSON and as text in every language, holds none of `forbidden`. */
function expectNone(diagnostics: readonly Diagnostic[], forbidden: readonly string[], context: string): void {
  const texts = [JSON.stringify(diagnostics), ...diagnostics.flatMap((d) => LANGUAGES.map((lang) => formatDiagnostic(d, lang)))];
  for (const text of texts) for (const f of forbidden) expect(text, `${context}: "${f}" in ${text.slice(0, 300)}`).not.toContain(f);
}

// ---------------------------------------------------------------------------------------------
// CSV: the canonical columns and the extra ones, by name and through a column mapping
// ---------------------------------------------------------------------------------------------

const VALID: Readonly<Partial<Record<CsvField, string>>> = {
  employeeId: 'E1',
  personId: 'P1',
  gender: 'female',
  employmentKind: 'ordinary',
  contract: 'permanent',
  positionPercent: '100',
  startDate: '2020-01-01',
  endDate: '',
  unit: 'A/B',
  jobLevel: 'L1',
  jobGroup: 'G1',
  occupationCode: '2521107',
  basePay: '45000.00',
  fixedAllowances: '0',
  irregularAllowances: '0',
  bonus: '0',
  overtime: '0',
  benefitsInKind: '0',
  parentalLeaveWeeks: '',
  involuntaryPartTime: '',
  organisationNumber: orgNumber('97476067'),
  year: '2025',
};
const WIDE_FIELDS = CSV_FIELDS.filter((f) => f !== 'payCode' && f !== 'payAmount' && f !== 'nationalId');
/** Norwegian headers, mapped by a column mapping. */
const NORWEGIAN = Object.fromEntries(WIDE_FIELDS.map((f, i) => [`Kolonne ${i + 1} (${f.slice(0, 3)})`, f])) as Record<string, CsvField>;

function csvWith(field: CsvField, value: string, mapped: boolean): { text: string; options: Parameters<typeof parseEmployeesCsv>[1] } {
  const fields = [...WIDE_FIELDS, 'nationalId'] as CsvField[];
  const header = fields.map((f) => (mapped && f !== 'nationalId' ? (Object.keys(NORWEGIAN).find((k) => NORWEGIAN[k] === f) as string) : f));
  const cells = (v: (f: CsvField) => string): string => fields.map((f) => `"${v(f).replace(/"/g, '""')}"`).join(';');
  const first = cells((f) => (f === 'nationalId' ? '' : (VALID[f] ?? '')));
  const bad = cells((f) => (f === field ? value : f === 'employeeId' ? 'E2' : f === 'personId' ? 'P2' : f === 'nationalId' ? '' : (VALID[f] ?? '')));
  return { text: [header.join(';'), first, bad].join('\n') + '\n', options: mapped ? { columnMapping: { ...NORWEGIAN } } : {} };
}

describe('CSV: a personal value in any column is never echoed', () => {
  for (const mapped of [false, true]) {
    for (const field of [...WIDE_FIELDS, 'nationalId'] as CsvField[]) {
      it(`${field}${mapped ? ' (through a column mapping)' : ''}`, () => {
        for (const p of PERSONAL) {
          const { text, options } = csvWith(field, p.value, mapped);
          const r = parseEmployeesCsv(text, { file: 'e.csv', ...options });
          expect(r.fatal, `${field} ${p.label}`).toBe(false);
          expectNone(r.diagnostics, p.forbidden, `${field} ${p.label}`);
        }
      });
    }
  }

  it('the long layout: pay codes and pay amounts', () => {
    for (const p of PERSONAL) {
      for (const at of ['code', 'amount'] as const) {
        const line = at === 'code' ? `1;K;01.01.2020;100;"${p.value}";5` : `1;K;01.01.2020;100;1000;"${p.value}"`;
        const csv = ['Nr;Kjønn;Start;Stilling;Art;Beløp', line, '2;M;01.01.2020;100;1000;30 000'].join('\n');
        const r = parseEmployeesCsv(csv, {
          columnMapping: { Nr: 'employeeId', Kjønn: 'gender', Start: 'startDate', Stilling: 'positionPercent', Art: 'payCode', Beløp: 'payAmount' },
          payCodes: { '1000': 'basePay' },
        });
        expectNone(r.diagnostics, p.forbidden, `${at} ${p.label}`);
      }
    }
  });

  it('says what it found instead: "11 digits", "text", "a number"; a vocabulary word is quoted', () => {
    const found = (field: CsvField, value: string): Diagnostic | undefined =>
      parseEmployeesCsv(csvWith(field, value, false).text).diagnostics.find((d) => d.path.at(-1) === field && d.severity === 'error');
    const id = found('gender', ID);
    expect(id).toMatchObject({ code: 'unknown_sex_value', record: 2, foundShape: { kind: 'digits', length: 11 } });
    expect(id).not.toHaveProperty('found');
    expect(formatDiagnostic(id as Diagnostic)).toBe(
      'record 2, field gender: unknown sex value; expected female|male|other|unknown (or K/M, kvinne/mann, annet/ukjent) (found 11 digits)',
    );
    expect(formatDiagnostic(id as Diagnostic, 'nb')).toContain('(fant 11 siffer)');
    expect(found('gender', 'Kari Nordmann')).toMatchObject({ foundShape: { kind: 'text' } });
    expect(found('positionPercent', '45 123,50')).toMatchObject({ foundShape: { kind: 'number' } });
    expect(found('startDate', '31.02.2025')).toMatchObject({ foundShape: { kind: 'date' } });
    expect(found('contract', 'Ingeborg')).toMatchObject({ foundShape: { kind: 'text' } });
    // a word of another column (the columns are shifted): quoted, it is not personal
    expect(found('gender', 'fast')).toMatchObject({ found: 'fast' });
    expect(found('employmentKind', 'midlertidig')).toMatchObject({ found: 'midlertidig' });
    expect(found('contract', 'Kvinne')).toMatchObject({ found: 'Kvinne' });
    // a valid organisation number of another entity is quoted in the organisation-number column
    const other = orgNumber('98000000');
    expect(found('organisationNumber', other)).toMatchObject({ code: 'mixed_legal_entities', found: other, expected: VALID.organisationNumber });
  });

  it("the issue's case: national ids landed in the gender column", () => {
    const rows = Array.from(
      { length: 70 },
      (_, i) => `E${i},${nationalId('121281', i % 2 === 0 ? 'male' : 'female', i)},ordinary,permanent,100,2020-01-01,,A,L1,G1,45000,0,0,0,0,0,,`,
    );
    const r = parseEmployeesCsv([CANONICAL_CSV_HEADER.join(','), ...rows].join('\n'), { file: 'e.csv' });
    expect(r.diagnostics[61]).toMatchObject({ record: 62, path: ['gender'], foundShape: { kind: 'digits', length: 11 } });
    expect(formatDiagnostic(r.diagnostics[61] as Diagnostic)).toMatch(/^e\.csv, record 62, field gender: unknown sex value; .* \(found 11 digits\)$/);
    for (let i = 0; i < 70; i++) expectNone(r.diagnostics, [nationalId('121281', i % 2 === 0 ? 'male' : 'female', i)], 'gender');
  });
});

// ---------------------------------------------------------------------------------------------
// The HR file of the a-melding route, and HR records as options
// ---------------------------------------------------------------------------------------------

describe('HR file: a personal value in any column is never echoed', () => {
  const header = ['Fødselsnummer', 'Ansattnr', 'Kjønn', 'Stillingsnivå', 'Stillingsgruppe', 'Enhet', 'Ufrivillig deltid'];
  const valid = [nationalId('010190', 'female'), 'A1', 'K', 'L1', 'G1', 'A/B', 'nei'];
  for (const [i, field] of HR_FIELDS.entries()) {
    it(field, () => {
      for (const p of PERSONAL) {
        const cells = valid.map((v, j) => (j === i ? `"${p.value}"` : v));
        const r = parseHrCsv([header.join(';'), cells.join(';')].join('\n'), { file: 'hr.csv' });
        expectNone(r.diagnostics, p.forbidden, `${field} ${p.label}`);
      }
    });
  }

  it('sex and involuntary part-time say what they found', () => {
    const r = parseHrCsv(`Fødselsnummer;Kjønn;Ufrivillig deltid\n${nationalId('010190', 'female')};${ID};Kari\n`);
    expect(r.diagnostics.map((d) => [d.code, d.path[0], d.foundShape])).toEqual([
      ['unknown_sex_value', 'sex', { kind: 'digits', length: 11 }],
      ['invalid_value', 'involuntaryPartTime', { kind: 'text' }],
    ]);
  });

  it('HR records handed over as options', async () => {
    for (const field of HR_FIELDS) {
      for (const p of PERSONAL) {
        const hr = [{ nationalId: nationalId('010190', 'female'), [field]: p.value } as HrRecordInput];
        const r = await readAMelding([], { year: 2025, hr, hrFile: 'hr' });
        expectNone(r.diagnostics, p.forbidden, `hr.${field} ${p.label}`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The a-melding: every element the reader reads
// ---------------------------------------------------------------------------------------------

const LEGAL = orgNumber('97476067');
const SUB = orgNumber('97476100');
const EMPLOYMENT: XmlEmployment = {
  arbeidsforholdId: 'A1',
  typeArbeidsforhold: 'ordinaertArbeidsforhold',
  startdato: '2020-01-01',
  stillingsprosent: '100',
  antallTimerPerUkeSomEnFullStillingTilsvarer: '37.5',
  yrke: '2521107',
  formForAnsettelse: 'fast',
  permisjon: [{ permisjonId: 'P1', startdato: '2025-03-01', sluttdato: '2025-06-30', permisjonsprosent: '100', beskrivelse: 'permisjonMedForeldrepenger' }],
};
const INCOME: XmlIncome = { beloep: '45000', beskrivelse: 'fastloenn', arbeidsforholdId: 'A1', fordel: 'kontantytelse' };

function month(opts: { month?: string; legal?: string; sub?: string; person?: XmlPerson }): string {
  return aMeldingXml({
    month: opts.month ?? '2025-12',
    legalEntity: opts.legal ?? LEGAL,
    subunits: [
      { orgNumber: opts.sub ?? SUB, persons: [opts.person ?? { nationalId: nationalId('010190', 'female'), employments: [EMPLOYMENT], incomes: [INCOME] }] },
    ],
  });
}

const escapeXml = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('a-melding: a personal value in any element the reader reads is never echoed', () => {
  const cases: readonly [string, (v: string) => string][] = [
    ['kalendermaaned', (v) => month({ month: v })],
    ['opplysningspliktig/norskIdentifikator', (v) => month({ legal: v })],
    ['virksomhet/norskIdentifikator', (v) => month({ sub: v })],
    ['inntektsmottaker/norskIdentifikator', (v) => month({ person: { nationalId: v, employments: [EMPLOYMENT], incomes: [INCOME] } })],
    ...(
      [
        'arbeidsforholdId',
        'typeArbeidsforhold',
        'startdato',
        'sluttdato',
        'stillingsprosent',
        'antallTimerPerUkeSomEnFullStillingTilsvarer',
        'yrke',
        'formForAnsettelse',
      ] as const
    ).map((f): [string, (v: string) => string] => [
      `arbeidsforhold/${f}`,
      (v) => month({ person: { nationalId: nationalId('010190', 'female'), employments: [{ ...EMPLOYMENT, [f]: v }], incomes: [INCOME] } }),
    ]),
    ...(['permisjonId', 'startdato', 'sluttdato', 'permisjonsprosent', 'beskrivelse'] as const).map((f): [string, (v: string) => string] => [
      `permisjon/${f}`,
      (v) =>
        month({
          person: {
            nationalId: nationalId('010190', 'female'),
            employments: [{ ...EMPLOYMENT, permisjon: [{ ...(EMPLOYMENT.permisjon?.[0] as XmlLeave), [f]: v }] }],
            incomes: [INCOME],
          },
        }),
    ]),
    ...(['beloep', 'beskrivelse', 'arbeidsforholdId', 'fordel'] as const).map((f): [string, (v: string) => string] => [
      `inntekt/${f}`,
      (v) => month({ person: { nationalId: nationalId('010190', 'female'), employments: [EMPLOYMENT], incomes: [{ ...INCOME, [f]: v }] } }),
    ]),
  ];
  for (const [element, file] of cases) {
    it(element, async () => {
      for (const p of PERSONAL) {
        const r = await readAMelding([{ name: 'a.xml', content: file(escapeXml(p.value)) }], { year: 2025 });
        expectNone(r.diagnostics, p.forbidden, `${element} ${p.label}`);
      }
    });
  }

  it('yrke, kalendermaaned, typeArbeidsforhold, formForAnsettelse and stillingsprosent say what they found', async () => {
    const person = (e: Partial<XmlEmployment>): XmlPerson => ({
      nationalId: nationalId('010190', 'female'),
      employments: [{ ...EMPLOYMENT, ...e }],
      incomes: [INCOME],
    });
    const first = async (xml: string, field: string): Promise<Diagnostic | undefined> =>
      (await readAMelding([{ name: 'a.xml', content: xml }], { year: 2025 })).diagnostics.find((d) => d.path.at(-1) === field);
    expect(await first(month({ person: person({ yrke: ID }) }), 'yrke')).toMatchObject({ foundShape: { kind: 'digits', length: 11 } });
    expect(await first(month({ month: ID }), 'kalendermaaned')).toMatchObject({ foundShape: { kind: 'digits', length: 11 } });
    expect(await first(month({ person: person({ typeArbeidsforhold: 'Kari Nordmann' }) }), 'typeArbeidsforhold')).toMatchObject({
      foundShape: { kind: 'text' },
    });
    expect(await first(month({ person: person({ formForAnsettelse: 'Ingeborg' }) }), 'formForAnsettelse')).toMatchObject({ foundShape: { kind: 'text' } });
    expect(await first(month({ person: person({ stillingsprosent: '45 123,50' }) }), 'stillingsprosent')).toMatchObject({ foundShape: { kind: 'number' } });
    // a month of another year is quoted: a month cannot be personal
    expect(await first(month({ month: '2024-05' }), 'kalendermaaned')).toMatchObject({ code: 'mixed_years', found: '2024-05' });
  });
});
