/**
 * Inline SVG charts of the statement, drawn by the library (no script, no external resource):
 * sex balance per level; women's share of men's pay per level on a scale around the 100 % line
 * (bars from 100 % to the share, so 94.0 % and 99.8 % look as different as they are); part-time and
 * temporary by sex on a scale to just above the largest share. Values stand beside their bars.
 * Every chart is `role="img"` with `<title>`/`<desc>` referenced by `aria-labelledby`; hidden
 * values are drawn as a labelled gap, never estimated. Marks for the browser test:
 * `data-value` on each bar and its label, `class="axis"` ticks with `data-at`, `class="reference"`
 * on the 100 % line.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { ReportLanguage as Language } from '../types.js';
import type { Report, ReportTable } from '../types.js';
import { REPORT_CATALOGUES, fill } from './catalogue.js';
import { escapeHtml, formatNumber, formatPercentText } from './format.js';

const WIDTH = 640;
const LABEL_W = 170;
const RIGHT = 16;
const BAR_H = 14;
const GAP = 10;
const WOMEN = '#8a2c63';
const MEN = '#2f6f9f';
const TEXT = '#1a1a1a';
const GRID = '#c8c8c8';

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

/** The scale of a chart: values `from` … `to` over the plot's width, ticks, and the value the bars grow from. */
interface Scale {
  readonly from: number;
  readonly to: number;
  readonly base: number;
  readonly ticks: readonly number[];
  /** The tick labels' text. */
  readonly tick: (v: number) => string;
  /** A reference line (100 %), when the chart has one. */
  readonly reference: number | null;
}

function cell(t: ReportTable | undefined, rowId: string, column: string): string | null {
  return t?.rows.find((r) => r.id === rowId)?.cells.find((c) => c.column === column)?.value ?? null;
}

function levelLabel(level: string | null | undefined, lang: Language): string {
  return level === null || level === undefined ? REPORT_CATALOGUES[lang].noLevel : level;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/** A tick step of 1, 2 or 5 × 10ⁿ that gives about `count` ticks over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
}

/** Ticks from `from` to `to` by `step` (both multiples of it). */
function ticksOf(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + step / 1e6; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** A scale from 0 to just above the largest value (counts, shares of a whole). */
function zeroScale(values: readonly number[], tick: (v: number) => string, atLeast = 1): Scale {
  const max = Math.max(atLeast, ...values);
  const step = niceStep(max, 5);
  const to = Math.ceil((max * 1.15) / step) * step; // room for the value beside the longest bar
  return { from: 0, to, base: 0, ticks: ticksOf(0, to, step), tick, reference: null };
}

/**
 * The scale of women's share of men's pay: around 100 %, from a little below the smallest share
 * to a little above the largest (100 % always inside), the bars drawn from the 100 % line.
 */
export function shareScale(values: readonly number[], tick: (v: number) => string): Scale {
  const lo = Math.min(100, ...values);
  const hi = Math.max(100, ...values);
  const span = Math.max(hi - lo, 4);
  const step = niceStep(span, 6);
  // a whole step of room on each side, for the values beside the bars
  const from = Math.floor((lo - step) / step) * step;
  const to = Math.ceil((hi + step) / step) * step;
  return { from, to, base: 100, ticks: ticksOf(from, to, step), tick, reference: 100 };
}

function chart(
  id: string,
  title: string,
  desc: string,
  groups: readonly Group[],
  scale: Scale,
  lang: Language,
  legend: readonly { label: string; color: string }[],
): string {
  const cat = REPORT_CATALOGUES[lang];
  const plotW = WIDTH - LABEL_W - RIGHT;
  const x = (v: number): number => LABEL_W + ((v - scale.from) / (scale.to - scale.from)) * plotW;
  const legendH = 24;
  let y = legendH;
  const parts: string[] = [];
  legend.forEach((l, i) => {
    const lx = LABEL_W + i * 140;
    parts.push(
      `<rect x="${lx}" y="4" width="12" height="12" fill="${l.color}"/><text x="${lx + 16}" y="14" font-size="11" fill="${TEXT}">${escapeHtml(l.label)}</text>`,
    );
  });
  const bars: string[] = [];
  for (const g of groups) {
    const h = g.bars.length * BAR_H;
    bars.push(`<text x="${LABEL_W - 6}" y="${y + h / 2 + 4}" font-size="11" text-anchor="end" fill="${TEXT}">${escapeHtml(truncate(g.label, 28))}</text>`);
    g.bars.forEach((b, i) => {
      const by = y + i * BAR_H;
      if (b.value === null) {
        bars.push(
          `<text x="${x(scale.base) + 4}" y="${by + BAR_H - 3}" font-size="10" font-style="italic" fill="#555">${escapeHtml(cat.chartTitles.hiddenInChart)}</text>`,
        );
        return;
      }
      const v = new Dec(b.value).toNumber();
      const x0 = x(scale.base);
      const x1 = x(Math.min(scale.to, Math.max(scale.from, v)));
      const left = Math.min(x0, x1);
      const w = Math.abs(x1 - x0);
      bars.push(
        `<rect class="bar" data-value="${escapeHtml(b.value)}" x="${left.toFixed(1)}" y="${by + 1}" width="${w.toFixed(1)}" height="${BAR_H - 2}" fill="${b.color}"/>`,
      );
      // the value beside the bar's end: right of a bar growing right, left of one growing left
      const label = x1 >= x0 ? `x="${(x1 + 4).toFixed(1)}"` : `x="${(x1 - 4).toFixed(1)}" text-anchor="end"`;
      bars.push(
        `<text class="value" data-value="${escapeHtml(b.value)}" ${label} y="${by + BAR_H - 3}" font-size="10" fill="${TEXT}">${escapeHtml(b.text)}</text>`,
      );
    });
    y += h + GAP;
  }
  const plotBottom = y - GAP + 4;
  // the grid and the axis under the bars, the reference line over them
  const axis: string[] = [];
  for (const t of scale.ticks) {
    const tx = x(t).toFixed(1);
    axis.push(`<line class="axis" data-at="${t}" x1="${tx}" y1="${legendH - 4}" x2="${tx}" y2="${plotBottom}" stroke="${GRID}" stroke-width="0.5"/>`);
    axis.push(`<text x="${tx}" y="${plotBottom + 12}" font-size="9" text-anchor="middle" fill="#444">${escapeHtml(scale.tick(t))}</text>`);
  }
  const reference =
    scale.reference === null
      ? ''
      : `<line class="reference" data-at="${scale.reference}" x1="${x(scale.reference).toFixed(1)}" y1="${legendH - 4}" x2="${x(scale.reference).toFixed(1)}" y2="${plotBottom}" stroke="${TEXT}" stroke-width="1" stroke-dasharray="4 3"/>`;
  const height = plotBottom + 18;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" ` +
    `aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    parts.join('') +
    axis.join('') +
    bars.join('') +
    reference +
    `</svg>`
  );
}

function describe(groups: readonly Group[], lang: Language): string {
  const hidden = REPORT_CATALOGUES[lang].chartTitles.hiddenInChart;
  return groups.map((g) => `${g.label}: ${g.bars.map((b) => `${b.label} ${b.value === null ? hidden : b.text}`).join(', ')}`).join('; ');
}

function valuesOf(groups: readonly Group[]): number[] {
  return groups.flatMap((g) => g.bars.flatMap((b) => (b.value === null ? [] : [new Dec(b.value).toNumber()])));
}

/** The three charts of part 1 as SVG strings (empty when the tables are absent). @internal */
export function renderCharts(report: Report, lang: Language): { title: string; svg: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  const tables = report.part1?.tables ?? [];
  const out: { title: string; svg: string }[] = [];
  const get = (id: string): ReportTable | undefined => tables.find((t) => t.id === id);
  const percentTick = (v: number): string => formatPercentText(String(v), lang);

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
      const scale = zeroScale(valuesOf(groups), (v) => formatNumber(String(v), lang));
      const desc = fill(cat.chartTitles.sexBalanceDesc, { items: describe(groups, lang) });
      out.push({
        title: cat.chartTitles.sexBalance,
        svg: chart('chart-sex-balance', cat.chartTitles.sexBalance, desc, groups, scale, lang, [
          { label: cat.rows.women, color: WOMEN },
          { label: cat.rows.men, color: MEN },
        ]),
      });
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
    const scale = shareScale(valuesOf(groups), percentTick);
    const desc = `${fill(cat.chartTitles.payShareDesc, { items: describe(groups, lang) })} ${cat.chartScale.payShareScale({ from: percentTick(scale.from), to: percentTick(scale.to) })}`;
    out.push({
      title: cat.chartTitles.payShare,
      svg: chart('chart-pay-share', cat.chartTitles.payShare, desc, groups, scale, lang, [{ label: cat.columns.shareMean, color: WOMEN }]),
    });
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
    const scale = zeroScale(valuesOf(groups), percentTick, 5);
    const desc = fill(cat.chartTitles.partTimeDesc, { items: describe(groups, lang) });
    out.push({
      title: cat.chartTitles.partTime,
      svg: chart('chart-part-time', cat.chartTitles.partTime, desc, groups, scale, lang, [
        { label: cat.rows.women, color: WOMEN },
        { label: cat.rows.men, color: MEN },
      ]),
    });
  }
  return out;
}
