/**
 * Issue 16, item 5: a statement project. `likestilling init` writes commented, valid templates of
 * the config, the employer and the cycle; `likestilling report --config statement.json` makes the
 * statement from them (every input and output named in the config, paths relative to it).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { StatementConfigSchema } from '../../src/cli/_lib/config.js';
import { withoutComments } from '../../src/cli/_lib/json.js';
import { EmployerSchema, EqualityCycleSchema } from '../../src/models/index.js';
import { ReportSchema } from '../../src/report/index.js';
import { CANONICAL_CSV_HEADER } from '../../src/io/csv/index.js';
import { completeCycleInput } from '../fixtures/report/published.js';
import { englishFragments } from '../locales/_english.js';
import { fakeIO } from './_fakeIO.js';

const HEADER = CANONICAL_CSV_HEADER.join(',');
const csv = (): string =>
  [
    HEADER,
    ...Array.from({ length: 60 }, (_, i) =>
      [
        `E${i}`,
        i % 2 === 0 ? 'female' : 'male',
        'ordinary',
        i % 7 === 0 ? 'temporary' : 'permanent',
        i % 5 === 0 ? '80' : '100',
        '2020-01-01',
        '',
        'Dir',
        i < 20 ? 'Leder' : 'Rådgiver',
        '',
        `${50_000 + i * 100}.00`,
        '0',
        '0',
        '0',
        '0',
        '0',
        '',
        i % 5 === 0 ? 'false' : '',
      ].join(','),
    ),
  ].join('\n') + '\n';
const text = (x: string | Uint8Array | undefined): string => (typeof x === 'string' ? x : new TextDecoder().decode(x));

describe('likestilling init', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: writes the config, the employer and the cycle, commented in ${lang}, each valid`, async () => {
      const f = fakeIO({});
      expect(await runCli(['init', '--lang', lang, '--year', '2025', '--sector', lang === 'en' ? 'public' : 'offentlig', '--dir', 'project'], f.io)).toBe(0);
      expect([...f.written.keys()]).toEqual(['project/statement.json', 'project/employer.json', 'project/cycle.json']);
      const files = Object.fromEntries([...f.written].map(([k, v]) => [k, text(v)]));
      for (const t of Object.values(files)) {
        expect(t).toMatch(/^\/\/ /); // commented
        const comments = t.split('\n').filter((l) => l.trimStart().startsWith('//'));
        if (lang !== 'en') for (const c of comments) expect(englishFragments(c)).toEqual([]);
      }
      const config = StatementConfigSchema.parse(JSON.parse(withoutComments(files['project/statement.json'] ?? '')));
      expect(config.year).toBe(2025);
      expect(EmployerSchema.parse(JSON.parse(withoutComments(files['project/employer.json'] ?? ''))).sector).toBe('public');
      expect(EqualityCycleSchema.parse(JSON.parse(withoutComments(files['project/cycle.json'] ?? ''))).financialYear).toBe(2025);
      expect(f.stdout()).toContain('report --config project/statement.json');
      if (lang !== 'en') expect(englishFragments(f.stdout())).toEqual([]);
    });
  }

  it('does not overwrite a file without --force; bad arguments are usage errors', async () => {
    const exists = async (p: string) => p === 'statement.json';
    const f = fakeIO({}, false, undefined, { exists });
    expect(await runCli(['init', '--year', '2025'], f.io)).toBe(2);
    expect(f.stderr()).toContain('statement.json is there already (--force overwrites it)');
    expect(f.written.size).toBe(0);
    const g = fakeIO({}, false, undefined, { exists });
    expect(await runCli(['init', '--year', '2025', '--force'], g.io)).toBe(0);
    expect(g.written.size).toBe(3);
    expect(await runCli(['init', '--year', '1999'], fakeIO({}).io)).toBe(2);
    expect(await runCli(['init', '--sector', 'both'], fakeIO({}).io)).toBe(2);
    const help = fakeIO({});
    expect(await runCli(['init', '--help', '--lang', 'nb'], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/^Bruk: likestilling init/);
  });

  it('the templates, filled in, make a statement with report --config', async () => {
    const init = fakeIO({});
    await runCli(['init', '--lang', 'nb', '--year', '2025', '--sector', 'offentlig', '--dir', 'p'], init.io);
    const files: Record<string, string> = Object.fromEntries([...init.written].map(([k, v]) => [k, text(v)]));
    files['p/ansatte-2025.csv'] = csv();
    files['p/cycle.json'] = JSON.stringify(completeCycleInput);
    const f = fakeIO(files);
    const code = await runCli(['report', '--config', 'p/statement.json'], f.io);
    expect(f.stderr()).not.toMatch(/^feil:/m);
    expect(code).toBe(0);
    expect([...f.written.keys()]).toEqual(['p/redegjorelse.html', 'p/redegjorelse.json']);
    expect(text(f.written.get('p/redegjorelse.html'))).toContain('<html lang="nb">');
    expect(ReportSchema.parse(JSON.parse(text(f.written.get('p/redegjorelse.json')))).year).toBe(2025);
    // messages in English without --lang or a Norwegian locale; the statement in bokmål all the same
    expect(f.stderr()).toContain('written: p/redegjorelse.html');
    const nb = fakeIO(files, false, undefined, { env: { LANG: 'nb_NO.UTF-8' } });
    await runCli(['report', '--config', 'p/statement.json'], nb.io);
    expect(nb.stderr()).toContain('skrevet: p/redegjorelse.html');
  });
});

describe('likestilling report --config', () => {
  const project = (config: object, extra: Record<string, string> = {}) => ({
    'proj/statement.json': JSON.stringify(config),
    'proj/data/e.csv': csv(),
    'proj/employer.json': JSON.stringify({ organisationNumber: '974760673', name: { nb: 'Etaten', en: 'The Agency' }, sector: 'public' }),
    'proj/cycle.json': JSON.stringify(completeCycleInput),
    ...extra,
  });
  const base = { year: 2025, employer: 'employer.json', cycle: 'cycle.json', data: { files: ['data/e.csv'] } };

  it('writes every output: the format from the extension, the language per output, --show-rules per output', async () => {
    const f = fakeIO(
      project({
        ...base,
        options: { levelOrder: ['Rådgiver', 'Leder'] },
        assessment: { nb: ['Vår vurdering.'], en: ['Our assessment.'] },
        outputs: [
          { file: 'out/s.html' },
          { file: 'out/s.en.md', lang: 'en' },
          { file: 'out/s.nn.md', lang: 'nn' },
          { file: 'out/auditor.html', showRules: true },
          { file: 'out/s.json' },
          { file: 'out/s.xlsx' },
        ],
      }),
    );
    expect(await runCli(['report', '--config', 'proj/statement.json', '--lang', 'en'], f.io)).toBe(0);
    expect([...f.written.keys()]).toEqual([
      'proj/out/s.html',
      'proj/out/s.en.md',
      'proj/out/s.nn.md',
      'proj/out/auditor.html',
      'proj/out/s.json',
      'proj/out/s.xlsx',
    ]);
    // --lang on the command line sets the statements' language over the config's
    expect(text(f.written.get('proj/out/s.nn.md'))).toMatch(/^# Gender equality statement 2025/);
    const g = fakeIO(
      project({
        ...base,
        assessment: { nb: ['Vår vurdering.'], en: ['Our assessment.'] },
        outputs: [{ file: 'out/s.html' }, { file: 'out/s.en.md', lang: 'en' }, { file: 'out/auditor.html', showRules: true }],
      }),
    );
    expect(await runCli(['report', '--config', 'proj/statement.json'], g.io)).toBe(0);
    expect(text(g.written.get('proj/out/s.html'))).toContain('Vår vurdering.');
    expect(text(g.written.get('proj/out/s.html'))).not.toContain('id="appendix"');
    expect(text(g.written.get('proj/out/s.en.md'))).toMatch(/^# Gender equality statement 2025/);
    expect(text(g.written.get('proj/out/s.en.md'))).toContain('Our assessment.');
    expect(text(g.written.get('proj/out/s.en.md'))).toContain('The Agency');
    expect(text(g.written.get('proj/out/auditor.html'))).toContain('id="appendix"');
  });

  it('"transparency": true gives the statement the pay-transparency appendix (TRN-7: the public part only)', async () => {
    const f = fakeIO(project({ ...base, transparency: true, outputs: [{ file: 'out/s.json' }, { file: 'out/s.en.md', lang: 'en' }] }));
    expect(await runCli(['report', '--config', 'proj/statement.json'], f.io)).toBe(0);
    const report = ReportSchema.parse(JSON.parse(text(f.written.get('proj/out/s.json'))));
    expect(report.transparency?.year).toBe(2025);
    expect(report.transparency?.public.quartiles).toHaveLength(4);
    expect(report.transparency).not.toHaveProperty('authorityAndRepresentatives');
    expect(text(f.written.get('proj/out/s.en.md'))).toMatch(/transparency/i);
    // without the key there is no appendix
    const g = fakeIO(project({ ...base, outputs: [{ file: 'out/s.json' }] }));
    expect(await runCli(['report', '--config', 'proj/statement.json'], g.io)).toBe(0);
    expect(ReportSchema.parse(JSON.parse(text(g.written.get('proj/out/s.json')))).transparency).toBeUndefined();
  });

  it('inline inputs, comments, and errors naming the config field', async () => {
    const jsonc = `// a comment\n${JSON.stringify({ ...base, options: { includeNok: true }, outputs: [{ file: 's.md' }] })}`;
    const f = fakeIO(project({}, { 'proj/statement.json': jsonc }));
    expect(await runCli(['report', '--config', 'proj/statement.json'], f.io)).toBe(0);
    expect(f.written.has('proj/s.md')).toBe(true);
    const bad = fakeIO(project({ ...base, employer: { name: 'x' }, outputs: [{ file: 's.md' }] }));
    expect(await runCli(['report', '--config', 'proj/statement.json', '--lang', 'nb'], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/^likestilling report: employer: proj\/statement\.json er ikke gyldig:/);
    const unknown = fakeIO(project({ ...base, outputs: [{ file: 's.md' }], colour: 'red' }));
    expect(await runCli(['report', '--config', 'proj/statement.json'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain('field colour');
    const missing = fakeIO(project({ ...base, data: { files: ['data/none.csv'] }, outputs: [{ file: 's.md' }] }));
    expect(await runCli(['report', '--config', 'proj/statement.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('cannot read proj/data/none.csv: no such file');
    const conflict = fakeIO(project({ ...base, outputs: [{ file: 's.md' }] }));
    expect(await runCli(['report', '--config', 'proj/statement.json', '--year', '2024'], conflict.io)).toBe(2);
    expect(conflict.stderr()).toContain('--year cannot be given with --config');
  });
});
