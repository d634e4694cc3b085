import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { fakeIO, sizesOf, steppingClock } from './_fakeIO.js';
import { ReportSchema } from '../../src/report/index.js';
import { completeCycleInput } from '../fixtures/report/published.js';

const HEADER =
  'employeeId,gender,employmentKind,contract,positionPercent,startDate,endDate,unit,jobLevel,jobGroup,basePay,fixedAllowances,irregularAllowances,bonus,overtime,benefitsInKind,parentalLeaveWeeks,involuntaryPartTime';

/** 30 women and 30 men on two levels, some part-time, temporary and on leave. */
function csv(extraRows: readonly string[] = []): string {
  const rows: string[] = [HEADER];
  for (let i = 0; i < 60; i++) {
    const female = i % 2 === 0;
    const level = i < 20 ? 'Leder' : 'Rådgiver';
    const pct = i % 5 === 0 ? '80' : '100';
    const pay = (female ? 50000 : 52000) + (i < 20 ? 20000 : 0) + i * 10;
    rows.push(
      [
        `E${String(i).padStart(4, '0')}`,
        female ? 'female' : 'male',
        'ordinary',
        i % 7 === 0 ? 'temporary' : 'permanent',
        pct,
        '2020-01-01',
        '',
        i < 30 ? 'Dir/Øst' : 'Dir/Vest',
        level,
        '',
        `${pay}.50`,
        '1000',
        '0',
        '0',
        '0',
        '0',
        i % 6 === 0 ? '12' : '',
        pct === '80' ? (i % 10 === 0 ? 'true' : 'false') : '',
      ].join(','),
    );
  }
  return [...rows, ...extraRows].join('\n') + '\n';
}

const employer = { organisationNumber: '974760673', name: 'Testetaten', sector: 'public' };

const statementFiles = () => ({
  'e.csv': csv(),
  'employer.json': JSON.stringify(employer),
  'cycle.json': JSON.stringify(completeCycleInput),
});

describe('likestilling report', () => {
  it('without statement inputs prints the internal mapping as JSON (issue 3 paths)', async () => {
    const { io, out } = fakeIO({ 'e.csv': csv() });
    expect(await runCli(['report', 'e.csv', '--year', '2025', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(out.join('')) as Record<string, unknown>;
    expect(json).toMatchObject({ year: 2025, referenceDate: '2025-12-31', population: { women: 30, men: 30, total: 60 } });
    expect(json).toHaveProperty('pay.total.womenShareOfMen.mean');
    expect(json).toHaveProperty('byUnit');
    expect(json).toHaveProperty('excluded');
    expect(json).toHaveProperty('options');
    expect(json).not.toHaveProperty('suppressed');
  });

  it('--publish prints the published figures with the suppressed list (issue 4)', async () => {
    const { io, out } = fakeIO({ 'e.csv': csv() });
    expect(await runCli(['report', 'e.csv', '--year', '2025', '--publish'], io)).toBe(0);
    const json = JSON.parse(out.join('')) as { suppressed: unknown[]; population: unknown };
    expect(Array.isArray(json.suppressed)).toBe(true);
    expect(json.population).toBeDefined();
  });

  it('with --employer and --cycle prints the statement as JSON valid against ReportSchema', async () => {
    const { io, out, err } = fakeIO(statementFiles());
    const code = await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'json'], io);
    const report = ReportSchema.parse(JSON.parse(out.join('')));
    expect(report.kind).toBe('statement');
    expect(report.part1?.tables).toHaveLength(7);
    expect(code).toBe(report.completeness.complete ? 0 : 1);
    if (!report.completeness.complete) expect(err.join('')).toContain(report.completeness.issues[0]?.text.nb ?? '?');
  });

  it('html, md in both languages; xlsx to --out', async () => {
    for (const [format, lang, needle] of [
      ['html', 'nb', '<html lang="nb">'],
      ['html', 'en', 'Gender equality statement 2025'],
      ['md', 'nb', '# Likestillingsredegjørelse 2025'],
      ['md', 'en', '## Part 1'],
      ['md', 'nn', '# Likestillingsutgreiing 2025'],
    ] as const) {
      const { io, out } = fakeIO(statementFiles());
      await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', format, '--lang', lang], io);
      expect(out.join('')).toContain(needle);
    }
    const { io, written } = fakeIO(statementFiles());
    await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'xlsx', '--out', 's.xlsx'], io);
    const bytes = written.get('s.xlsx');
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = new ExcelJS.Workbook();
    const b = bytes as Uint8Array;
    await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(8);
  });

  it('--level-order orders the level rows top first', async () => {
    const { io, out } = fakeIO(statementFiles());
    await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--level-order', 'Rådgiver, Leder'], io);
    const report = ReportSchema.parse(JSON.parse(out.join('')));
    expect(report.part1?.tables.find((t) => t.id === 'pay')?.rows.map((r) => r.id)).toEqual(['total', 'level:Rådgiver', 'level:Leder']);
    expect(report.options.levelOrder).toEqual(['Rådgiver', 'Leder']);
  });

  it('--render re-renders an edited statement JSON', async () => {
    const first = fakeIO(statementFiles());
    await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json'], first.io);
    const edited = JSON.parse(first.out.join('')) as { part2: { id: string; paragraphs: string[] }[] };
    edited.part2.find((e) => e.id === 'plans')?.paragraphs.push('Redigert avsnitt fra arbeidsgiveren.');
    const { io, out } = fakeIO({ 's.json': JSON.stringify(edited) });
    expect(await runCli(['report', '--render', 's.json', '--format', 'html'], io)).toBe(0);
    expect(out.join('')).toContain('Redigert avsnitt fra arbeidsgiveren.');
    const bad = fakeIO({ 's.json': '{"kind":"statement"}' });
    expect(await runCli(['report', '--render', 's.json', '--format', 'md'], bad.io)).toBe(2);
  });

  it('--previous compares with last year', async () => {
    const first = fakeIO(statementFiles());
    await runCli(['report', 'e.csv', '--year', '2024', '--employer', 'employer.json', '--cycle', 'cycle.json'], first.io);
    const files = { ...statementFiles(), 'prev.json': first.out.join('') };
    const { io, out } = fakeIO(files);
    await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--previous', 'prev.json'], io);
    const report = ReportSchema.parse(JSON.parse(out.join('')));
    expect(report.part1?.previousYear).toBe(2024);
  });

  it('exit 1 when rows had errors (the figures are still printed)', async () => {
    const { io, out, err } = fakeIO({ 'e.csv': csv(['X1,female,ordinary,permanent,abc,2020-01-01,,,,,1,0,0,0,0,0,,']) });
    expect(await runCli(['report', 'e.csv', '--year', '2025'], io)).toBe(1);
    expect(JSON.parse(out.join(''))).toHaveProperty('population');
    expect(err.join('')).toMatch(/^error: /m);
  });

  const bad: [string, string[], Record<string, string>][] = [
    ['no file', ['report', '--year', '2025'], {}],
    ['no year', ['report', 'e.csv'], { 'e.csv': csv() }],
    ['bad year', ['report', 'e.csv', '--year', 'x'], { 'e.csv': csv() }],
    ['unknown option', ['report', 'e.csv', '--year', '2025', '--frobnicate'], { 'e.csv': csv() }],
    ['bad format', ['report', 'e.csv', '--year', '2025', '--format', 'pdf'], { 'e.csv': csv() }],
    ['html without statement inputs', ['report', 'e.csv', '--year', '2025', '--format', 'html'], { 'e.csv': csv() }],
    ['employer without cycle', ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json'], statementFiles()],
    ['xlsx without --out', ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'xlsx'], statementFiles()],
    ['bad lang', ['report', 'e.csv', '--year', '2025', '--lang', 'se'], { 'e.csv': csv() }],
    ['missing file', ['report', 'nope.csv', '--year', '2025'], {}],
    [
      'invalid employer',
      ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json'],
      { ...statementFiles(), 'employer.json': '{"name":"x"}' },
    ],
    [
      'employer not JSON',
      ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json'],
      { ...statementFiles(), 'employer.json': '{' },
    ],
    ['missing columns', ['report', 'e.csv', '--year', '2025'], { 'e.csv': 'a,b\n1,2\n' }],
    [
      'private employer without a headcount (duties cannot be assessed)',
      ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json'],
      { ...statementFiles(), 'employer.json': JSON.stringify({ ...employer, sector: 'private' }) },
    ],
  ];
  for (const [name, argv, files] of bad) {
    it(`exit 2: ${name}`, async () => {
      const { io, err } = fakeIO(files);
      expect(await runCli(argv, io)).toBe(2);
      expect(err.join('')).not.toBe('');
    });
  }

  it('shows progress on stderr for a big file only when stderr is a terminal', async () => {
    const big = csv(
      Array.from({ length: 14_000 }, (_, i) =>
        [
          `B${i}`,
          i % 2 === 0 ? 'female' : 'male',
          'ordinary',
          'permanent',
          '100',
          '2020-01-01',
          '',
          'Dir/Øst',
          'Rådgiver',
          '',
          '55000.00',
          '1000.00',
          '0',
          '0',
          '0',
          '0',
          '',
          '',
        ].join(','),
      ),
    );
    expect(big.length).toBeGreaterThan(1 << 20);
    const tty = fakeIO({ 'e.csv': big }, true);
    expect(await runCli(['report', 'e.csv', '--year', '2025'], tty.io)).toBe(0);
    expect(tty.err.join('')).toMatch(/^\re\.csv: 1\.\d MiB read/);
    expect(tty.err.join('')).toMatch(/\n$/);
    // with the file's size and a clock: the share read, rows per second and the time left
    const files = { 'e.csv': big };
    const timed = fakeIO(files, true, 64 * 1024, { fileSize: sizesOf(files), now: steppingClock(300) });
    expect(await runCli(['report', 'e.csv', '--year', '2025'], timed.io)).toBe(0);
    expect(timed.err.join('')).toMatch(/e\.csv: 1\.\d of 1\.\d MiB read \(\d+ %\), [\d,]+ rows\/s, about \d+ s left/);
    const nb = fakeIO(files, true, 64 * 1024, { fileSize: sizesOf(files), now: steppingClock(300) });
    await runCli(['report', 'e.csv', '--year', '2025', '--lang', 'nb'], nb.io);
    expect(nb.err.join('')).toMatch(/e\.csv: 1,\d av 1,\d MiB lest \(\d+ %\), [\d\s\u00a0\u202f]+ rader\/s, omtrent \d+ s igjen/);
    const quiet = fakeIO({ 'e.csv': big }, true);
    await runCli(['report', 'e.csv', '--year', '2025', '--quiet'], quiet.io);
    expect(quiet.err.join('')).toBe('');
    const pipe = fakeIO({ 'e.csv': big }, false);
    await runCli(['report', 'e.csv', '--year', '2025'], pipe.io);
    expect(pipe.err.join('')).toBe('');
    const small = fakeIO({ 'e.csv': csv() }, true);
    await runCli(['report', 'e.csv', '--year', '2025'], small.io);
    expect(small.err.join('')).toBe('');
  });

  it('--help prints the usage and exits 0', async () => {
    const { io, out } = fakeIO({});
    expect(await runCli(['report', '--help'], io)).toBe(0);
    expect(out.join('')).toContain('--employer');
  });
});
