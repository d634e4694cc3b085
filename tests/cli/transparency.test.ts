/** `likestilling transparency` (issue 18, item 6): the indicators from every input `report` reads, in every format. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { parseEmployeesCsv } from '../../src/io/csv/index.js';
import { computePayTransparency, PayTransparencySchema, publishPayTransparency, PublishedPayTransparencySchema } from '../../src/transparency/index.js';
import { fakeIO } from './_fakeIO.js';

const EXAMPLE = readFileSync(fileURLToPath(new URL('../../examples/data/employees-2025.csv', import.meta.url)), 'utf8');
const FIXTURES = fileURLToPath(new URL('../fixtures/a-melding/2025', import.meta.url));
const XML = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xml'))
  .sort();
const aMelding: Record<string, string> = Object.fromEntries([...XML, 'hr.csv'].map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')]));

describe('likestilling transparency', () => {
  it('JSON of the computed indicators from the canonical CSV: the library’s result', async () => {
    const f = fakeIO({ 'e.csv': EXAMPLE });
    expect(await runCli(['transparency', 'e.csv', '--year', '2025'], f.io)).toBe(0);
    const printed = PayTransparencySchema.parse(JSON.parse(f.stdout()));
    const { records } = parseEmployeesCsv(EXAMPLE, { year: 2025 });
    // the rules version in force for the year, named beside the result (issue 20)
    expect(printed).toEqual({ ...JSON.parse(JSON.stringify(computePayTransparency(records, { year: 2025 }))), rulesVersion: '2020-01-01' });
  });

  it('--publish: the published form under the default policy; --policy under its thresholds', async () => {
    const f = fakeIO({ 'e.csv': EXAMPLE, 'p.json': JSON.stringify({ payMinPersons: 3 }) });
    expect(await runCli(['transparency', 'e.csv', '--year', '2025', '--publish'], f.io)).toBe(0);
    const published = PublishedPayTransparencySchema.parse(JSON.parse(f.stdout()));
    const { records } = parseEmployeesCsv(EXAMPLE, { year: 2025 });
    expect(published).toEqual({
      ...JSON.parse(JSON.stringify(publishPayTransparency(computePayTransparency(records, { year: 2025 })))),
      rulesVersion: '2020-01-01',
    });
    const g = fakeIO({ 'e.csv': EXAMPLE, 'p.json': JSON.stringify({ payMinPersons: 3 }) });
    expect(await runCli(['transparency', 'e.csv', '--year', '2025', '--policy', 'p.json'], g.io)).toBe(0);
    expect(JSON.parse(g.stdout()).policy.payMinPersons).toBe(3);
  });

  it('--workers: the reporting duty by size and year (TRN-6) with its rules version, without data', async () => {
    const f = fakeIO({});
    expect(await runCli(['transparency', '--workers', '150', '--year', '2030'], f.io)).toBe(0);
    expect(JSON.parse(f.stdout())).toMatchObject({
      reportDue: true,
      frequency: 'every-3-years',
      referenceYear: 2029,
      dueDate: '2030-06-07',
      rule: 'TRN-6',
      rulesVersion: '2020-01-01',
    });
    const g = fakeIO({});
    expect(await runCli(['transparency', '--workers', '149', '--year', '2030'], g.io)).toBe(0);
    expect(JSON.parse(g.stdout())).toMatchObject({ reportDue: false, nextReportYear: 2031 });
    const withData = fakeIO({ 'e.csv': EXAMPLE });
    expect(await runCli(['transparency', 'e.csv', '--workers', '150', '--year', '2030', '--lang', 'en'], withData.io)).toBe(2);
    expect(withData.stderr()).toContain('--workers takes no data files');
    for (const [args, message] of [
      [['--workers', '150'], '--year is required'],
      [['--workers=-1', '--year', '2030'], '--workers must be between 0'],
      [['--workers', '100000001', '--year', '2030'], '--workers must be between 0'],
      [['--workers', 'many', '--year', '2030'], '--workers must be a whole number'],
    ] as const) {
      const bad = fakeIO({});
      expect(await runCli(['transparency', ...args, '--lang', 'en'], bad.io)).toBe(2);
      expect(bad.stderr()).toContain(message);
    }
  });

  it('a year of a-melding files with the HR file, as Markdown in nynorsk for the authority', async () => {
    const f = fakeIO(aMelding);
    const code = await runCli(
      ['transparency', ...XML, '--hr', 'hr.csv', '--year', '2025', '--publish', '--format', 'md', '--lang', 'nn', '--for-authority'],
      f.io,
    );
    expect(code).toBeLessThan(2);
    expect(f.stdout()).toContain('## Lønsopenheit (EUs lønsopenheitsdirektiv, art. 9)');
    expect(f.stdout()).toContain('### (g) Lønsgap per arbeidstakarkategori');
  });

  it('HTML with the chart, and a workbook to --out', async () => {
    const f = fakeIO({ 'e.csv': EXAMPLE });
    expect(await runCli(['transparency', 'e.csv', '--year', '2025', '--publish', '--format', 'html', '--lang', 'en', '--out', 't.html', '-q'], f.io)).toBe(0);
    expect(String(f.written.get('t.html'))).toMatch(/<svg [^>]*role="img"/);
    expect(await runCli(['transparency', 'e.csv', '--year', '2025', '--publish', '--format', 'xlsx', '--out', 't.xlsx', '-q'], f.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.written.get('t.xlsx') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Lønnsåpenhet', 'Lønnskvartiler']);
    const sheet = wb.worksheets[0]!;
    const row = sheet.getRows(1, 20)!.find((r) => r.getCell(1).value === '(a) Gjennomsnittlig timelønn, kr');
    expect(typeof row?.getCell(2).value === 'number' || row?.getCell(2).note !== undefined).toBe(true);
  });

  it('bad arguments: exit 2 with the message in the language, and the help', async () => {
    const missing = fakeIO({ 'e.csv': EXAMPLE });
    expect(await runCli(['transparency', 'e.csv', '--lang', 'nb'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('--year');
    const xlsx = fakeIO({ 'e.csv': EXAMPLE });
    expect(await runCli(['transparency', 'e.csv', '--year', '2025', '--format', 'xlsx'], xlsx.io)).toBe(2);
    const help = fakeIO();
    expect(await runCli(['transparency', '--help', '--lang', 'en'], help.io)).toBe(0);
    expect(help.stdout()).toContain('Usage: likestilling transparency <files…> --year <year>');
  });
});
