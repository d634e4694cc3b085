/**
 * Issue 15, items 6 and 7 at the command line: the JSON inputs refuse `__proto__` keys, deep
 * nesting and broken syntax with a clear usage error (exit 2) that names the path and never
 * quotes the file; `validate` lists at most `--max-diagnostics` problems per file and still
 * counts them all; no national id, name or amount reaches stdout or stderr when columns are
 * shifted.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { CANONICAL_CSV_HEADER } from '../../src/io/csv/index.js';
import { completeCycleInput } from '../fixtures/report/published.js';
import { generateYear, nationalId } from '../io/a-melding/generator.js';
import { fakeIO } from './_fakeIO.js';

const HEADER = CANONICAL_CSV_HEADER.join(',');
const row = (i: number, gender: string): string => `E${i},${gender},ordinary,permanent,100,2020-01-01,,Dir/Øst,L${i % 3},G1,${50000 + i}.50,0,0,0,0,0,,`;
const GOOD = [HEADER, ...Array.from({ length: 40 }, (_, i) => row(i, i % 2 === 0 ? 'female' : 'male'))].join('\n') + '\n';
/** The file: national ids in the gender column from record 62 on. */
const IDS = Array.from({ length: 20 }, (_, i) => nationalId('121281', i % 2 === 0 ? 'male' : 'female', i));
const SHIFTED =
  [
    HEADER,
    ...Array.from({ length: 61 }, (_, i) => row(i, i % 2 === 0 ? 'female' : 'male')),
    ...IDS.map((id, i) => row(100 + i, id)),
    row(200, 'Kari Nordmann'),
  ].join('\n') + '\n';
const employer = { organisationNumber: '974760673', name: 'Testetaten', sector: 'public' };
const statement = (files: Record<string, string>) => ({
  'e.csv': GOOD,
  'employer.json': JSON.stringify(employer),
  'cycle.json': JSON.stringify(completeCycleInput),
  ...files,
});

describe('the JSON inputs of the command line', () => {
  const proto = '{"__proto__": {"isAdmin": true}, "name": "Kari Nordmann"}';
  const deep = `{"units": ${'['.repeat(500)}${']'.repeat(500)}}`;
  const broken = '{\n  "name": "Kari Nordmann",\n  "sector": publik\n}';
  const runs: readonly [string, (file: string) => string[], (json: string) => Record<string, string>][] = [
    ['report --employer', (f) => ['report', 'e.csv', '--year', '2025', '--employer', f, '--cycle', 'cycle.json'], (j) => statement({ 'in.json': j })],
    ['report --cycle', (f) => ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', f], (j) => statement({ 'in.json': j })],
    [
      'report --previous',
      (f) => ['report', 'e.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--previous', f],
      (j) => statement({ 'in.json': j }),
    ],
    ['report --policy', (f) => ['report', 'e.csv', '--year', '2025', '--publish', '--policy', f], (j) => ({ 'e.csv': GOOD, 'in.json': j })],
    ['report --render', (f) => ['report', '--render', f, '--format', 'md'], (j) => ({ 'in.json': j })],
    ['validate --mapping', (f) => ['validate', 'e.csv', '--mapping', f], (j) => ({ 'e.csv': GOOD, 'in.json': j })],
    ['validate --pay-codes', (f) => ['validate', 'e.csv', '--pay-codes', f], (j) => ({ 'e.csv': GOOD, 'in.json': j })],
    ['audit (the table)', (f) => ['audit', f], (j) => ({ 'in.json': j })],
    ['audit --policy', (f) => ['audit', 't.json', '--policy', f], (j) => ({ 't.json': '{}', 'in.json': j })],
  ];
  for (const [name, argv, files] of runs) {
    it(`${name}: a __proto__ key, deep nesting and a syntax error are usage errors naming the place`, async () => {
      const p = fakeIO(files(proto));
      expect(await runCli(argv('in.json'), p.io)).toBe(2);
      expect(p.stderr()).toMatch(/in\.json is not valid:\n {2}field __proto__: key not allowed; expected no "__proto__" key/);
      const d = fakeIO(files(deep));
      expect(await runCli(argv('in.json'), d.io)).toBe(2);
      expect(d.stderr()).toMatch(/field units\.0\.0\.0\.0\.0…0\.0 \(\d+ levels\): nested too deep; expected data nested at most 100 levels deep/);
      const b = fakeIO(files(broken));
      expect(await runCli(argv('in.json'), b.io)).toBe(2);
      expect(b.stderr()).toContain('in.json is not JSON (error at line 3, column 13)');
      for (const f of [p, d, b]) {
        expect(f.stderr()).not.toContain('Kari');
        expect(f.stderr()).not.toMatch(/\n\s+at /);
      }
    });
  }

  it('an employer with units nested past the limit is refused before the schema recurses', async () => {
    let units = '[]';
    for (let i = 0; i < 20_000; i++) units = `[{"name":"u${i}","children":${units}}]`;
    const f = fakeIO(statement({ 'in.json': JSON.stringify(employer).slice(0, -1) + `,"units":${units}}` }));
    expect(await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'in.json', '--cycle', 'cycle.json'], f.io)).toBe(2);
    expect(f.stderr()).toContain('expected data nested at most 100 levels deep');
  });

  it('audit: a unit tree deeper than 32 levels by its parent links is refused (it overflowed the stack)', async () => {
    const chain = (n: number): string =>
      JSON.stringify({ byUnit: Array.from({ length: n }, (_, i) => ({ key: `u${i}`, parent: i === 0 ? null : `u${i - 1}`, depth: i + 1 })) });
    const deep = fakeIO({ 't.json': chain(20_000) });
    expect(await runCli(['audit', 't.json'], deep.io)).toBe(2);
    expect(deep.stderr()).toContain('t.json is not valid:\n  field byUnit.32.parent: nested too deep; expected a unit tree of at most 32 levels');
    const ok = fakeIO({ 't.json': chain(32) });
    await runCli(['audit', 't.json'], ok.io);
    expect(ok.stderr()).not.toContain('unit tree');
    // a cycle of parents is no tree: not refused here (the audit leaves such units out of the tree)
    const cycle = fakeIO({
      't.json': JSON.stringify({
        byUnit: [
          { key: 'a', parent: 'b' },
          { key: 'b', parent: 'a' },
        ],
      }),
    });
    await runCli(['audit', 't.json'], cycle.io);
    expect(cycle.stderr()).not.toContain('unit tree');
  });

  it('a file that ends too early says so', async () => {
    const f = fakeIO(statement({ 'in.json': '{"name": "Kari' }));
    expect(await runCli(['report', 'e.csv', '--year', '2025', '--employer', 'in.json', '--cycle', 'cycle.json'], f.io)).toBe(2);
    expect(f.stderr()).toContain('in.json is not JSON (it ends too early)');
    expect(f.stderr()).not.toContain('Kari');
  });
});

describe('no personal data on stdout or stderr when columns are shifted', () => {
  it('validate (text and JSON) describes what it found', async () => {
    for (const format of ['text', 'json']) {
      const f = fakeIO({ 'e.csv': SHIFTED });
      expect(await runCli(['validate', 'e.csv', '--format', format, '--lang', 'nb'], f.io)).toBe(1);
      const out = f.stdout() + f.stderr();
      for (const id of IDS) expect(out).not.toContain(id);
      expect(out).not.toContain('Kari');
      expect(out).toContain(format === 'text' ? 'post 62, felt «gender»: ukjent verdi for kjønn' : '"foundShape"');
      expect(out).toContain(format === 'text' ? '(fant 11 siffer)' : '"kind": "digits"');
    }
  });

  it('report: stderr says "11 digits", never the id', async () => {
    const f = fakeIO({ 'e.csv': SHIFTED });
    expect(await runCli(['report', 'e.csv', '--year', '2025', '--lang', 'en'], f.io)).toBe(1);
    expect(f.stderr()).toContain(
      'e.csv, record 62, field gender: unknown sex value; expected female|male|other|unknown (or K/M, kvinne/mann, annet/ukjent) (found 11 digits)',
    );
    for (const id of IDS) expect(f.stderr()).not.toContain(id);
    expect(f.stderr()).not.toContain('Kari');
  });
});

describe('validate lists at most --max-diagnostics problems per file and counts them all', () => {
  const many = HEADER + '\n' + 'x\n'.repeat(5000);

  it('default 1000 per file; the last line says how many more', async () => {
    const f = fakeIO({ 'm.csv': many });
    expect(await runCli(['validate', 'm.csv'], f.io)).toBe(1);
    const lines = f.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe('m.csv: 5000 errors, 1 warning; 5000 rows read, 5000 left out');
    expect(lines[1]).toBe('  error     record 1: malformed row (1 field); expected 18 fields');
    expect(lines.filter((l) => l.startsWith('  error'))).toHaveLength(1000);
    expect(lines.at(-2)).toBe('  warning   4000 more problems found, counted but not listed (the first 1000 are listed)');
    expect(lines.at(-1)).toBe('5000 errors, 1 warning in 1 file');
  });

  it('--max-diagnostics sets it, also for JSON; bad values are usage errors', async () => {
    const f = fakeIO({ 'm.csv': many });
    expect(await runCli(['validate', 'm.csv', '--max-diagnostics', '3', '--format', 'json'], f.io)).toBe(1);
    const json = JSON.parse(f.stdout()) as { files: { errors: number; warnings: number; diagnostics: { code: string }[] }[]; errors: number };
    expect(json.errors).toBe(5000);
    expect(json.files[0]).toMatchObject({ errors: 5000, warnings: 1 });
    expect(json.files[0]?.diagnostics.map((d) => d.code)).toEqual(['malformed_row', 'malformed_row', 'malformed_row', 'diagnostics_truncated']);
    for (const bad of ['-1', 'x', '1.5']) {
      const b = fakeIO({ 'm.csv': many });
      expect(await runCli(['validate', 'm.csv', '--max-diagnostics', bad], b.io)).toBe(2);
    }
  });

  it('the a-melding: the problems not listed are counted in the first file', async () => {
    const g = generateYear({ year: 2025, employees: 30, seed: 3 });
    const files = Object.fromEntries(g.files.slice(10).map((x) => [x.name, x.content.replace(/<yrke>\d+<\/yrke>/g, '<yrke>x</yrke>')]));
    const names = Object.keys(files);
    const f = fakeIO(files);
    await runCli(['validate', ...names, '--max-diagnostics', '4', '--format', 'json'], f.io);
    const json = JSON.parse(f.stdout()) as { files: { file: string; warnings: number; diagnostics: unknown[] }[]; warnings: number };
    expect(json.files.reduce((n, x) => n + x.diagnostics.length, 0)).toBe(5);
    expect(json.warnings).toBeGreaterThan(30);
    expect(json.files.reduce((n, x) => n + x.warnings, 0)).toBe(json.warnings);
  });

  it('report counts the problems not kept in its "… and N more"', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => row(i, 'hen'));
    const f = fakeIO({ 'e.csv': [HEADER, ...rows, row(9999, 'female')].join('\n') + '\n' });
    await runCli(['report', 'e.csv', '--year', '2025', '--lang', 'en'], f.io);
    expect(f.stderr()).toContain('… and 1480 more problems (likestilling validate lists them all)');
  });
});
