/**
 * Issue 16, item 1 at the command line: every command runs in nb, nn and en — its help, its
 * output, its usage errors and its report of broken inputs — with no English fragment in the
 * Norwegian output; the language comes from `--lang`, else LC_ALL / LC_MESSAGES / LANG, else
 * English; the same flag style everywhere, with Norwegian value synonyms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { CANONICAL_CSV_HEADER } from '../../src/io/csv/index.js';
import { completeCycleInput } from '../fixtures/report/published.js';
import { englishFragments } from '../locales/_english.js';
import { fakeIO } from './_fakeIO.js';

const HEADER = CANONICAL_CSV_HEADER.join(',');
const row = (i: number, gender = i % 2 === 0 ? 'female' : 'male', pct = '100', pay = `${50_000 + i}.00`): string =>
  [`E${i}`, gender, 'ordinary', 'permanent', pct, '2020-01-01', '', 'Dir', i < 10 ? 'Leder' : 'Rådgiver', '', pay, '0', '0', '0', '0', '0', '', ''].join(',');
const GOOD = [HEADER, ...Array.from({ length: 40 }, (_, i) => row(i))].join('\n') + '\n';
/** Every kind of problem a row can have. */
const BROKEN = [
  HEADER,
  row(1),
  row(1),
  row(2, 'hen'),
  row(3, 'female', 'abc'),
  row(4, 'female', '250'),
  row(5, 'male', '0'),
  row(6, 'female', '100', '-5'),
  row(7, 'female', '100', '1.234'),
  'E8,female,ordinary,permanent,100,31.02.2020,,Dir,L,,1,0,0,0,0,0,,',
  'E9,female,sometimes,forever,100,2020-01-01,2019-01-01,Dir,L,,1,0,0,0,0,0,99,maybe',
  'E10,"unterminated',
  'E11,female',
  `E12,female,ordinary,permanent,100,2020-01-01,,${'x/'.repeat(40)}x,L,,1,0,0,0,0,0,,`,
].join('\n');
const FIXTURES = fileURLToPath(new URL('../fixtures/a-melding', import.meta.url));
const XML = readdirSync(join(FIXTURES, '2025'))
  .filter((f) => f.endsWith('.xml'))
  .sort();
const files: Record<string, string> = {
  'good.csv': GOOD,
  'broken.csv': BROKEN,
  'shifted.csv': 'Ansattnr;Kjønn;Startdato;Stillingsprosent;Kommentar;Ansatt-ID\n1;K;01.01.2020;100;x;1\n',
  'employer.json': JSON.stringify({ organisationNumber: '974760673', name: 'Etaten', sector: 'public' }),
  'private.json': JSON.stringify({ organisationNumber: '974760673', name: 'Firma', sector: 'private' }),
  'cycle.json': JSON.stringify(completeCycleInput),
  'empty-cycle.json': JSON.stringify({ financialYear: 2025 }),
  'bad-employer.json': JSON.stringify({ organisationNumber: '123', name: '', sector: 'both', headcounts: [{ financialYear: 1800, averageHeadcount: -1 }] }),
  'not-json.json': '{\n  "name": publik\n}',
  'proto.json': '{"__proto__": {"x": 1}}',
  'mapping.json': JSON.stringify({ Ansattnr: 'salary', Kjønn: 'gender' }),
  'table.json': JSON.stringify({ hello: 'world' }),
  'config.json': JSON.stringify({ year: 2025, employer: 'employer.json', cycle: { financialYear: 'x' }, data: { files: [] }, outputs: [] }),
  'hr.csv': 'Fødselsnummer;Kjønn;Kjønn2\n123;X;\n',
  ...Object.fromEntries(XML.map((f) => [f, readFileSync(join(FIXTURES, '2025', f), 'utf8')])),
  'wrong-namespace.xml': readFileSync(join(FIXTURES, 'bad', 'wrong-namespace.xml'), 'utf8'),
  'not-a-melding.xml': readFileSync(join(FIXTURES, 'bad', 'not-a-melding.xml'), 'utf8'),
  'truncated.xml': readFileSync(join(FIXTURES, 'bad', 'truncated.xml'), 'utf8'),
};

/** Runs with the messages in `lang` (by --lang, or by the environment when `byEnv`). */
async function run(argv: readonly string[], lang: 'nb' | 'nn' | 'en', byEnv = false): Promise<{ code: number; out: string; text: string }> {
  const env = byEnv ? { LANG: lang === 'nb' ? 'nb_NO.UTF-8' : lang === 'nn' ? 'nn_NO.UTF-8' : 'en_GB.UTF-8' } : {};
  const f = fakeIO(files, false, undefined, { env });
  const code = await runCli(byEnv ? argv : [...argv, '--lang', lang], f.io);
  const out = f.stdout();
  // JSON output keeps its keys and codes as data: only its messages are text to read
  const shown = out.trimStart().startsWith('{')
    ? ((JSON.parse(out) as { files?: { diagnostics: { message: string }[] }[] }).files ?? []).flatMap((x) => x.diagnostics.map((d) => d.message)).join('\n')
    : out;
  return { code, out: out + f.stderr(), text: `${shown}\n${f.stderr()}` };
}

const COMMANDS = ['duties', 'plan', 'validate', 'report', 'analyse', 'audit', 'init', 'transparency'] as const;

/** Outputs on broken inputs and bad arguments, every command. */
const BROKEN_RUNS: readonly (readonly string[])[] = [
  ['frobnicate'],
  [],
  ['duties'],
  ['duties', '--sector', 'both', '--year', '2025'],
  ['duties', '--sector', 'private', '--year', '2025'],
  ['duties', '--sector', 'public', '--year', '2019'],
  ['duties', '--sector', 'public', '--year', '2025', '--headcount', 'many'],
  ['duties', '--sector', 'public', '--year', '2025', '--colour'],
  ['duties', '--sector', 'public', '--year', '2025', '--demand-year', '2024'],
  ['duties', '--sector', 'public', '--year', '2025', 'extra'],
  ['duties', '--sector', 'public', '--year'],
  ['duties', '--sector', 'public', '--year', '2025', '--year', '2026'],
  ['duties', '--help=yes'],
  ['plan'],
  ['plan', '--year', '2025', '--fiscal-year-end', '02-30'],
  ['plan', '--year', '2025', '--last-mapping', '2030'],
  ['validate'],
  ['validate', 'broken.csv'],
  ['validate', 'broken.csv', '--format', 'json'],
  ['validate', 'shifted.csv'],
  ['validate', 'missing.csv'],
  ['validate', 'good.csv', '--mapping', 'mapping.json'],
  ['validate', 'good.csv', '--mapping', 'not-json.json'],
  ['validate', 'good.csv', '--max-diagnostics', '-1'],
  ['validate', 'wrong-namespace.xml', 'not-a-melding.xml', 'truncated.xml'],
  ['validate', ...XML, '--hr', 'hr.csv'],
  ['report'],
  ['report', 'good.csv'],
  ['report', 'broken.csv', '--year', '2025'],
  ['report', 'good.csv', '--year', '2025', '--format', 'html'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'employer.json'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'bad-employer.json', '--cycle', 'cycle.json'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'not-json.json', '--cycle', 'cycle.json'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'proto.json', '--cycle', 'cycle.json'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'private.json', '--cycle', 'cycle.json'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'empty-cycle.json', '--format', 'md'],
  ['report', 'good.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'xlsx'],
  ['report', 'good.csv', ...XML, '--year', '2025'],
  ['report', 'good.csv', '--hr', 'hr.csv', '--year', '2025'],
  ['report', 'truncated.xml', '--year', '2025'],
  ['report', '--config', 'config.json'],
  ['report', '--config', 'missing.json'],
  ['report', '--render', 'table.json', '--format', 'md'],
  ['transparency'],
  ['transparency', 'good.csv'],
  ['transparency', 'broken.csv', '--year', '2025', '--format', 'md'],
  ['transparency', 'good.csv', '--year', '2025', '--format', 'xlsx'],
  ['transparency', 'good.csv', '--year', '2025', '--policy', 'not-json.json'],
  ['transparency', 'truncated.xml', '--year', '2025'],
  ['analyse'],
  ['analyse', 'good.csv'],
  ['analyse', 'good.csv', '--year', '2025', '--by', 'levle'],
  ['analyse', 'broken.csv', '--year', '2025', '--format', 'md'],
  ['analyse', 'good.csv', '--year', '2025', '--publish', '--format', 'md'],
  ['audit'],
  ['audit', 'table.json', '--format', 'text'],
  ['audit', 'not-json.json'],
  ['audit', 'table.json', '--pay-min', '0'],
  ['init', '--year', '1999'],
  ['init', 'a', 'b'],
];

describe('the command line in nb, nn and en', () => {
  for (const command of COMMANDS) {
    it(`${command} --help: in each language, no English in the Norwegian`, async () => {
      const seen = new Set<string>();
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const r = await run([command, '--help'], lang);
        expect(r.code).toBe(0);
        seen.add(r.out);
        if (lang !== 'en') expect(englishFragments(r.text), r.out).toEqual([]);
        // the same through the environment
        expect((await run([command, '--help'], lang, true)).out).toBe(r.out);
      }
      expect(seen.size).toBe(3);
    });
  }

  it('the usage without a command, in each language', async () => {
    for (const lang of ['nb', 'nn'] as const) {
      const r = await run(['--help'], lang);
      expect(r.code).toBe(0);
      expect(englishFragments(r.text), r.out).toEqual([]);
    }
  });

  it('outputs on broken inputs, warnings and bad arguments: no English fragment in bokmål or nynorsk', async () => {
    for (const argv of BROKEN_RUNS) {
      const en = await run(argv, 'en');
      expect(en.out, argv.join(' ')).not.toBe('');
      for (const lang of ['nb', 'nn'] as const) {
        const r = await run(argv, lang);
        expect(r.code, argv.join(' ')).toBe(en.code);
        expect(englishFragments(r.text), `${argv.join(' ')} --lang ${lang}:\n${r.out}`).toEqual([]);
        expect(r.out).not.toBe(en.out);
      }
    }
  }, 120_000);

  it('the output of every command in nn (text formats)', async () => {
    const runs: (readonly string[])[] = [
      ['duties', '--sector', 'kommune', '--year', '2025', '--format', 'tekst'],
      ['plan', '--year', '2025', '--last-mapping', '2024', '--format', 'tekst'],
      ['validate', 'good.csv'],
      ['validate', ...XML, '--hr', 'hr.csv', '--year', '2025'],
      ['report', 'good.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'md'],
      ['init', '--year', '2025'],
    ];
    for (const argv of runs) {
      for (const lang of ['nb', 'nn'] as const) {
        const r = await run(argv, lang);
        expect(englishFragments(r.text), `${argv.join(' ')} --lang ${lang}:\n${r.out}`).toEqual([]);
      }
    }
  });
});

describe('the language of messages', () => {
  const langOf = async (env: Record<string, string>, argv: readonly string[] = []): Promise<string> => {
    const f = fakeIO({}, false, undefined, { env });
    await runCli(['plan', ...argv], f.io);
    const err = f.stderr();
    return err.startsWith('likestilling plan: --year er påkrevd')
      ? 'nb'
      : err.startsWith('likestilling plan: --year må givast') || err.includes('Køyr')
        ? 'nn'
        : 'en';
  };

  it('--lang, else LC_ALL, LC_MESSAGES, LANG (nb/no → nb, nn → nn), else English', async () => {
    expect(await langOf({})).toBe('en');
    expect(await langOf({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(await langOf({ LANG: 'no_NO' })).toBe('nb');
    expect(await langOf({ LANG: 'nn_NO.UTF-8' })).toBe('nn');
    expect(await langOf({ LANG: 'C.UTF-8' })).toBe('en');
    expect(await langOf({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(await langOf({ LANG: 'nb_NO.UTF-8', LC_MESSAGES: 'nn_NO.UTF-8' })).toBe('nn');
    expect(await langOf({ LANG: 'nb_NO.UTF-8', LC_MESSAGES: 'nn_NO.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(await langOf({ LC_ALL: 'nb_NO.UTF-8' }, ['--lang', 'nn'])).toBe('nn');
    expect(await langOf({}, ['--lang', 'bokmål'])).toBe('nb');
    expect(await langOf({}, ['--lang', 'nynorsk'])).toBe('nn');
    expect(await langOf({}, ['--lang=no'])).toBe('nb');
  });

  it('a bad --lang is said in the environment’s language', async () => {
    const f = fakeIO({}, false, undefined, { env: { LANG: 'nb_NO.UTF-8' } });
    expect(await runCli(['plan', '--year', '2025', '--lang', 'sv'], f.io)).toBe(2);
    expect(f.stderr()).toMatch(/^likestilling plan: --lang må være en av «nb», «nn», «en»/);
  });
});
