/**
 * Issue 16, item 4: known columns are never lost. Well-known Norwegian and English header names
 * are read without a mapping when no other column gives their field (warning
 * `column_recognised`), and named in a warning when one does (`column_not_mapped`); a yearly pay
 * column (`Årslønn`) is read exactly (÷ 12 with a pay divisor, DEF-ROUND).
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/_lib/messages.js';
import { KNOWN_COLUMNS, knownColumn, knownColumnKey, parseEmployeesCsv } from '../../../src/io/csv/index.js';
import { CSV_FIELDS } from '../../../src/io/csv/columnMapping.js';
import { parseHrCsv } from '../../../src/io/a-melding/index.js';
import { computeMapping } from '../../../src/statistics/index.js';
import { englishFragments } from '../../locales/_english.js';

const HR = [
  'Ansattnr;Kjønn;Ansettelsesform;Stillingsprosent;Startdato;Sluttdato;Avdeling;Stillingsnivå;Stillingskode;Årslønn;Faste tillegg;Kommentar',
  '1001;K;Fast;100;01.01.2020;;Drift/Øst;Rådgiver;1434;600 000,00;1 000,00;x',
  '1002;M;Midlertidig;80;01.03.2021;;Drift/Vest;Rådgiver;1434;610 000,01;0;',
  '1003;K;Fast;100;15.08.2019;;Drift/Øst;Leder;1211;800 000,06;2 500,00;',
].join('\n');

describe('well-known header names', () => {
  it('are compared without case, spaces and punctuation; every one is a field of the reader', () => {
    expect(knownColumnKey(' Stillings-prosent (%) ')).toBe('stillingsprosent');
    expect(knownColumn('STILLING %')).toEqual({ field: 'positionPercent' });
    expect(knownColumn('Årslønn')).toEqual({ field: 'basePay', annual: true });
    expect(knownColumn('Employee ID')).toEqual({ field: 'employeeId' });
    expect(knownColumn('Kommentar')).toBeUndefined();
    expect(knownColumn('__proto__')).toBeUndefined();
    for (const known of Object.values(KNOWN_COLUMNS)) expect(CSV_FIELDS).toContain(known.field);
  });

  it('an HR export with Norwegian headers is read without a mapping; each column read so is a warning naming it', () => {
    const r = parseEmployeesCsv(HR, { file: 'hr.csv' });
    expect(r.fatal).toBe(false);
    expect(r.errors).toBe(0);
    expect(r.records).toHaveLength(3);
    expect(r.records[0]).toMatchObject({
      employeeId: '1001',
      gender: 'female',
      contract: 'permanent',
      positionPercent: 100,
      startDate: '2020-01-01',
      unit: 'Drift/Øst',
      jobLevel: 'Rådgiver',
      occupationCode: '1434',
    });
    expect(r.records[1]).toMatchObject({ gender: 'male', contract: 'temporary', positionPercent: 80 });
    const recognised = r.diagnostics.filter((d) => d.code === 'column_recognised').map((d) => [d.params?.['column'], d.params?.['field']]);
    expect(recognised).toEqual([
      ['Ansattnr', 'employeeId'],
      ['Kjønn', 'gender'],
      ['Ansettelsesform', 'contract'],
      ['Stillingsprosent', 'positionPercent'],
      ['Startdato', 'startDate'],
      ['Sluttdato', 'endDate'],
      ['Avdeling', 'unit'],
      ['Stillingsnivå', 'jobLevel'],
      ['Stillingskode', 'occupationCode'],
      ['Årslønn', 'basePay'],
      ['Faste tillegg', 'fixedAllowances'],
    ]);
    expect(r.columns.ignored).toEqual(['Kommentar']);
    expect(r.columns.annual).toEqual(['Årslønn']);
    const d = r.diagnostics.find((x) => x.code === 'column_recognised');
    expect(formatDiagnostic(d!, 'en')).toBe(
      'hr.csv: column "Ansattnr" is read as the employee id ("employeeId"): a known column name (name it in the column mapping to confirm, or map it to "ignore")',
    );
    for (const lang of ['nb', 'nn'] as const) for (const x of r.diagnostics) expect(englishFragments(formatDiagnostic(x, lang))).toEqual([]);
  });

  it('Årslønn is yearly: divided by 12 exactly, with a pay divisor where a twelfth is no whole øre', () => {
    const r = parseEmployeesCsv(HR, { file: 'hr.csv' });
    // 600 000,00 kr a year = 5 000 000 øre a month, whole; 610 000,01 → twelfths; 800 000,06 → sixths
    expect(r.records.map((e) => [e.pay.basePay, e.pay.fixedAllowances, e.payDivisor])).toEqual([
      [5_000_000, 100_000, undefined],
      [61_000_001, 0, 12],
      [40_000_003, 1_500_000, 6],
    ]);
    const m = computeMapping(r.records, { year: 2025 });
    // women: 1001 (5 000 000 + 100 000 øre) and 1003 (80 000 006 / 12 + 250 000 øre) at 100 %:
    // mean (5 100 000 + 6 916 667 1/6) / 2 = 6 008 333 7/12 øre = 60 083.335833… kr → 60 083.34
    expect(m.pay.total.women.mean).toBe('60083.34');
    // men: 1002 at 80 %: 61 000 001 / 12 / 0.8 øre per full-time month = 6 354 166.77… øre → 63 541.67
    expect(m.pay.total.men.mean).toBe('63541.67');
  });

  it('a known column whose field another column gives is left out with a warning naming both', () => {
    const csv = 'employeeId,gender,startDate,positionPercent,Ansattnr,Kjønn,Stillingsprosent\nA,female,2020-01-01,100,1,K,100\n';
    const r = parseEmployeesCsv(csv);
    expect(r.diagnostics.filter((d) => d.code === 'column_not_mapped').map((d) => d.params)).toEqual([
      { column: 'Ansattnr', field: 'employeeId', from: 'employeeId' },
      { column: 'Kjønn', field: 'gender', from: 'gender' },
      { column: 'Stillingsprosent', field: 'positionPercent', from: 'positionPercent' },
    ]);
    const d = r.diagnostics.find((x) => x.code === 'column_not_mapped');
    expect(formatDiagnostic(d!, 'en')).toBe(
      'column "Ansattnr" looks like the employee id ("employeeId") but is not read (column "employeeId" gives it): name it in the column mapping, or map it to "ignore"',
    );
    expect(formatDiagnostic(d!, 'nb')).toMatch(/^kolonnen «Ansattnr» /);
  });

  it('a mapped column wins; a column mapped to "ignore" is quiet; a second yearly pay column is not added', () => {
    const csv = 'Nr;Kjønn;Startdato;Stilling %;Månedslønn;Årslønn\n1;K;01.01.2020;100;50 000;600 000\n';
    const r = parseEmployeesCsv(csv, { columnMapping: { Nr: 'employeeId', Årslønn: 'ignore' } });
    expect(r.records[0]).toMatchObject({ employeeId: '1', positionPercent: 100, pay: { basePay: 5_000_000 } });
    expect(r.diagnostics.filter((d) => d.code === 'column_not_mapped')).toEqual([]);
    const both = parseEmployeesCsv(csv, { columnMapping: { Nr: 'employeeId' } });
    expect(both.records[0]?.pay.basePay).toBe(5_000_000);
    expect(both.diagnostics.filter((d) => d.code === 'column_not_mapped').map((d) => d.params)).toEqual([
      { column: 'Årslønn', field: 'basePay', from: 'Månedslønn' },
    ]);
  });

  it('English headers too', () => {
    const r = parseEmployeesCsv('Employee ID,Sex,Start date,FTE %,Department,Job level,Monthly salary\nE1,F,2020-01-01,100,Ops,L2,50000\n');
    expect(r.fatal).toBe(false);
    expect(r.records[0]).toMatchObject({ employeeId: 'E1', gender: 'female', positionPercent: 100, unit: 'Ops', jobLevel: 'L2', pay: { basePay: 5_000_000 } });
  });

  it('the HR file of the a-melding: a second column for a field is named in a warning', () => {
    const r = parseHrCsv('Fødselsnummer;Kjønn;Gender\n01010012356;M;M\n', { file: 'hr.csv' });
    expect(r.diagnostics.filter((d) => d.code === 'column_not_mapped').map((d) => d.params)).toEqual([{ column: 'Gender', field: 'gender', from: 'Kjønn' }]);
    for (const d of r.diagnostics) expect(englishFragments(formatDiagnostic(d, 'nb'))).toEqual([]);
  });
});
