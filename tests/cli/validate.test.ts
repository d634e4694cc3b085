import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { fakeIO as fakeFiles } from './_fakeIO.js';

/** Streams in 16-byte chunks: the streaming readers see awkward splits. */
const fakeIO = (files: Record<string, string | Uint8Array>, isTTY = false) => fakeFiles(files, isTTY, 16);
import { CANONICAL_CSV_HEADER } from '../../src/io/csv/index.js';
import { generateYear } from '../io/a-melding/generator.js';

const HEADER = CANONICAL_CSV_HEADER.join(',');
const GOOD = `${HEADER}\nA,female,,permanent,100,2020-01-01,,Dir,L1,G1,50000,0,0,0,0,0,,\nB,male,,temporary,80,2020-01-01,,Dir,L1,G1,52000,0,0,0,0,0,,true\n`;
const BAD = `${HEADER}\nA,female,,permanent,100,2020-01-01,,Dir,L1,G1,50000,0,0,0,0,0,,\nA,hen,,permanent,0,2020-01-01,2019-01-01,Dir,L1,G1,-5,0,0,0,0,0,,\n`;
const WARN_ONLY = `${HEADER}\nA,female,,permanent,0,2020-01-01,,Dir,L1,G1,50000,0,0,0,0,0,,\n`;

describe('likestilling validate', () => {
  it('exits 0 for a clean file and 0 for warnings only', async () => {
    const f = fakeIO({ 'good.csv': GOOD, 'warn.csv': WARN_ONLY });
    expect(await runCli(['validate', 'good.csv', 'warn.csv'], f.io)).toBe(0);
    expect(f.stdout()).toContain('good.csv: 0 errors, 0 warnings; 2 rows read, 0 left out');
    expect(f.stdout()).toContain('warn.csv: 0 errors, 1 warning');
    expect(f.stdout()).toContain('position percent is 0 or missing');
  });

  it('exits 1 and lists every problem as JSON, without personal values', async () => {
    const f = fakeIO({ 'good.csv': GOOD, 'bad.csv': BAD });
    expect(await runCli(['validate', 'good.csv', 'bad.csv', '--format', 'json'], f.io)).toBe(1);
    const json = JSON.parse(f.stdout()) as {
      files: {
        file: string;
        errors: number;
        warnings: number;
        rejected: number;
        diagnostics: { code: string; severity: string; record?: number; message: string }[];
      }[];
      errors: number;
      warnings: number;
    };
    expect(json.files.map((x) => x.file)).toEqual(['good.csv', 'bad.csv']);
    const bad = json.files[1]!;
    expect(bad.diagnostics.map((d) => `${d.severity}:${d.code}@${d.record}`)).toEqual([
      'error:duplicate_employee_id@2',
      'error:unknown_sex_value@2',
      'warning:position_percent_zero_or_missing@2',
      'error:end_before_start@2',
      'error:negative_pay@2',
    ]);
    expect(bad).toMatchObject({ errors: 4, warnings: 1, rejected: 1 });
    expect(json).toMatchObject({ errors: 4, warnings: 1 });
    expect(bad.diagnostics[0]?.message).toBe('bad.csv, record 2, field employeeId: duplicate employee id (first seen in record 1)');
    expect(f.stdout()).not.toContain('-5');
  });

  it('writes bokmål with --lang nb', async () => {
    const f = fakeIO({ 'bad.csv': BAD });
    expect(await runCli(['validate', 'bad.csv', '--lang', 'nb'], f.io)).toBe(1);
    expect(f.stdout()).toContain('ansatt-ID finnes fra før');
  });

  it('reads a column mapping, an import profile and a pay-code table', async () => {
    const hr = 'Ansattnr;Kjønn;Stilling;Fra;1000 Fastlønn;9000 Feriepenger\n1;K;100;01.01.2020;"45 000,50";100\n';
    const mapping = JSON.stringify({ Ansattnr: 'employeeId', Kjønn: 'gender', Stilling: 'positionPercent', Fra: 'startDate' });
    const profile = JSON.stringify({ columnMapping: JSON.parse(mapping) as unknown, decimal: ',' });
    const payCodes = JSON.stringify({ '1000': 'basePay', '9000': 'notPay' });
    for (const m of [mapping, profile]) {
      const f = fakeIO({ 'hr.csv': hr, 'm.json': m, 'p.json': payCodes });
      expect(await runCli(['validate', 'hr.csv', '--mapping', 'm.json', '--pay-codes', 'p.json', '--format', 'json'], f.io)).toBe(0);
      const json = JSON.parse(f.stdout()) as { files: { read: number; errors: number }[] };
      expect(json.files[0]).toMatchObject({ read: 1, errors: 0 });
    }
  });

  it('reports a missing required column as an error (exit 1)', async () => {
    const f = fakeIO({ 'x.csv': 'unit\nA\n' });
    expect(await runCli(['validate', 'x.csv'], f.io)).toBe(1);
    expect(f.stdout()).toContain('missing required columns: employeeId, gender, startDate, positionPercent');
    expect(f.stdout()).toContain('cannot be used');
  });

  it('checks the year column against --year', async () => {
    const f = fakeIO({ 'y.csv': 'employeeId,gender,startDate,positionPercent,year\nA,K,2020-01-01,100,2024\n' });
    expect(await runCli(['validate', 'y.csv', '--year', '2025', '--format', 'json'], f.io)).toBe(1);
    expect(f.stdout()).toContain('mixed_years');
  });

  it('exits 2 for bad arguments and unreadable files', async () => {
    expect(await runCli(['validate'], fakeIO({}).io)).toBe(2);
    expect(await runCli(['validate', 'a.csv', '--format', 'xml'], fakeIO({ 'a.csv': GOOD }).io)).toBe(2);
    expect(await runCli(['validate', 'a.csv', '--bogus'], fakeIO({ 'a.csv': GOOD }).io)).toBe(2);
    expect(await runCli(['validate', 'a.csv', '--mapping', 'none.json'], fakeIO({ 'a.csv': GOOD }).io)).toBe(2);
    expect(await runCli(['validate', 'a.csv', '--mapping', 'm.json'], fakeIO({ 'a.csv': GOOD, 'm.json': '{"A":"salary"}' }).io)).toBe(2);
    const f = fakeIO({ 'a.csv': GOOD });
    expect(await runCli(['validate', 'a.csv', 'missing.csv'], f.io)).toBe(2);
    expect(f.stderr()).toBe('likestilling validate: cannot read missing.csv: no such file\n');
    expect(f.stdout()).toContain('a.csv: 0 errors');
    const nb = fakeIO({ 'a.csv': GOOD });
    expect(await runCli(['validate', 'a.csv', 'missing.csv', '--lang', 'nb', '--format', 'json'], nb.io)).toBe(2);
    expect(nb.stderr()).toBe('likestilling validate: kan ikke lese missing.csv: filen finnes ikke\n');
    expect(JSON.parse(nb.stdout())).toMatchObject({ unreadable: [{ file: 'missing.csv', reason: 'missing' }] });
  });

  it('shows progress on a terminal only, for a big file, not with --quiet', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `E${i},female,,permanent,100,2020-01-01,,Dir,L1,G1,50000,0,0,0,0,0,,`);
    const big = `${HEADER}\n${rows.join('\n')}\n`;
    expect(big.length).toBeGreaterThan(1 << 20);
    const tty = fakeFiles({ 'a.csv': big }, true, 64 * 1024);
    await runCli(['validate', 'a.csv'], tty.io);
    expect(tty.stderr()).toMatch(/^\ra\.csv: 1\.\d MiB read/);
    for (const [argv, isTTY, files] of [
      [['validate', 'a.csv'], false, { 'a.csv': big }],
      [['validate', 'a.csv', '--quiet'], true, { 'a.csv': big }],
      [['validate', 'a.csv', '-q'], true, { 'a.csv': big }],
      [['validate', 'a.csv'], true, { 'a.csv': GOOD }],
    ] as const) {
      const f = fakeFiles(files, isTTY);
      await runCli(argv, f.io);
      expect(f.stderr()).toBe('');
    }
  });

  it('reads a-melding files together, with an HR file', async () => {
    const y = generateYear({ year: 2025, employees: 6, seed: 3 });
    const files: Record<string, string> = Object.fromEntries(y.files.map((x) => [x.name, x.content]));
    files['hr.csv'] = 'fødselsnummer;kjønn\n';
    const f = fakeIO(files);
    const code = await runCli(['validate', ...y.files.map((x) => x.name), '--hr', 'hr.csv', '--year', '2025', '--format', 'json'], f.io);
    const json = JSON.parse(f.stdout()) as { files: { file?: string; files?: string[]; months?: string[]; kind: string; read: number }[]; errors: number };
    // the year's a-melding files are one input (an employment spans months), listed with its files and months
    expect(json.files.map((x) => x.kind)).toEqual(['hr', 'a-melding']);
    expect(json.files[0]?.file).toBe('hr.csv');
    expect(json.files[1]?.files).toEqual(y.files.map((x) => x.name));
    expect(json.files[1]?.months).toHaveLength(12);
    expect(json.files[1]?.read).toBeGreaterThan(0);
    const text = fakeIO(files);
    await runCli(['validate', ...y.files.map((x) => x.name), '--hr', 'hr.csv', '--year', '2025', '--lang', 'nn'], text.io);
    expect(text.stdout()).toMatch(/^a-melding, 12 filer \(2025-01 – 2025-12\): /m);
    expect(code).toBe(json.errors > 0 ? 1 : 0);
  });
});
