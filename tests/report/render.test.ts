import { describe, expect, it } from 'vitest';
import { EqualityCycleSchema } from '../../src/models/cycle.js';
import { buildStatement, renderHtml, renderMarkdown, type Report, type ReportCell } from '../../src/report/index.js';
import { completeCycle, completeCycleInput, published2025, publicEmployer, smallPrivateEmployer } from '../fixtures/report/published.js';
import { findAll, parseHtml } from './_html.js';

/** The expected display of a decimal string, written independently of the renderer. */
function expected(value: string | null | undefined, lang: 'nb' | 'nn' | 'en', signed = false): string {
  if (value === null || value === undefined) return '–';
  const neg = value.startsWith('-');
  const [int = '', frac] = (neg ? value.slice(1) : value).split('.');
  const sep = lang === 'en' ? ',' : '\u00a0';
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += sep;
    grouped += int[i];
  }
  const body = grouped + (frac === undefined ? '' : (lang === 'en' ? '.' : ',') + frac);
  const isZero = /^-?0(\.0+)?$/.test(value);
  if (neg && !isZero) return '\u2212' + body;
  return signed && !isZero ? '+' + body : body;
}

function expectedPart(cell: ReportCell, part: string, lang: 'nb' | 'nn' | 'en'): string {
  if (part === 'value') return expected(cell.value, lang);
  if (part === 'previous') return expected(cell.previous, lang);
  return expected(cell.change, lang, true);
}

function lastYear(): Report {
  const pub = published2025();
  return buildStatement({
    employer: publicEmployer,
    year: 2024,
    published: { ...pub, year: 2024, population: { women: 58, men: 40, other: 0, unknown: 0, total: 98 } },
    cycle: EqualityCycleSchema.parse({ ...completeCycleInput, financialYear: 2024 }),
  });
}

const withPrevious = buildStatement({
  employer: publicEmployer,
  year: 2025,
  published: published2025(),
  cycle: completeCycle,
  previous: lastYear(),
  options: { includeNok: true },
});
const withoutPrevious = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle });

describe('renderHtml', () => {
  for (const [name, report] of [
    ['with last year', withPrevious],
    ['without last year', withoutPrevious],
  ] as const) {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`${name}, ${lang}: every table cell equals the report JSON`, () => {
        const doc = parseHtml(renderHtml(report, { lang }));
        const tds = findAll(doc, (e) => e.tag === 'td' && e.attrs['data-table'] !== undefined);
        const parts = report.part1?.previousYear !== null ? ['value', 'previous', 'change'] : ['value'];
        let checked = 0;
        for (const t of report.part1?.tables ?? []) {
          for (const r of t.rows) {
            for (const col of t.columns) {
              for (const part of parts) {
                const td = tds.find(
                  (e) => e.attrs['data-table'] === t.id && e.attrs['data-row'] === r.id && e.attrs['data-column'] === col && e.attrs['data-part'] === part,
                );
                expect(td, `${t.id}/${r.id}/${col}/${part}`).toBeDefined();
                const cell = r.cells.find((c) => c.column === col);
                const sup =
                  td?.children
                    .filter((c) => c.tag === 'sup')
                    .map((c) => c.text)
                    .join('') ?? '';
                const shown = (td?.text ?? '').slice(0, (td?.text.length ?? 0) - sup.length);
                if (cell === undefined) expect(shown).toBe('');
                else {
                  expect(shown, `${t.id}/${r.id}/${col}/${part}`).toBe(expectedPart(cell, part, lang));
                  if (part === 'value') expect(sup).toBe(cell.footnotes.join(''));
                }
                checked++;
              }
            }
          }
        }
        // and nothing else: one td per (table, row, column, part)
        expect(tds).toHaveLength(checked);
        expect(checked).toBeGreaterThan(50);
      });
    }
  }

  it('is self-contained and accessible: no script, no external resource, th scope, charts with title/desc', () => {
    const html = renderHtml(withPrevious, { lang: 'nb' });
    const doc = parseHtml(html);
    expect(findAll(doc, (e) => e.tag === 'script')).toHaveLength(0);
    expect(findAll(doc, (e) => e.tag === 'link' || e.tag === 'img' || e.tag === 'iframe')).toHaveLength(0);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\(/);
    expect(findAll(doc, (e) => e.tag === 'style')).toHaveLength(1);
    const ths = findAll(doc, (e) => e.tag === 'th');
    expect(ths.length).toBeGreaterThan(0);
    for (const th of ths) expect(['col', 'row', 'colgroup']).toContain(th.attrs['scope']);
    const svgs = findAll(doc, (e) => e.tag === 'svg');
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg.attrs['role']).toBe('img');
      const ids = (svg.attrs['aria-labelledby'] ?? '').split(' ');
      const title = svg.children.find((c) => c.tag === 'title');
      const desc = svg.children.find((c) => c.tag === 'desc');
      expect(ids).toEqual([title?.attrs['id'], desc?.attrs['id']]);
      expect(desc?.text.length).toBeGreaterThan(20);
    }
    expect(doc.children.find((c) => c.tag === 'html')?.attrs['lang']).toBe('nb');
  });

  it('the pay chart states each share against 100 %, hidden levels as hidden', () => {
    const doc = parseHtml(renderHtml(withoutPrevious, { lang: 'en' }));
    const desc = findAll(doc, (e) => e.tag === 'desc' && e.attrs['id'] === 'chart-pay-share-desc')[0];
    expect(desc?.text).toContain('Total: Women’s share, mean % 91.7%');
    expect(desc?.text).toContain('Leder: Women’s share, mean % hidden');
    expect(desc?.text).toContain('100%');
  });

  it('footnotes say in words why each value is hidden, in the chosen language: too few persons, or what it would give away', () => {
    const nb = parseHtml(renderHtml(withoutPrevious, { lang: 'nb' }));
    const items = findAll(nb, (e) => e.tag === 'li' && (e.attrs['id'] ?? '').startsWith('fn-'));
    expect(items.map((i) => i.text)).toEqual(withoutPrevious.part1?.footnotes.map((f) => f.text.nb));
    // the share on level Leder is hidden to protect women's mean pay there (hidden: 3 women)
    expect(items.map((i) => i.text)).toEqual([
      'Skjult fordi gjennomsnittslønnen til kvinner på nivået «Leder», som er skjult, ellers kunne regnes ut fra de publiserte tallene (summer, gjennomsnitt og forholdstall).',
    ]);
    // with NOK in the statement the primary reason shows too: too few persons
    const nok = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, options: { includeNok: true } });
    expect(nok.part1?.footnotes.map((f) => f.text.nb)).toContain(
      'Skjult fordi færre enn 5 kvinner i gruppen har lønnstall: lønn for et kjønn publiseres bare når minst 5 personer står bak tallet.',
    );
    // every hidden value points to a footnote that exists
    const ids = new Set(withoutPrevious.part1?.footnotes.map((f) => f.id));
    const hidden = withoutPrevious.part1?.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.status === 'hidden'))) ?? [];
    expect(hidden.length).toBeGreaterThan(0);
    for (const c of hidden) {
      expect(c.footnotes.length).toBeGreaterThan(0);
      for (const id of c.footnotes) expect(ids.has(id)).toBe(true);
    }
  });

  it('shows no rule ID in a public heading; the auditor’s appendix (showRules) lists the rules of every table, note and duty', () => {
    const html = renderHtml(withoutPrevious, { lang: 'nb' });
    const doc = parseHtml(html);
    for (const h of findAll(doc, (e) => e.tag === 'h2' || e.tag === 'h3')) expect(h.text).not.toMatch(/\b(STAT|COV|ACT|STM|DEF|ANON)-/);
    expect(findAll(doc, (e) => e.attrs['id'] === 'appendix')).toHaveLength(0);
    const audit = parseHtml(renderHtml(withoutPrevious, { lang: 'nb', showRules: true }));
    const appendix = findAll(audit, (e) => e.attrs['id'] === 'appendix')[0];
    expect(appendix?.text).toContain('STAT-A1');
    expect(appendix?.text).toContain('ANON-3');
    expect(appendix?.text).toContain('COV-2');
    expect(renderMarkdown(withoutPrevious, { lang: 'nb' })).not.toMatch(/^#+ .*(STAT|COV|ANON)-/m);
    expect(renderMarkdown(withoutPrevious, { lang: 'nb', showRules: true })).toContain('## Vedlegg for revisor');
  });

  it('escapes text from the cycle', () => {
    const cycle = EqualityCycleSchema.parse({
      ...completeCycleInput,
      context: { ...completeCycleInput.context, plansAhead: '<script>alert(1)</script> & mer' },
    });
    const html = renderHtml(buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle }), { lang: 'nb' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; mer');
  });

  it('renders the documentation record for an employer without the statement duty (COV-5)', () => {
    const r = buildStatement({ employer: smallPrivateEmployer, year: 2025, published: published2025(), cycle: completeCycle });
    const doc = parseHtml(renderHtml(r, { lang: 'en' }));
    expect(findAll(doc, (e) => e.tag === 'h1')[0]?.text).toBe('Documentation of the equality work 2025');
    const rows = findAll(doc, (e) => e.tag === 'tbody')[0]?.children ?? [];
    expect(rows).toHaveLength(6);
    expect(findAll(doc, (e) => e.tag === 'svg')).toHaveLength(0);
  });
});

describe('renderMarkdown', () => {
  it('gives every table with last year and the change, footnote markers and definitions', () => {
    const md = renderMarkdown(withPrevious, { lang: 'en' });
    expect(md).toContain('| Women | 60 | 58 | +2 | 59.4 |');
    expect(md).toContain('[^1]:');
    for (const t of withPrevious.part1?.tables ?? []) expect(md).not.toContain(`(${t.rules.join(', ')})`);
    const audit = renderMarkdown(withPrevious, { lang: 'en', showRules: true });
    for (const t of withPrevious.part1?.tables ?? []) expect(audit).toContain(`(${t.rules.join(', ')})`);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes Markdown in free text', () => {
    const cycle = EqualityCycleSchema.parse({ ...completeCycleInput, context: { ...completeCycleInput.context, plansAhead: 'a | b *c* [d](e)' } });
    const md = renderMarkdown(buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle }), { lang: 'nb' });
    expect(md).toContain('a \\| b \\*c\\* \\[d\\](e)');
  });
});

describe('renderMarkdown — documentation record (COV-5)', () => {
  it('says documentation, not statement, and lists what was done, when, with whom', () => {
    const r = buildStatement({ employer: smallPrivateEmployer, year: 2025, published: published2025(), cycle: completeCycle });
    const md = renderMarkdown(r, { lang: 'nb' });
    expect(md).toContain('# Dokumentasjon av likestillingsarbeidet 2025');
    expect(md).toContain('## Kontroll av dokumentasjonen');
    expect(md).not.toContain('Del 1');
    expect(md).toContain('| 2025-11-15 | d) vurdere resultater | Tiltaket virket | hovedtillitsvalgt (Fagforbundet) |');
  });
});

describe('nynorsk (nn)', () => {
  it('renders the statement in nynorsk; texts only in bokmål and English fall back to bokmål', () => {
    const html = renderHtml(withPrevious, { lang: 'nn' });
    const doc = parseHtml(html);
    expect(doc.children.find((c) => c.tag === 'html')?.attrs['lang']).toBe('nn');
    expect(findAll(doc, (e) => e.tag === 'h1')[0]?.text).toBe('Likestillingsutgreiing 2025');
    expect(html).toContain('Mellombels tilsette');
    // the generated commentary has its own nynorsk text
    expect(withPrevious.part1?.commentary[0]?.text.nn).toContain('Verksemda hadde 60 kvinner og 40 menn');
    expect(html).toContain('Verksemda hadde 60 kvinner og 40 menn');
    // the footnotes have their own nynorsk text
    const notes = findAll(doc, (e) => e.tag === 'li' && (e.attrs['id'] ?? '').startsWith('fn-')).map((e) => e.text);
    expect(notes).toEqual(withPrevious.part1?.footnotes.map((f) => f.text.nn));
    expect(notes[0]).toContain('snittløna til kvinner på nivået «Leder»');
    expect(renderMarkdown(withPrevious, { lang: 'nn' })).toContain('## Del 2 – Arbeidet vårt for likestilling og mot diskriminering');
  });
});
