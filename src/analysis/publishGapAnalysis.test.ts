/**
 * EXP-3 and ANON-2/3/6: the published form of the gap analysis, its suppression by hand, and the
 * statement's sentence (nb, nn, en) for the internal and the published decomposition.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyseGap } from './analyseGap.js';
import { describeGapDecomposition } from './describeGapDecomposition.js';
import { publishGapAnalysis } from './publishGapAnalysis.js';
import { PublishedGapAnalysisSchema } from './publishedSchema.js';
import { GapAnalysisSchema } from './schema.js';
import { records, times, type Row } from '../../tests/analysis/_helpers.js';

const year = { year: 2025 };
const spread = (n: number, row: Row, step: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ ...row, pay: Number(row.pay) + i * step, start: `${2000 + i}-03-01` }));

// A: 6 women, 6 men; B: 2 women, 6 men; C: 6 men only; D: 1 woman only
const payroll = records([
  ...spread(6, { sex: 'female', pay: 40_000, level: 'A', group: 'G1' }, 500),
  ...spread(6, { sex: 'male', pay: 42_000, level: 'A', group: 'G1' }, 500),
  ...spread(2, { sex: 'female', pay: 55_000, level: 'B', group: 'G2' }, 700),
  ...spread(6, { sex: 'male', pay: 60_000, level: 'B', group: 'G2' }, 700),
  ...spread(6, { sex: 'male', pay: 80_000, level: 'C', group: 'G2' }, 900),
  { sex: 'female', pay: 30_000, level: 'D', group: 'G1' },
]);
const analysis = analyseGap(payroll, { statistics: year, threshold: 1 });

describe('publishGapAnalysis: primary and complementary suppression (ANON-2, ANON-3)', () => {
  const published = publishGapAnalysis(analysis, { payMinPersons: 5 });
  const d = published.decomposition['level']!;
  const primary = { hidden: { rule: 'ANON-2', code: 'pay-below-threshold', threshold: 5 } };
  const complementary = { hidden: { rule: 'ANON-3', code: 'complementary', threshold: 5 } };

  it('the total stands; the women outside the support (1) are hidden, and the men outside with them', () => {
    expect(d.total).toEqual({ nok: analysis.decomposition['level']!.total!.nok, percentOfMen: analysis.decomposition['level']!.total!.percentOfMen });
    expect(d.womenOutsideSupport).toEqual(primary);
    // the four parts add up to the total: a second part is hidden, the one on the fewest persons (6 men)
    expect(d.menOutsideSupport).toEqual(complementary);
    expect(d.composition).not.toHaveProperty('hidden');
    expect(d.withinCells).not.toHaveProperty('hidden');
    expect(d.presentedPercents).toBeNull();
  });

  it("a cell's contributions are hidden when a sex in it is below the threshold, and a partner cell with them", () => {
    const cell = (key: string): (typeof d.cells)[number] => d.cells.find((c) => c.key[0] === key)!;
    expect([cell('B').composition, cell('B').withinCells]).toEqual([primary, primary]);
    // A is the only other cell of composition and within: hidden, or B's would be the part minus A's
    expect([cell('A').composition, cell('A').withinCells]).toEqual([complementary, complementary]);
    expect(cell('D').womenOutsideSupport).toEqual(primary);
    // C alone would pin the hidden men-outside part: hidden too
    expect(cell('C').menOutsideSupport).toEqual(complementary);
    expect([cell('B').women, cell('B').men]).toEqual([2, 6]);
    expect(cell('A')).not.toHaveProperty('women.mean');
  });

  it('reasons state the rule and the threshold only (ANON-6), never a value', () => {
    const reasons = JSON.stringify(published).match(/"hidden":\{[^}]*\}/g) ?? [];
    expect(reasons.length).toBeGreaterThan(5);
    for (const r of reasons) expect(Object.keys(JSON.parse(r.slice('"hidden":'.length)) as object).sort()).toEqual(['code', 'rule', 'threshold']);
  });

  it('hides everything when the employer has too few women or men; per group likewise', () => {
    const strict = publishGapAnalysis(analysis, { payMinPersons: 10 });
    const s = strict.decomposition['level']!;
    expect([s.total, s.composition, s.womenShareOfMen]).toEqual([
      { hidden: { rule: 'ANON-2', code: 'pay-below-threshold', threshold: 10 } },
      { hidden: { rule: 'ANON-2', code: 'pay-below-threshold', threshold: 10 } },
      { hidden: { rule: 'ANON-2', code: 'pay-below-threshold', threshold: 10 } },
    ]);
    expect(strict.adjusted).toEqual({ hidden: { rule: 'ANON-2', code: 'pay-below-threshold', threshold: 10 } });
    expect(published.byGroup.map((g) => [g.group, g.women, g.men, 'hidden' in g.adjusted, g.flagged])).toEqual([
      ['G1', 7, 6, false, published.byGroup[0]!.flagged],
      ['G2', 2, 12, true, null],
    ]);
  });

  it('ratios only: no NOK amounts (ANON-4)', () => {
    const ratios = publishGapAnalysis(analysis, { payMinPersons: 1, ratiosOnly: true }).decomposition['level']!;
    expect(ratios.total).toEqual({ nok: null, percentOfMen: analysis.decomposition['level']!.total!.percentOfMen });
    expect(ratios.presentedPercents).toEqual(analysis.decomposition['level']!.presentedPercents);
  });

  it('never carries the accounting set; its schema refuses one', () => {
    expect(analysis.adjusted.accountingSet).not.toBeNull(); // the internal form has it (gap over 1 %)
    expect('accountingSet' in published.adjusted).toBe(false);
    expect(JSON.stringify(published)).not.toMatch(/personKey|employeeIds|"E\d+"/);
    expect(PublishedGapAnalysisSchema.parse(published)).toEqual(published);
    const smuggled = { ...published, adjusted: { ...(published.adjusted as object), accountingSet: analysis.adjusted.accountingSet } };
    expect(() => PublishedGapAnalysisSchema.parse(smuggled)).toThrow(z.ZodError);
  });

  it('the internal analysis round-trips through its JSON schema', () => {
    expect(GapAnalysisSchema.parse(JSON.parse(JSON.stringify(analysis)))).toEqual(analysis);
  });
});

describe('describeGapDecomposition: the sentence for the statement (nb, nn, en)', () => {
  // Lav: 60 women and 20 men at 50 000; Høy: 20 women at 58 500, 40 men at 60 000. w̄ 52 125, m̄ 56 666.67,
  // gap 8.01 % (share 92.0); X = 3/4 × 50 000 + 1/4 × 60 000 = 52 500: composition 4 166.67 (7.35 %),
  // within 375 (0.66 %): rounded on their own 7.4 + 0.7 = 8.1, presented 7.3 + 0.7 = 8.0
  const example = records([
    ...times(60, { sex: 'female', pay: 50_000, level: 'Lav' }),
    ...times(20, { sex: 'male', pay: 50_000, level: 'Lav' }),
    ...times(20, { sex: 'female', pay: 58_500, level: 'Høy' }),
    ...times(40, { sex: 'male', pay: 60_000, level: 'Høy' }),
  ]);
  const d = analyseGap(example, { statistics: year }).decomposition['level']!;

  it('the parts as presented, adding up to the total', () => {
    expect([d.total?.percentOfMen, d.presentedPercents?.composition, d.presentedPercents?.withinCells]).toEqual(['8.0', '7.3', '0.7']);
    expect([d.composition?.percentOfMen, d.withinCells?.percentOfMen]).toEqual(['7.4', '0.7']);
    expect(describeGapDecomposition(d, { lang: 'en' })).toBe(
      "Of the 8.0 percentage points between women's and men's mean pay, 7.3 come from women and men working at different job levels, and 0.7 from pay differences within the same job level.",
    );
    expect(describeGapDecomposition(d)).toBe(
      'Av de 8,0 prosentpoengene mellom kvinners og menns gjennomsnittslønn kommer 7,3 av at kvinner og menn arbeider på ulike stillingsnivåer, og 0,7 av lønnsforskjeller innenfor samme stillingsnivå.',
    );
    expect(describeGapDecomposition(d, { lang: 'nn' })).toBe(
      'Av dei 8,0 prosentpoenga mellom gjennomsnittsløna til kvinner og menn kjem 7,3 av at kvinner og menn arbeider på ulike stillingsnivå, og 0,7 av lønsskilnader innanfor same stillingsnivå.',
    );
  });

  it('with cells of one sex, a combination, women above men', () => {
    const withOutside = analysis.decomposition['level']!;
    expect(describeGapDecomposition(withOutside, { lang: 'en' })).toMatch(
      /^Of the [\d.]+ percentage points .*, and [\d.-]+ from job levels where only women or only men work\.$/,
    );
    const combo = analyseGap(payroll, { statistics: year, breakdowns: ['level*group'] }).decomposition['level*group']!;
    expect(describeGapDecomposition(combo, { lang: 'en' })).toContain('combinations of job level and job group');
    const above = analyseGap(
      records([
        { sex: 'female', pay: 60_000, level: 'A' },
        { sex: 'male', pay: 50_000, level: 'A' },
      ]),
      { statistics: year },
    ).decomposition['level']!;
    expect(describeGapDecomposition(above, { lang: 'en' })).toBe(
      "Women's mean pay is 20.0 percentage points above men's. Of these, 0.0 come from women and men working at different job levels, and 20.0 from pay differences within the same job level.",
    );
  });

  it('from the published form: the total only, and why, when parts are hidden; nothing when all are', () => {
    const published = publishGapAnalysis(analysis, { payMinPersons: 5 }).decomposition['level']!;
    const text = describeGapDecomposition(published, { lang: 'en' });
    expect(text).toBe(
      `The difference between women's and men's mean pay is ${analysis.decomposition['level']!.total!.percentOfMen!} percentage points. How it splits across job levels is not published, as some groups are too small.`,
    );
    expect(describeGapDecomposition(publishGapAnalysis(analysis, { payMinPersons: 10 }).decomposition['level']!, { lang: 'nb' })).toBe(
      'Lønnsforskjellen mellom kvinner og menn publiseres ikke fordi gruppene er for små.',
    );
    expect(() => describeGapDecomposition(d, { lang: 'se' as 'nb' })).toThrow(z.ZodError);
  });
});
