import { describe, expect, it } from 'vitest';
import { EqualityCycleSchema } from '../models/cycle.js';
import { ReportSchema, buildStatement, type Report } from './index.js';
import { completeCycle, completeCycleInput, published2025, publicEmployer, smallPrivateEmployer } from '../../tests/fixtures/report/published.js';

function codes(r: Report): string[] {
  return r.completeness.issues.map((i) => i.code);
}

function cell(r: Report, table: string, row: string, column: string) {
  const c = r.part1?.tables
    .find((t) => t.id === table)
    ?.rows.find((x) => x.id === row)
    ?.cells.find((x) => x.column === column);
  if (c === undefined) throw new Error(`no cell ${table}/${row}/${column}`);
  return c;
}

/** Last year's statement: the same employer, 2024, with 58 women / 40 men and a share of 90.1 %. */
function lastYear(): Report {
  const pub = published2025();
  const p2024 = {
    ...pub,
    year: 2024,
    referenceDate: '2024-12-31',
    population: { women: 58, men: 40, other: 0, unknown: 0, total: 98 },
    pay: { ...pub.pay, total: { ...pub.pay.total, womenShareOfMen: { mean: '90.1', median: '91.0' } } },
  };
  return buildStatement({
    employer: publicEmployer,
    year: 2024,
    published: p2024,
    cycle: EqualityCycleSchema.parse({ ...completeCycleInput, financialYear: 2024 }),
  });
}

describe('buildStatement — a complete statement (STM-1, STM-3)', () => {
  const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle });

  it('is complete and valid against ReportSchema', () => {
    expect(report.kind).toBe('statement');
    expect(report.completeness).toEqual({ complete: true, issues: [] });
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it('has the seven part-1 tables of ARP.md §5 in order', () => {
    expect(report.part1?.tables.map((t) => t.id)).toEqual([
      'sex-balance',
      'temporary',
      'part-time',
      'parental-leave',
      'pay',
      'sex-distribution',
      'involuntary-part-time',
    ]);
  });

  it('STAT-A1: counts and percent of all, other/unknown apart (DEF-SEX), worked by hand', () => {
    expect(cell(report, 'sex-balance', 'women', 'count').value).toBe('60');
    expect(cell(report, 'sex-balance', 'women', 'percentOfAll').value).toBe('59.4'); // 60/101 = 59.405…
    expect(cell(report, 'sex-balance', 'otherOrUnknown', 'count').value).toBe('1');
    expect(cell(report, 'sex-balance', 'total', 'count').value).toBe('101');
  });

  it('STAT-B3: women among women and men per level, by hand', () => {
    expect(cell(report, 'sex-distribution', 'level:Leder', 'womenPercent').value).toBe('30.0'); // 3 / 10
    expect(cell(report, 'sex-distribution', 'level:Rådgiver', 'womenPercent').value).toBe('63.3'); // 57 / 90
  });

  it('STAT-B1: percent only by default (NOK optional, STAT-B0); hidden cells carry a footnote from the suppression reason', () => {
    const pay = report.part1?.tables.find((t) => t.id === 'pay');
    expect(pay?.columns).toEqual(['shareMean', 'shareMedian']);
    const hidden = cell(report, 'pay', 'level:Leder', 'shareMean');
    expect(hidden.status).toBe('hidden');
    expect(hidden.value).toBeNull();
    const note = report.part1?.footnotes.find((f) => f.id === hidden.footnotes[0]);
    expect(note?.text.en).toBe(
      'Hidden because the mean pay of women on the level “Leder”, which is hidden, could otherwise be worked out from the published figures (totals, means and ratios).',
    );
    expect(note?.rule).toBe('secondary');
  });

  it('every hidden cell has a footnote, every footnote is used', () => {
    const used = new Set<number>();
    for (const t of report.part1?.tables ?? []) {
      for (const r of t.rows) {
        for (const c of r.cells) {
          if (c.status === 'hidden') expect(c.footnotes.length).toBeGreaterThan(0);
          c.footnotes.forEach((f) => used.add(f));
        }
      }
    }
    expect([...used].sort()).toEqual(report.part1?.footnotes.map((f) => f.id).sort());
  });

  it('NOK columns with includeNok; hidden NOK explained by the primary suppression', () => {
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, options: { includeNok: true } });
    expect(r.part1?.tables.find((t) => t.id === 'pay')?.columns).toEqual(['shareMean', 'shareMedian', 'womenMean', 'menMean']);
    expect(cell(r, 'pay', 'total', 'menMean').value).toBe('60000.00');
    const w = cell(r, 'pay', 'level:Leder', 'womenMean');
    expect(w.status).toBe('hidden');
    expect(r.part1?.footnotes.find((f) => f.id === w.footnotes[0])?.text.nb).toMatch(/^Skjult fordi færre enn 5 kvinner i gruppen har lønnstall/);
    expect(r.options.includeNok).toBe(true);
  });

  it('the commentary uses published figures only and no hidden value', () => {
    const text = report.part1?.commentary.map((c) => c.text.en).join(' ') ?? '';
    expect(text).toContain('91.7%');
    // Leder's pay share is hidden: no sentence ranks levels by pay (only one level is published)
    expect(report.part1?.commentary.map((c) => c.code)).not.toContain('pay-levels');
    // its sex distribution is published and may be named
    expect(text).toContain('lowest on “Leder” (30.0%)');
  });

  it('part 2 has the five STM-3 elements; representatives by role, never by name', () => {
    expect(report.part2?.map((e) => e.id)).toEqual(['policy', 'organisation', 'process', 'results', 'plans']);
    expect(JSON.stringify(report)).not.toContain('Kari Nordmann');
    const process = report.part2?.find((e) => e.id === 'process');
    expect(process?.items.map((i) => `${i.step}:${i.ref ?? i.type}`)).toEqual(['a:coverage', 'a:F1', 'a:F2', 'b:C1', 'c:M1', 'c:M2']);
    // step a across all grounds and areas (ACT-1, ACT-2): named ones, and those without a finding
    const coverage = process?.items[0];
    expect(coverage?.grounds).toEqual(['sex', 'disability']);
    expect(coverage?.areas).toEqual(['promotion-and-development', 'accommodation']);
    expect(coverage?.details.find((d) => d.label === 'groundsWithoutFinding')?.value).toSatisfy(
      (v: unknown) => typeof v === 'string' && v.split(', ').length === 10,
    );
  });

  it('a forum’s participants given per language are joined per language, not printed as objects', () => {
    const organisation = {
      fora: [{ name: 'AMU', participants: ['HR', { nb: 'hovedtillitsvalgt', en: 'chief union representative' }], frequency: 'quarterly' }],
    };
    const cycle = EqualityCycleSchema.parse({ ...completeCycleInput, context: { ...completeCycleInput.context, organisation } });
    const statement = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle });
    const forum = statement.part2?.find((e) => e.id === 'organisation')?.items[0];
    expect(forum?.details.find((d) => d.label === 'participants')?.value).toEqual({
      nb: 'HR, hovedtillitsvalgt',
      nn: 'HR, hovedtillitsvalgt',
      en: 'HR, chief union representative',
    });
    expect(report.part2?.find((e) => e.id === 'organisation')?.items[0]?.details.find((d) => d.label === 'participants')?.value).toBe('HR, hovedtillitsvalgte');
  });

  it('does not change its inputs', () => {
    const pub = published2025();
    const copy = structuredClone(pub);
    buildStatement({ employer: publicEmployer, year: 2025, published: pub, cycle: completeCycle });
    expect(pub).toEqual(copy);
  });
});

describe('buildStatement — last year side by side (STM-3 assessment against earlier years)', () => {
  const previous = lastYear();
  const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, previous });

  it('gives last year and the change, in percentage points for percentages', () => {
    const w = cell(report, 'sex-balance', 'women', 'count');
    expect(w).toMatchObject({ value: '60', previous: '58', change: '2' });
    const share = cell(report, 'pay', 'total', 'shareMean');
    expect(share).toMatchObject({ value: '91.7', previous: '90.1', change: '1.6' });
    expect(report.part1?.previousYear).toBe(2024);
  });

  it('the commentary states the change', () => {
    expect(report.part1?.commentary.map((c) => c.code)).toContain('pay-total-change');
  });
});

describe('buildStatement — completeness checks (each missing element)', () => {
  it('no figures at all → missing_figure for every table', () => {
    const r = buildStatement({ employer: publicEmployer, year: 2025, cycle: completeCycle });
    expect(codes(r).filter((c) => c === 'missing_figure')).toHaveLength(7);
    expect(r.completeness.complete).toBe(false);
  });

  it('no pay mapping this year and no previous statement → the biennial figures are missing', () => {
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025({ withPay: false }), cycle: completeCycle });
    const missing = r.completeness.issues.filter((i) => i.code === 'missing_figure').map((i) => i.params?.['figure']);
    expect(missing).toEqual(['pay', 'sex-distribution', 'involuntary-part-time']);
  });

  it('no pay mapping this year: last year’s biennial figures are reused and marked (STM-6)', () => {
    const r = buildStatement({
      employer: publicEmployer,
      year: 2025,
      published: published2025({ withPay: false }),
      cycle: completeCycle,
      previous: lastYear(),
    });
    expect(codes(r)).toEqual([]);
    const pay = r.part1?.tables.find((t) => t.id === 'pay');
    expect(pay).toMatchObject({ reused: true, mappedYear: 2024 });
    expect(cell(r, 'pay', 'total', 'shareMean').value).toBe('90.1');
    expect(r.part1?.biennialMappedYear).toBe(2024);
    expect(r.part1?.commentary.map((c) => c.code)).toContain('reused');
    // a reused hidden value keeps its footnote
    const hidden = cell(r, 'pay', 'level:Leder', 'shareMean');
    expect(hidden.status).toBe('hidden');
    expect(r.part1?.footnotes.some((f) => f.id === hidden.footnotes[0])).toBe(true);
  });

  it('a file without pay amounts (all zero) counts as no pay mapping: last year’s figures are reused', () => {
    const pub = published2025({ withPay: false });
    const zero = { count: 60, mean: '0.00', median: '0.00' };
    const noPay = { ...pub, pay: { ...pub.pay, total: { ...pub.pay.total, women: zero, men: { ...zero, count: 40 } } } };
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: noPay, cycle: completeCycle, previous: lastYear() });
    expect(r.part1?.tables.find((t) => t.id === 'pay')?.reused).toBe(true);
  });

  it('biennial figures older than last year → stale_biennial_figures (STM-6)', () => {
    const y2024 = lastYear();
    const y2025 = buildStatement({ employer: publicEmployer, year: 2025, published: published2025({ withPay: false }), cycle: completeCycle, previous: y2024 });
    const y2026 = buildStatement({
      employer: publicEmployer,
      year: 2026,
      published: { ...published2025({ withPay: false }), year: 2026 },
      cycle: EqualityCycleSchema.parse({ ...completeCycleInput, financialYear: 2026 }),
      previous: y2025,
    });
    const stale = y2026.completeness.issues.filter((i) => i.code === 'stale_biennial_figures');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.params).toEqual({ mappedYear: 2024 });
    expect(stale[0]?.text.en).toContain('2024');
  });

  const elementCases: [string, (c: typeof completeCycleInput) => typeof completeCycleInput, string, string | undefined][] = [
    ['policy', (c) => ({ ...c, context: { ...c.context, policies: [] } }), 'policy', undefined],
    ['organisation', (c) => ({ ...c, context: { ...c.context, organisation: { fora: [] } } }), 'organisation', undefined],
    ['process (step a)', (c) => ({ ...c, findings: [], causeAnalyses: [], measures: [], evaluations: [] }), 'process', 'a'],
    ['process (step b)', (c) => ({ ...c, causeAnalyses: [] }), 'process', 'b'],
    [
      'results',
      (c) => ({ ...c, evaluations: [], measures: (c.measures ?? []).map((m) => ({ ...m, result: null })), context: { ...c.context, results: undefined } }),
      'results',
      'd',
    ],
    [
      'plans',
      (c) => ({ ...c, measures: (c.measures ?? []).map((m) => ({ ...m, status: 'done' as const })), context: { ...c.context, plansAhead: undefined } }),
      'plans',
      undefined,
    ],
  ];
  for (const [name, change, element, step] of elementCases) {
    it(`missing part-2 element: ${name} → missing_statement_element`, () => {
      const input = JSON.parse(JSON.stringify(change(completeCycleInput))) as typeof completeCycleInput;
      const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: EqualityCycleSchema.parse(input) });
      const hits = r.completeness.issues.filter((i) => i.code === 'missing_statement_element');
      expect(hits.map((h) => h.params?.['element'])).toContain(element);
      if (step !== undefined) expect(hits.find((h) => h.params?.['element'] === element)?.params?.['step']).toBe(step);
      expect(r.completeness.complete).toBe(false);
    });
  }

  it('a step without representatives → missing_representatives (ACT-5)', () => {
    const input = { ...completeCycleInput, causeAnalyses: [{ id: 'C1', date: '2025-04-01', findingIds: ['F1'], causes: 'x' }] };
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: EqualityCycleSchema.parse(input) });
    const hit = r.completeness.issues.find((i) => i.code === 'missing_representatives');
    expect(hit?.path).toEqual(['cycle', 'causeAnalyses', 0, 'representatives']);
    expect(hit?.params).toEqual({ step: 'b' });
  });

  it('a measure not linked to a finding → measure_without_finding (ACT-6)', () => {
    const input = {
      ...completeCycleInput,
      measures: [
        ...(completeCycleInput.measures ?? []),
        {
          id: 'M3',
          date: '2025-06-01',
          description: 'Kurs',
          goal: 'Alle ledere kurset',
          owner: 'HR',
          deadline: '2025-12-01',
          representatives: [{ role: 'tillitsvalgt' }],
        },
      ],
    };
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: EqualityCycleSchema.parse(input) });
    expect(r.completeness.issues.find((i) => i.code === 'measure_without_finding')?.path).toEqual(['cycle', 'measures', 2, 'findingIds']);
  });

  it('involuntary part-time not asked (no answers among part-timers) → missing_figure STAT-B4 (DEF-INV: unknown is not "no")', () => {
    const pub = published2025();
    const inv = pub.involuntaryPartTime;
    const r = buildStatement({
      employer: publicEmployer,
      year: 2025,
      published: { ...pub, involuntaryPartTime: { ...inv, total: { ...inv.total, answered: 0, coverage: '0.0' } } },
      cycle: completeCycle,
    });
    expect(r.completeness.issues.map((i) => i.params?.['figure'])).toEqual(['involuntary-part-time']);
  });
});

describe('buildStatement — documentation record (COV-5)', () => {
  it('an employer without the statement duty gets the documentation record: what, when, with whom', () => {
    const r = buildStatement({ employer: smallPrivateEmployer, year: 2025, published: published2025(), cycle: completeCycle });
    expect(r.kind).toBe('documentation');
    expect(r.part1).toBeNull();
    expect(r.part2).toBeNull();
    expect(r.duties).toMatchObject({ statement: false, documentationDuty: true });
    expect(r.documentation?.map((d) => [d.date, d.step, d.ref])).toEqual([
      ['2025-03-01', 'a', 'F1'],
      ['2025-03-01', 'a', 'F2'],
      ['2025-04-01', 'b', 'C1'],
      ['2025-05-01', 'c', 'M1'],
      ['2025-05-01', 'c', 'M2'],
      ['2025-11-15', 'd', 'E1'],
    ]);
    expect(r.documentation?.[0]?.representatives).toEqual(['hovedtillitsvalgt (Fagforbundet)']);
    expect(ReportSchema.parse(r)).toEqual(r);
  });
});

describe('buildStatement — options and the employer’s assessment', () => {
  it('levelOrder orders the level rows top first; sources keep the mapping index', () => {
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, options: { levelOrder: ['Rådgiver'] } });
    const pay = r.part1?.tables.find((t) => t.id === 'pay');
    expect(pay?.rows.map((x) => x.id)).toEqual(['total', 'level:Rådgiver', 'level:Leder']);
    expect(pay?.rows[1]?.cells[0]?.source).toEqual(['pay', 'byLevel', 1, 'womenShareOfMen', 'mean']);
    expect(r.part1?.tables.find((t) => t.id === 'sex-distribution')?.rows.map((x) => x.id)).toEqual(['level:Rådgiver', 'level:Leder', 'total']);
  });

  it('the breakdown by job group reads pay.byGroup', () => {
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, options: { breakdown: 'group' } });
    expect(r.part1?.tables.find((t) => t.id === 'pay')?.rows.map((x) => x.id)).toEqual(['total']);
    expect(r.options.breakdown).toBe('group');
  });

  it('carries the employer’s own assessment (structural causes) as editable paragraphs', () => {
    const r = buildStatement({
      employer: publicEmployer,
      year: 2025,
      published: published2025(),
      cycle: completeCycle,
      assessment: ['Strukturell årsak: yrkesvalg.'],
    });
    expect(r.part1?.assessment).toEqual(['Strukturell årsak: yrkesvalg.']);
  });
});

describe('buildStatement — inputs of another year', () => {
  it('flags a cycle, figures or a previous statement of the wrong year', () => {
    const r = buildStatement({
      employer: publicEmployer,
      year: 2025,
      published: { ...published2025(), year: 2024 },
      cycle: EqualityCycleSchema.parse({ ...completeCycleInput, financialYear: 2024 }),
      previous: buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle }),
    });
    expect(r.completeness.issues.filter((i) => i.code === 'invalid_value').map((i) => i.path)).toEqual([
      ['cycle', 'financialYear'],
      ['published', 'year'],
      ['previous', 'year'],
    ]);
  });

  it('a documentation record of last year gives no comparison', () => {
    const doc = buildStatement({ employer: smallPrivateEmployer, year: 2025, published: published2025(), cycle: completeCycle });
    expect(doc.kind).toBe('documentation');
    const r = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, previous: doc });
    expect(r.part1?.previousYear).toBeNull();
    expect(cell(r, 'sex-balance', 'women', 'count').previous).toBeUndefined();
  });
});
