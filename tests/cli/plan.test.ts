import { describe, it, expect } from 'vitest';
import { runCommand } from './_fakeIO.js';

const run = (...argv: string[]) => runCommand('plan', argv);

describe('likestilling plan', () => {
  it('prints the issue example as JSON with the named fields', async () => {
    const r = await run('--year', '2025', '--last-mapping', '2024', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({
      year: 2025,
      biennialMappingRequired: false,
      mayReuseMappingFrom: 2024,
      adoptionDeadline: '2026-06-30',
      filingDeadline: '2026-07-31',
    });
  });

  it('shifts the deadlines with --fiscal-year-end 06-30', async () => {
    const r = await run('--year', '2025', '--last-mapping', '2024', '--fiscal-year-end', '06-30', '--format', 'json');
    expect(JSON.parse(r.out)).toMatchObject({
      fiscalYearStart: '2024-07-01',
      fiscalYearLast: '2025-06-30',
      adoptionDeadline: '2025-12-31',
      filingDeadline: '2026-01-31',
    });
  });

  it('without --last-mapping (or with none) the mapping is due', async () => {
    for (const argv of [
      ['--year', '2025'],
      ['--year', '2025', '--last-mapping', 'none'],
    ]) {
      const r = await run(...argv);
      expect(JSON.parse(r.out)).toMatchObject({ biennialMappingRequired: true, mayReuseMappingFrom: null, lastMappingYear: null });
    }
  });

  it('--format text prints sentences', async () => {
    const r = await run('--year', '2025', '--last-mapping', '2023', '--format', 'text');
    expect(r.out).toBe(
      'Financial year 2025 (2025-01-01 – 2025-12-31): pay by sex and involuntary part-time must be mapped (ACT-4). The statement, with the annual report, is adopted by 2026-06-30 and filed by 2026-07-31 (STM-5).\n',
    );
    const nb = await run('--year', '2025', '--last-mapping', '2024', '--format', 'text', '--lang', 'nb');
    expect(nb.out).toContain('tallene fra 2024 kan gjenbrukes (STM-6)');
  });

  it.each([
    [[], /--year is required/],
    [['--year', '2019'], /--year must be between 2020/],
    [['--year', '2025', '--last-mapping', '2026'], /--last-mapping must be between 1900 and 2025/],
    [['--year', '2025', '--last-mapping', 'last'], /--last-mapping must be a whole number/],
    [['--year', '2025', '--fiscal-year-end', '06-31'], /--fiscal-year-end must be a real month and day/],
    [['--year', '2025', '--fiscal-year-end', '2025-06-30'], /--fiscal-year-end must be a real month and day/],
    [['--year', '2025', '--format', 'yaml'], /--format must be one of json, text/],
    [['--year', '2025', '--lang', 'sv'], /--lang must be one of/],
    [['--year', '2025', '--last'], /unknown option --last/],
    [['--year'], /--year needs a value/],
  ])('bad arguments %j → message on stderr, exit code 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^likestilling plan: /);
    expect(r.err).toMatch(message);
  });

  it('--help prints the options and exits 0', async () => {
    const r = await run('-h');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--fiscal-year-end <MM-DD>');
    const nn = await run('-h', '--lang', 'nn');
    expect(nn.out).toContain('--fiscal-year-end <MM-DD>');
    expect(nn.out).toMatch(/^Bruk: likestilling plan/);
  });
});
