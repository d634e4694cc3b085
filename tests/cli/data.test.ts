/**
 * Issue 16, item 2: every input the library reads, on every command that reads data, the same
 * way — the statement in one command from twelve a-melding files and an HR file, and from an HR
 * export with a column mapping and a pay-code table; `validate` and `report` read alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { readAMelding } from '../../src/io/a-melding/index.js';
import { parseHrCsv } from '../../src/io/a-melding/index.js';
import { publish } from '../../src/anonymisation/index.js';
import { ReportSchema } from '../../src/report/index.js';
import { computeMapping } from '../../src/statistics/index.js';
import { completeCycleInput } from '../fixtures/report/published.js';
import { fakeIO } from './_fakeIO.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/a-melding/2025', import.meta.url));
const XML = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xml'))
  .sort();
const aMelding: Record<string, string> = Object.fromEntries([...XML, 'hr.csv'].map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')]));
const employer = { organisationNumber: '974760673', name: { nb: 'Testbedriften AS', en: 'Test Company Ltd' }, sector: 'public' };
const statementInputs = { 'e.json': JSON.stringify(employer), 'c.json': JSON.stringify(completeCycleInput) };

/** An HR export: Norwegian headers, semicolons, decimal commas, pay codes as columns, a yearly pay column. */
const HR_EXPORT = [
  'Ansatt nr;Kjønn;Fast/midl.;Stilling;Fra dato;Avd.;Nivå;1000 Fastlønn;2100 Tillegg;9000 Feriepenger;Ufrivillig deltid',
  ...Array.from({ length: 40 }, (_, i) =>
    [
      `A${100 + i}`,
      i % 2 === 0 ? 'K' : 'M',
      i % 9 === 0 ? 'Midlertidig' : 'Fast',
      i % 5 === 0 ? '80' : '100',
      '01.01.2020',
      i < 20 ? 'Drift' : 'Salg',
      i < 8 ? 'Leder' : 'Rådgiver',
      `${48_000 + i * 250},50`,
      '1 200,00',
      '4 000',
      i % 5 === 0 ? (i % 10 === 0 ? 'ja' : 'nei') : '',
    ].join(';'),
  ),
].join('\n');
const MAPPING = {
  'Ansatt nr': 'employeeId',
  Kjønn: 'gender',
  'Fast/midl.': 'contract',
  Stilling: 'positionPercent',
  'Fra dato': 'startDate',
  'Avd.': 'unit',
  Nivå: 'jobLevel',
};
const PAY_CODES = { '1000': 'basePay', '2100': 'fixedAllowances', '9000': 'notPay' };

describe('report: the statement in one command', () => {
  it('from twelve a-melding files and an HR file (the issue’s command), as HTML', async () => {
    const f = fakeIO({ ...aMelding, ...statementInputs });
    const code = await runCli(['report', ...XML, '--hr', 'hr.csv', '--year', '2025', '--employer', 'e.json', '--cycle', 'c.json', '--format', 'html'], f.io);
    expect(f.stderr()).not.toMatch(/^(error|feil):/m);
    expect(code).toBe(0);
    const html = f.stdout();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Testbedriften AS');
    // every figure is that of the library's own pipeline over the same files
    const hr = parseHrCsv(aMelding['hr.csv'] as string, { file: 'hr.csv' });
    const read = await readAMelding(
      XML.map((name) => ({ name, content: aMelding[name] as string })),
      { year: 2025, hr: hr.records, hrFile: 'hr.csv' },
    );
    const published = await publish(computeMapping(read.records, { year: 2025 }));
    const json = fakeIO({ ...aMelding, ...statementInputs });
    await runCli(['report', ...XML, '--hr', 'hr.csv', '--year', '2025', '--employer', 'e.json', '--cycle', 'c.json', '--lang', 'en'], json.io);
    const report = ReportSchema.parse(JSON.parse(json.stdout()));
    const pay = report.part1?.tables.find((t) => t.id === 'pay');
    expect(pay?.rows.find((r) => r.id === 'total')?.cells.find((c) => c.column === 'shareMean')?.value).toBe(published.pay.total.womenShareOfMen.mean);
    expect(report.part1?.tables.find((t) => t.id === 'sex-balance')?.rows.find((r) => r.id === 'total')?.cells[0]?.value).toBe(
      String(published.population.total),
    );
  });

  it('from an HR export with a column mapping and a pay-code table, as Markdown in English', async () => {
    const files = { 'hr-export.csv': HR_EXPORT, 'm.json': JSON.stringify(MAPPING), 'p.json': JSON.stringify(PAY_CODES), ...statementInputs };
    const f = fakeIO(files);
    const code = await runCli(
      [
        'report',
        'hr-export.csv',
        '--mapping',
        'm.json',
        '--pay-codes',
        'p.json',
        '--year',
        '2025',
        '--employer',
        'e.json',
        '--cycle',
        'c.json',
        '--format',
        'md',
        '--lang',
        'en',
      ],
      f.io,
    );
    expect(f.stderr()).not.toMatch(/^error:/m);
    // the known column no mapping names is read, and said
    expect(f.stderr()).toContain('warning: hr-export.csv: column "Ufrivillig deltid" is read as the involuntary part-time answer ("involuntaryPartTime")');
    expect(code).toBe(0);
    expect(f.stdout()).toMatch(/^# Gender equality statement 2025/);
    expect(f.stdout()).toContain('Test Company Ltd');
    // the same data through an import profile give the same statement
    const profile = { columnMapping: MAPPING, payCodes: PAY_CODES, delimiter: ';', decimal: ',' };
    const g = fakeIO({ ...files, 'profile.json': JSON.stringify(profile) });
    await runCli(
      ['report', 'hr-export.csv', '--profile', 'profile.json', '--year', '2025', '--employer', 'e.json', '--cycle', 'c.json', '--format', 'md', '--lang', 'en'],
      g.io,
    );
    expect(g.stdout()).toBe(f.stdout());
  });

  it('validate reads the same inputs the same way (the a-melding set as one entry, the export through its mapping)', async () => {
    const am = fakeIO(aMelding);
    expect(await runCli(['validate', ...XML, '--hr', 'hr.csv', '--year', '2025', '--format', 'json'], am.io)).toBe(0);
    const json = JSON.parse(am.stdout()) as { files: { kind: string; files?: string[]; read: number; errors: number }[] };
    expect(json.files.map((x) => x.kind)).toEqual(['hr', 'a-melding']);
    expect(json.files[1]).toMatchObject({ files: XML, errors: 0 });
    const hr = fakeIO({ 'hr-export.csv': HR_EXPORT, 'm.json': JSON.stringify(MAPPING), 'p.json': JSON.stringify(PAY_CODES) });
    expect(await runCli(['validate', 'hr-export.csv', '--mapping', 'm.json', '--pay-codes', 'p.json', '--format', 'json'], hr.io)).toBe(0);
    const v = JSON.parse(hr.stdout()) as { files: { read: number; rejected: number; columns: { fields: Record<string, string[]>; ignored: string[] } }[] };
    expect(v.files[0]).toMatchObject({ read: 40, rejected: 0 });
    expect(v.files[0]?.columns.fields).toMatchObject({ employeeId: ['Ansatt nr'], basePay: ['1000 Fastlønn'], fixedAllowances: ['2100 Tillegg'] });
    expect(v.files[0]?.columns.ignored).toEqual(['9000 Feriepenger']);
  });

  it('--hr needs a-melding files; a CSV and a-melding files are not mixed; a missing a-melding file is named', async () => {
    const a = fakeIO({ 'e.csv': HR_EXPORT, 'hr.csv': '' });
    expect(await runCli(['report', 'e.csv', '--hr', 'hr.csv', '--year', '2025'], a.io)).toBe(2);
    expect(a.stderr()).toContain('--hr is joined to a-melding files');
    const b = fakeIO({ ...aMelding, 'e.csv': HR_EXPORT });
    expect(await runCli(['report', 'e.csv', ...XML, '--year', '2025'], b.io)).toBe(2);
    expect(b.stderr()).toContain('give one employee CSV file, or a year of a-melding files (*.xml), not both');
    const c = fakeIO(aMelding);
    expect(await runCli(['report', ...XML, 'a-melding-2025-13.xml', '--year', '2025', '--lang', 'nn'], c.io)).toBe(2);
    expect(c.stderr()).toContain('a-melding-2025-13.xml');
  });
});
