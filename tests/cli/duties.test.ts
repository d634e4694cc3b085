import { describe, it, expect } from 'vitest';
import { runCommand } from './_fakeIO.js';

const run = (...argv: string[]) => runCommand('duties', argv);

describe('likestilling duties', () => {
  it('prints the issue example as JSON with the named booleans and the basis list', async () => {
    const r = await run('--sector', 'private', '--headcount', '35', '--demanded-by', 'representatives', '--year', '2025', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as Record<string, unknown> & {
      basis: { duty: string; applies: boolean; rule: string; paragraph: string; figures: unknown }[];
    };
    expect(json).toMatchObject({
      year: 2025,
      fourStepMethod: true,
      biennialMapping: true,
      statement: true,
      documentationDuty: false,
      category: 'private-20-50-demanded',
    });
    expect(json['demand']).toEqual({ party: 'employee-representatives', financialYear: 2025 });
    expect(json.basis.map((b) => [b.duty, b.applies, b.rule])).toEqual([
      ['general-duty', true, 'COV-1'],
      ['four-step-method', true, 'COV-4'],
      ['biennial-mapping', true, 'COV-4'],
      ['statement', true, 'COV-4'],
      ['documentation-duty', false, 'COV-4'],
    ]);
    expect(json.basis[1]?.figures).toEqual({ sector: 'private', headcount: 35, threshold: '20–50', demand: 'employee-representatives' });
  });

  it('defaults to JSON; without a demand a private 35 has the documentation duty only', async () => {
    const r = await run('--sector', 'private', '--headcount', '35', '--year', '2025');
    expect(JSON.parse(r.out)).toMatchObject({ fourStepMethod: false, biennialMapping: false, statement: false, documentationDuty: true });
  });

  it('--format text prints a sentence (en, and nb with --lang nb)', async () => {
    const en = await run('--sector', 'public', '--year', '2025', '--format', 'text');
    expect(en.code).toBe(0);
    expect(en.out).toBe(
      'In financial year 2025, a public employer (of any size) has the general activity duty, the four-step method, the biennial mappings of pay and involuntary part-time and the annual equality statement (LDL §§ 26, 26 a; COV-1, COV-2).\n',
    );
    const nb = await run('--sector', 'private', '--headcount', '51', '--year', '2025', '--format', 'text', '--lang', 'nb');
    expect(nb.out).toMatch(/^I regnskapsåret 2025 har en privat virksomhet med mer enn 50 ansatte \(51\) /);
  });

  it('a demand made in a later year does not count yet; --authority adds § 24', async () => {
    const later = await run('--sector', 'private', '--headcount', '30', '--demanded-by', 'majority', '--demand-year', '2026', '--year', '2025');
    expect(JSON.parse(later.out)).toMatchObject({ statement: false, demand: null });
    const auth = await run('--sector', 'public', '--year', '2025', '--authority');
    expect(JSON.parse(auth.out).authorityDuty).toMatchObject({ applies: true, rule: 'COV-8', paragraph: 'LDL § 24' });
  });

  it.each([
    [['--headcount', '35', '--year', '2025'], /--sector is required/],
    [
      ['--sector', 'privately', '--headcount', '35', '--year', '2025'],
      /--sector must be one of public, private \(or offentlig, .*, privat\) \(got "privately"\)/,
    ],
    [['--sector', 'private', '--year', '2025'], /--headcount is required/],
    [['--sector', 'private', '--headcount=-3', '--year', '2025'], /--headcount must be a number/],
    [['--sector', 'private', '--headcount', '-3', '--year', '2025'], /--headcount needs a value \(write --headcount=… for a value that starts with a dash\)/],
    [['--sector', 'private', '--headcount', 'many', '--year', '2025'], /--headcount must be a number/],
    [['--sector', 'private', '--headcount', '35'], /--year is required/],
    [['--sector', 'private', '--headcount', '35', '--year', '2019'], /--year must be between 2020/],
    [['--sector', 'private', '--headcount', '35', '--year', 'next'], /--year must be a whole number/],
    [['--sector', 'private', '--headcount', '35', '--year', '2025', '--demanded-by', 'union'], /--demanded-by must be one of/],
    [['--sector', 'private', '--headcount', '35', '--year', '2025', '--demand-year', '2024'], /--demand-year needs --demanded-by/],
    [['--sector', 'private', '--headcount', '35', '--year', '2025', '--format', 'xml'], /--format must be one of json, text/],
    [['--sector', 'private', '--headcount', '35', '--year', '2025', '--lang', 'de'], /--lang must be one of/],
    [['--sector', 'private', '--headcount', '35', '--year', '2025', '--colour'], /unknown option --colour/],
    [['--sector', 'private', '--headcount', '35', '--year', '2025', 'extra'], /unexpected argument "extra"/],
  ])('bad arguments %j → message on stderr, exit code 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^likestilling duties: /);
    expect(r.err).toMatch(message);
  });

  it('--help prints the options and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--demanded-by <party>');
    expect(r.out).toContain('Exit codes: 0 done; 2 bad arguments.');
  });

  it('Norwegian values: offentlig, privat, kommune, tillitsvalgte, tekst', async () => {
    const pub = await run('--sector', 'kommune', '--year', '2025');
    expect(JSON.parse(pub.out)).toMatchObject({ statement: true, category: 'public' });
    const priv = await run(
      '--sector',
      'privat',
      '--headcount',
      '35',
      '--demanded-by',
      'tillitsvalgte',
      '--year',
      '2025',
      '--format',
      'tekst',
      '--lang',
      'nynorsk',
    );
    expect(priv.code).toBe(0);
    expect(priv.out).toMatch(/^I rekneskapsåret 2025 /);
  });

  it('--lang nn and the environment choose the language of help and errors', async () => {
    const help = await run('--help', '--lang', 'nn');
    expect(help.out).toMatch(/^Bruk: likestilling duties/);
    const err = await run('--sector', 'offentleg-ish', '--year', '2025', '--lang', 'nb');
    expect(err.err).toMatch(/^likestilling duties: --sector må være en av «public»/);
    expect(err.err).toContain('Kjør `likestilling duties --help` for valgene.');
  });
});
