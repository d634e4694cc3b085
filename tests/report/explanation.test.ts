/**
 * Issue 19, item 5: the statement explains the pay gap (EXP-1…EXP-3 in part 1, STM-3) from the
 * published gap analysis only — the decomposition's parts and sentence, the adjusted gap in words,
 * per job group, what is hidden and why (ANON-6: never a hidden value) — in Markdown, HTML and
 * the workbook, nb, nn and en.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyseGap } from '../../src/analysis/analyseGap.js';
import { describeGapDecomposition } from '../../src/analysis/describeGapDecomposition.js';
import { publishGapAnalysis } from '../../src/analysis/publishGapAnalysis.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { LikestillingInputError } from '../../src/_lib/input.js';
import { ReportSchema, buildStatement, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { records, type Row } from '../analysis/_helpers.js';
import { completeCycle, published2025, publicEmployer } from '../fixtures/report/published.js';

const spread = (n: number, row: Row, step: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ ...row, pay: Number(row.pay) + i * step, start: `${2000 + i}-03-01` }));

// level A: 8 women, 8 men; B: 6 women, 10 men; C: 9 men, 3 women (too few women to publish C's pay)
const payroll = records([
  ...spread(8, { sex: 'female', pay: 40_000, level: 'A', group: 'G1' }, 500),
  ...spread(8, { sex: 'male', pay: 41_000, level: 'A', group: 'G1' }, 500),
  ...spread(6, { sex: 'female', pay: 55_000, level: 'B', group: 'G2' }, 700),
  ...spread(10, { sex: 'male', pay: 57_000, level: 'B', group: 'G2' }, 700),
  ...spread(9, { sex: 'male', pay: 80_000, level: 'C', group: 'G2' }, 900),
  ...spread(3, { sex: 'female', pay: 76_000, level: 'C', group: 'G1' }, 900),
]);
const internal = analyseGap(payroll, { statistics: { year: 2025 } });
const analysis = publishGapAnalysis(internal, { payMinPersons: 5 });
const base = { employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle } as const;

describe('buildStatement with a published gap analysis (EXP-1…EXP-3)', () => {
  const report = buildStatement({ ...base, analysis });
  const x = report.part1?.explanation;

  it('carries the explanation, valid against ReportSchema; without an analysis there is none', () => {
    expect(x).toBeDefined();
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(buildStatement(base).part1).not.toHaveProperty('explanation');
    expect(report.completeness.issues).toEqual([]);
  });

  it("the parts are the decomposition's presented percents, adding up to the whole difference, with its sentence", () => {
    const d = x!.decompositions[0]!;
    const internalLevel = internal.decomposition['level']!;
    expect(d.breakdown).toBe('level');
    expect(d.parts.map((p) => p.part)).toEqual(['total', 'composition', 'withinCells']); // every level holds both sexes
    expect(d.parts[0]!.points).toBe(internalLevel.total!.percentOfMen);
    const sum = d.parts.slice(1).reduce((s, p) => s + Math.round(Number(p.points) * 10), 0);
    expect(sum).toBe(Math.round(Number(d.parts[0]!.points) * 10));
    expect(d.parts.every((p) => p.nok === null)).toBe(true); // ratios only unless includeNok (STAT-B0)
    for (const lang of ['nb', 'nn', 'en'] as const) expect(d.text[lang]).toBe(describeGapDecomposition(analysis.decomposition['level']!, { lang }));
  });

  it('the adjusted gap in words: the estimate, its interval, significance and the threshold', () => {
    const a = internal.adjusted;
    expect(x!.adjusted.status).toBe('published');
    expect(x!.adjusted.gapPercent).toBe((Math.round(a.gapPercent! * 10) / 10).toFixed(1));
    expect(x!.adjusted.n).toBe(44);
    const codes = x!.paragraphs.map((p) => p.code);
    expect(codes[0]).toBe(a.gapPercent! > 0 ? 'adjusted-lower' : 'adjusted-higher');
    expect(codes).toContain(a.pValue! < 0.05 ? 'significant' : 'not-significant');
    expect(codes).toContain(a.threshold!.exceeded ? 'above-threshold' : 'below-threshold');
    expect(codes.slice(-2)).toEqual(['reading', 'method']);
    expect(x!.paragraphs[0]!.text.en).toMatch(
      /^Compared with men of the same job level, job group, seniority and position \(full or part time\), women are paid \d\.\d% (less|more)/,
    );
  });

  it('per job group: published groups with their gap, flagged over the threshold', () => {
    expect(x!.groups.map((g) => g.group)).toEqual(['G1', 'G2']);
    for (const g of x!.groups) {
      const i = internal.byGroup.find((b) => b.group === g.group)!;
      expect(g.status).toBe('published');
      expect(g.flagged).toBe(i.flagged);
    }
  });

  it('amounts in NOK with includeNok', () => {
    const withNok = buildStatement({ ...base, analysis, options: { includeNok: true } });
    expect(withNok.part1?.explanation?.decompositions[0]?.parts[0]?.nok).toBe(internal.decomposition['level']!.total!.nok);
  });

  it('an analysis of another year is a completeness issue', () => {
    const other = buildStatement({ ...base, analysis: { ...analysis, year: 2024 } });
    expect(other.completeness.issues.map((i) => i.path)).toContainEqual(['analysis', 'year']);
  });

  it('a malformed analysis is an input error naming its path', () => {
    expect(() => buildStatement({ ...base, analysis: { ...analysis, kind: 'x' } as never })).toThrow(LikestillingInputError);
    try {
      buildStatement({ ...base, analysis: { ...analysis, accountingSet: [] } as never });
      expect.unreachable();
    } catch (error) {
      expect((error as LikestillingInputError).issues.map((i) => i.path[0])).toContain('analysis');
    }
  });
});

describe('what is hidden and why (ANON-2, ANON-3, ANON-6)', () => {
  // and a level D of 2 women only: the part of the women outside the common support rests on 2 women
  const withD = analyseGap(
    records([
      ...payroll.map((r) => ({ sex: r.gender as 'female' | 'male', pay: r.pay.basePay!, level: r.jobLevel, group: r.jobGroup, start: r.startDate })),
      ...spread(2, { sex: 'female', pay: 30_000, level: 'D', group: 'G1' }, 100),
    ]),
    { statistics: { year: 2025 } },
  );
  const report = buildStatement({ ...base, analysis: publishGapAnalysis(withD, { payMinPersons: 5 }), options: { includeNok: true } });
  const x = report.part1!.explanation!;

  it('a hidden part is null with status hidden, and the section says why without a value', () => {
    const d = x.decompositions[0]!;
    expect(d.parts.map((p) => p.part)).toEqual(['total', 'composition', 'withinCells', 'menOutsideSupport', 'womenOutsideSupport']);
    expect(d.parts[0]!.status).toBe('published'); // the total rests on every woman and man
    expect(d.parts.find((p) => p.part === 'womenOutsideSupport')).toEqual({ part: 'womenOutsideSupport', points: null, nok: null, status: 'hidden' });
    // complementary (ANON-3): a second part is hidden, so the hidden one is not the total minus the others
    expect(d.parts.filter((p) => p.status === 'hidden').length).toBeGreaterThanOrEqual(2);
    const hidden = x.paragraphs.find((p) => p.code === 'hidden');
    expect(hidden?.params).toEqual({ threshold: 5 });
    expect(hidden?.text.nb).toContain('færre enn 5 kvinner eller menn');
    // the hidden part's value is nowhere in the statement's JSON
    const secret = withD.decomposition['level']!.womenOutsideSupport!;
    const json = JSON.stringify(report.part1!.explanation);
    expect(json).not.toContain(`"${secret.nok}"`);
  });

  it('the adjusted gap of a group with too few women is hidden, and counted in words', () => {
    const all = publishGapAnalysis(internal, { payMinPersons: 15 });
    const e = buildStatement({ ...base, analysis: all }).part1!.explanation!;
    expect(e.groups.every((g) => g.status === 'hidden' && g.gapPercent === null && g.flagged === null)).toBe(true);
    expect(e.paragraphs.find((p) => p.code === 'groups-hidden')?.text.en).toBe(
      'For 2 job groups the adjusted difference is not published, as fewer than 15 women or men work in the group.',
    );
    // 17 women in all: the adjusted gap itself stands
    expect(e.adjusted.status).toBe('published');
    const none = buildStatement({ ...base, analysis: publishGapAnalysis(internal, { payMinPersons: 20 }) }).part1!.explanation!;
    expect(none.adjusted).toMatchObject({ status: 'hidden', gapPercent: null, lower: null, upper: null, pValue: null });
    expect(none.paragraphs[0]!.code).toBe('adjusted-hidden');
  });
});

describe('the renderers show the explanation (nb, nn, en)', () => {
  const report = buildStatement({ ...base, analysis: publishGapAnalysis(internal, { payMinPersons: 7 }) });

  it('Markdown: the section with its table, before the assessment', () => {
    const md = renderMarkdown(report, { lang: 'nb' });
    expect(md).toContain('### Hva lønnsforskjellen består av');
    expect(md).toContain('| Del av forskjellen | Prosentpoeng |');
    expect(md).toContain('| **Hele forskjellen** |');
    expect(md).toContain('*skjult*');
    expect(renderMarkdown(report, { lang: 'en' })).toContain('### What the pay gap is made of');
    expect(renderMarkdown(report, { lang: 'nn' })).toContain('### Kva lønsskilnaden består av');
  });

  it('HTML: the section, its table and a chart of the parts (role img, title, desc with every value)', () => {
    const html = renderHtml(report, { lang: 'en' });
    const section = html.slice(html.indexOf('<section id="explanation">'), html.indexOf('</section>', html.indexOf('<section id="explanation">')));
    expect(section).toContain('<h3>What the pay gap is made of</h3>');
    expect(section).toMatch(/<svg class="chart" role="img" aria-labelledby="explanation-1-chart-t explanation-1-chart-d"/);
    expect(section).toContain('<desc id="explanation-1-chart-d">Bar chart of the parts of the pay gap: The whole difference: ');
    expect(section).toContain('hidden');
  });

  it('the workbook: a sheet of the explanation, a hidden part an empty shaded cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderWorkbook(report, { lang: 'nb' })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Forklaring');
    expect(ws).toBeDefined();
    const texts: unknown[] = [];
    ws!.eachRow((row) => row.eachCell((c) => void texts.push(c.value)));
    expect(texts).toContain('Hva lønnsforskjellen består av');
    expect(texts).toContain('Hele forskjellen');
  });
});
