/**
 * Inline SVG charts of the statement, drawn by the library (no script, no external resource):
 * sex balance per level, women's share of men's pay per level against 100 %, part-time and
 * temporary by sex. Every chart is `role="img"` with `<title>`/`<desc>` referenced by
 * `aria-labelledby`; hidden values are drawn as a labelled gap, never estimated.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { ReportLanguage as Language } from '../types.js';
import type { Report, ReportTable } from '../types.js';
import { REPORT_CATALOGUES, fill } from './catalogue.js';
import { escapeHtml, formatNumber, formatPercentText } from './format.js';

const WIDTH = 640;
const LABEL_W = 170;
const BAR_H = 14;
const GAP = 10;
const WOMEN = '#8a2c63';
const MEN = '#2f6f9f';
const TEXT = '#1a1a1a';

interface Bar {
  readonly label: string;
  readonly value: string | null;
  readonly color: string;
  readonly text: string;
}
interface Group {
  readonly label: string;
  readonly bars: readonly Bar[];
}

function cell(t: ReportTable | undefined, rowId: string, column: string): string | null {
  return t?.rows.find((r) => r.id === rowId)?.cells.find((c) => c.column === column)?.value ?? null;
}

function levelLabel(level: string | null | undefined, lang: Language): string {
  return level === null || level === undefined ? REPORT_CATALOGUES[lang].noLevel : level;
}

function chart(id: string, title: string, desc: string, groups: readonly Group[], max: Dec, reference: Dec | null, lang: Language, legend: readonly { label: string; color: string }[]): string {
  const cat = REPORT_CATALOGUES[lang];
  const plotW = WIDTH - LABEL_W - 70;
  const scale = (v: Dec): number => (max.isZero() ? 0 : v.dividedBy(max).times(plotW).toNumber());
  const legendH = 24;
  let y = legendH;
  const parts: string[] = [];
  legend.forEach((l, i) => {
    const x = LABEL_W + i * 140;
    parts.push(`<rect x="${x}" y="4" width="12" height="12" fill="${l.color}"/><text x="${x + 16}" y="14" font-size="11" fill="${TEXT}">${escapeHtml(l.label)}</text>`);
  });
  for (const g of groups) {
    const h = g.bars.length * BAR_H;
    parts.push(`<text x="${LABEL_W - 6}" y="${y + h / 2 + 4}" font-size="11" text-anchor="end" fill="${TEXT}">${escapeHtml(truncate(g.label, 28))}</text>`);
    g.bars.forEach((b, i) => {
      const by = y + i * BAR_H;
      if (b.value === null) {
        parts.push(`<text x="${LABEL_W + 4}" y="${by + BAR_H - 3}" font-size="10" font-style="italic" fill="#555">${escapeHtml(cat.chartTitles.hiddenInChart)}</text>`);
      } else {
        const w = Math.max(0, scale(new Dec(b.value)));
        parts.push(`<rect x="${LABEL_W}" y="${by + 1}" width="${w.toFixed(1)}" height="${BAR_H - 2}" fill="${b.color}"/>`);
        // Against a reference line the value goes in a column at the right, clear of the line.
        const tx = reference !== null ? `x="${WIDTH - 4}" text-anchor="end"` : `x="${(LABEL_W + w + 4).toFixed(1)}"`;
        parts.push(`<text ${tx} y="${by + BAR_H - 3}" font-size="10" fill="${TEXT}">${escapeHtml(b.text)}</text>`);
      }
    });
    y += h + GAP;
  }
  const height = y + 6;
  if (reference !== null) {
    const x = (LABEL_W + scale(reference)).toFixed(1);
    parts.push(`<line x1="${x}" y1="${legendH - 4}" x2="${x}" y2="${height - 6}" stroke="${TEXT}" stroke-width="1" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${x}" y="${height}" font-size="10" text-anchor="middle" fill="${TEXT}">100 %</text>`);
  }
  const h = height + (reference !== null ? 6 : 0);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} ${h}" width="100%" ` +
    `aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}

function titled(title: string, svg: string): { title: string; svg: string } {
  return { title, svg };
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function describe(groups: readonly Group[], lang: Language): string {
  const hidden = REPORT_CATALOGUES[lang].chartTitles.hiddenInChart;
  return groups.map((g) => `${g.label}: ${g.bars.map((b) => `${b.label} ${b.value === null ? hidden : b.text}`).join(', ')}`).join('; ');
}

/** The three charts of part 1 as SVG strings (empty when the tables are absent). @internal */
export function renderCharts(report: Report, lang: Language): { title: string; svg: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  const tables = report.part1?.tables ?? [];
  const out: { title: string; svg: string }[] = [];
  const get = (id: string): ReportTable | undefined => tables.find((t) => t.id === id);

  const dist = get('sex-distribution');
  if (dist !== undefined) {
    const groups: Group[] = dist.rows
      .filter((r) => r.kind === 'level')
      .map((r) => {
        const w = r.cells.find((c) => c.column === 'women')?.value ?? null;
        const m = r.cells.find((c) => c.column === 'men')?.value ?? null;
        return {
          label: levelLabel(r.level, lang),
          bars: [
            { label: cat.rows.women, value: w, color: WOMEN, text: w === null ? '' : formatNumber(w, lang) },
            { label: cat.rows.men, value: m, color: MEN, text: m === null ? '' : formatNumber(m, lang) },
          ],
        };
      });
    if (groups.length > 0) {
      const max = groups.flatMap((g) => g.bars).reduce((acc, b) => (b.value !== null && new Dec(b.value).gt(acc) ? new Dec(b.value) : acc), new Dec(1));
      out.push(titled(cat.chartTitles.sexBalance, chart('chart-sex-balance', cat.chartTitles.sexBalance, fill(cat.chartTitles.sexBalanceDesc, { items: describe(groups, lang) }), groups, max, null, lang, [
        { label: cat.rows.women, color: WOMEN },
        { label: cat.rows.men, color: MEN },
      ])));
    }
  }

  const pay = get('pay');
  if (pay !== undefined) {
    const groups: Group[] = pay.rows.map((r) => {
      const v = r.cells.find((c) => c.column === 'shareMean')?.value ?? null;
      return {
        label: r.kind === 'total' ? cat.rows.total : levelLabel(r.level, lang),
        bars: [{ label: cat.columns.shareMean, value: v, color: WOMEN, text: v === null ? '' : formatPercentText(v, lang) }],
      };
    });
    const max = groups.flatMap((g) => g.bars).reduce((acc, b) => (b.value !== null && new Dec(b.value).gt(acc) ? new Dec(b.value) : acc), new Dec(110));
    out.push(titled(cat.chartTitles.payShare, chart('chart-pay-share', cat.chartTitles.payShare, fill(cat.chartTitles.payShareDesc, { items: describe(groups, lang) }), groups, max, new Dec(100), lang, [
      { label: cat.columns.shareMean, color: WOMEN },
    ])));
  }

  const pt = get('part-time');
  const tmp = get('temporary');
  if (pt !== undefined || tmp !== undefined) {
    const groups: Group[] = (
      [
        [cat.tables['part-time'].title, pt],
        [cat.tables.temporary.title, tmp],
      ] as const
    ).map(([label, t]) => {
      const w = cell(t, 'women', 'percentOfSex');
      const m = cell(t, 'men', 'percentOfSex');
      return {
        label,
        bars: [
          { label: cat.rows.women, value: w, color: WOMEN, text: w === null ? '' : formatPercentText(w, lang) },
          { label: cat.rows.men, value: m, color: MEN, text: m === null ? '' : formatPercentText(m, lang) },
        ],
      };
    });
    out.push(titled(cat.chartTitles.partTime, chart('chart-part-time', cat.chartTitles.partTime, fill(cat.chartTitles.partTimeDesc, { items: describe(groups, lang) }), groups, new Dec(100), null, lang, [
      { label: cat.rows.women, color: WOMEN },
      { label: cat.rows.men, color: MEN },
    ])));
  }
  return out;
}
