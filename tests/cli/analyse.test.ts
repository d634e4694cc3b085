/**
 * Issue 19, item 6: `likestilling analyse FILES --year 2025 [--publish] --format json|md|html
 * [--lang]`, reading every input `report` reads; and a statement project's `analysis`, which
 * makes `report --config` explain the gap (EXP-1…EXP-3).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseGap } from '../../src/analysis/analyseGap.js';
import { PublishedGapAnalysisSchema } from '../../src/analysis/publishedSchema.js';
import { GapAnalysisSchema } from '../../src/analysis/schema.js';
import { runCli } from '../../src/cli/index.js';
import { parseEmployeesCsv } from '../../src/io/csv/index.js';
import { ReportSchema } from '../../src/report/index.js';
import { completeCycleInput } from '../fixtures/report/published.js';
import { englishFragments } from '../locales/_english.js';
import { fakeIO, runCommand } from './_fakeIO.js';

const CSV = readFileSync(new URL('../../examples/data/employees-2025.csv', import.meta.url), 'utf8');
const files = { 'e.csv': CSV };

describe('likestilling analyse', () => {
  it('JSON: the internal analysis of the same records, one decomposition per --by', async () => {
    const r = await runCommand('analyse', ['e.csv', '--year', '2025', '--by', 'level,group', '--format', 'json'], files);
    expect(r.code).toBe(0);
    const json = GapAnalysisSchema.parse(JSON.parse(r.out));
    expect(Object.keys(json.decomposition)).toEqual(['level', 'group']);
    const records = parseEmployeesCsv(CSV, { year: 2025 }).records;
    const direct = analyseGap(records, { statistics: { year: 2025, fiscalYearEnd: '12-31' }, breakdowns: ['level', 'group'] });
    // the rules version in force for the financial year, named beside the result (issue 20)
    expect(json).toEqual({ ...JSON.parse(JSON.stringify(direct)), rulesVersion: '2020-01-01' });
    expect(json.decomposition['level']?.total?.percentOfMen).toBe('6.0');
  });

  it('--factor and --options: the factors of the regression, checked', async () => {
    const r = await runCommand('analyse', ['e.csv', '--year', '2025', '--factor', 'level,seniority', '--options', 'o.json'], {
      ...files,
      'o.json': '{ "standardErrors": "HC1" }',
    });
    expect(r.code).toBe(0);
    const json = GapAnalysisSchema.parse(JSON.parse(r.out));
    expect(json.options.factors).toEqual(['level', 'seniority']);
    expect(json.adjusted.standardErrors).toBe('HC1');
    const bad = await runCommand('analyse', ['e.csv', '--year', '2025', '--options', 'o.json', '--lang', 'en'], {
      ...files,
      'o.json': '{ "weighting": "both" }',
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('weighting');
  });

  it('--publish: the published form (ANON-*), never the list of employees', async () => {
    const r = await runCommand('analyse', ['e.csv', '--year', '2025', '--publish', '--policy', 'p.json'], { ...files, 'p.json': '{ "payMinPersons": 10 }' });
    expect(r.code).toBe(0);
    const json = PublishedGapAnalysisSchema.parse(JSON.parse(r.out));
    expect(json.policy.payMinPersons).toBe(10);
    expect(r.out).not.toMatch(/"personKey"|"employeeIds"/);
    expect(JSON.parse(r.out).adjusted).not.toHaveProperty('accountingSet');
    expect(json.rulesVersion).toBe('2020-01-01');
  });

  it('names the rules version in force on the financial year’s last day (issue 20)', async () => {
    const r = await runCommand('analyse', ['e.csv', '--year', '2025', '--fiscal-year-end', '06-30'], files);
    expect(r.code).toBeLessThan(2);
    expect(GapAnalysisSchema.parse(JSON.parse(r.out)).rulesVersion).toBe('2020-01-01');
  });

  it('Markdown and HTML in the language of --lang; the internal form says it is internal', async () => {
    const md = await runCommand('analyse', ['e.csv', '--year', '2025', '--format', 'md', '--lang', 'nn'], files);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# Analyse av lønsskilnaden 2025\n\n\*Intern analyse/);
    expect(md.out).toContain('### Kva lønsskilnaden består av');
    expect(englishFragments(md.out.replace(/\|[^\n]*\|/g, ''))).toEqual([]);
    const html = await runCommand('analyse', ['e.csv', '--year', '2025', '--format', 'html', '--publish', '--lang', 'en'], files);
    expect(html.out).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html.out).toContain('Published form: figures resting on fewer than 5 women or men are hidden.');
    expect(html.out).toContain('<section id="explanation">');
    const text = await runCommand('analyse', ['e.csv', '--year', '2025', '--format', 'tekst', '--lang', 'nb'], files);
    expect(text.out).toContain('# Analyse av lønnsforskjellen 2025');
  });

  it('writes to --out', async () => {
    const f = fakeIO(files);
    expect(await runCli(['analyse', 'e.csv', '--year', '2025', '--out', 'a.json'], f.io)).toBe(0);
    expect(GapAnalysisSchema.parse(JSON.parse(f.written.get('a.json') as string)).year).toBe(2025);
  });

  it('bad arguments are usage errors (exit 2), named', async () => {
    const cases: [readonly string[], string][] = [
      [['analyse'], 'give the data'],
      [['analyse', 'e.csv'], '--year'],
      [['analyse', 'e.csv', '--year', '2025', '--by', 'levle'], '--by must be one of level, group, unit, unit:N, level*group (got "levle")'],
      [['analyse', 'e.csv', '--year', '2025', '--factor', 'age'], '--factor must be one of'],
      [['analyse', 'e.csv', '--year', '2025', '--policy', 'p.json'], '--policy'],
      [['analyse', 'e.csv', '--year', '2025', '--format', 'xlsx'], '--format'],
      [['analyse', 'e.csv', '--year', '2025', '--fiscal-year-end', '02-30'], '--fiscal-year-end'],
      [['analyse', 'missing.csv', '--year', '2025'], 'missing.csv'],
    ];
    for (const [argv, text] of cases) {
      const r = await runCommand(argv[0]!, [...argv.slice(1), '--lang', 'en'], files);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toContain(text);
    }
  });
});

describe('a statement project with an analysis', () => {
  const project = (analysis: unknown): Record<string, string> => ({
    'p/statement.json': JSON.stringify({
      year: 2025,
      employer: 'employer.json',
      cycle: 'cycle.json',
      analysis,
      data: { files: ['e.csv'] },
      outputs: [{ file: 'out/s.json' }, { file: 'out/s.md', lang: 'en' }],
    }),
    'p/employer.json': JSON.stringify({ organisationNumber: '974760673', name: 'Eksempel', sector: 'public' }),
    'p/cycle.json': JSON.stringify({ ...completeCycleInput, financialYear: 2025 }),
    'p/e.csv': CSV,
  });

  it('report --config explains the gap, from the published analysis', async () => {
    const f = fakeIO(project({ breakdowns: ['level'] }));
    const code = await runCli(['report', '--config', 'p/statement.json'], f.io);
    expect(code, f.stderr()).toBeLessThan(2);
    const report = ReportSchema.parse(JSON.parse(f.written.get('p/out/s.json') as string));
    expect(report.part1?.explanation?.decompositions[0]?.text.en).toBe(
      "Of the 6.0 percentage points between women's and men's mean pay, 5.7 come from women and men working at different job levels, and 0.3 from pay differences within the same job level.",
    );
    expect(f.written.get('p/out/s.md')).toContain('### What the pay gap is made of');
    const plain = fakeIO(project(true));
    expect(await runCli(['report', '--config', 'p/statement.json'], plain.io)).toBeLessThan(2);
    expect(ReportSchema.parse(JSON.parse(plain.written.get('p/out/s.json') as string)).part1?.explanation?.adjusted.status).toBe('published');
  });

  it('bad analysis options, or statistics of its own, are named (exit 2)', async () => {
    for (const analysis of [{ breakdowns: ['levle'] }, { statistics: { year: 2024 } }]) {
      const f = fakeIO(project(analysis));
      expect(await runCli(['report', '--config', 'p/statement.json', '--lang', 'en'], f.io)).toBe(2);
      expect(f.stderr()).toContain('analysis');
    }
  });
});
