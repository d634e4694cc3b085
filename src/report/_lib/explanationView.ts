/**
 * The statement's explanation of the pay gap (`part1.explanation`) as the renderers show it: one
 * view (headings, sentences, tables) for Markdown, HTML and the workbook, and the HTML chart of
 * the parts. Formatting only: every figure and sentence is the report's. @internal
 */
import { CATALOGUES } from '../../locales/index.js';
import type { ExplanationSentence, GapExplanation } from '../explanation.js';
import type { ReportLanguage as Language } from '../types.js';
import { breakdownWords } from './analysis.js';
import { fill, localized } from './catalogue.js';
import { escapeHtml as e, escapeMarkdown as m, formatNumber, formatPercentText } from './format.js';

/** A cell of a table of the explanation: its text, and its number (null: hidden or none). @internal */
export interface ViewCell {
  readonly text: string;
  readonly value: number | null;
  readonly hidden: boolean;
}

/** A table of the explanation. @internal */
export interface ViewTable {
  readonly headers: readonly string[];
  readonly rows: readonly { readonly label: string; readonly total: boolean; readonly cells: readonly ViewCell[] }[];
}

/** The explanation as the renderers show it. @internal */
export interface ExplanationView {
  readonly title: string;
  readonly intro: string;
  readonly decompositions: readonly {
    readonly heading: string;
    readonly sentence: string;
    readonly table: ViewTable;
    readonly chartTitle: string;
    readonly chartDesc: string;
  }[];
  /** The adjusted gap in words. */
  readonly adjusted: readonly string[];
  readonly groupsHeading: string;
  readonly groups: ViewTable | null;
  readonly groupSentences: readonly string[];
  /** What is hidden and why, how to read it, the method. */
  readonly closing: readonly string[];
}

const ADJUSTED = new Set([
  'adjusted-lower',
  'adjusted-higher',
  'adjusted-none',
  'adjusted-hidden',
  'adjusted-not-estimable',
  'significant',
  'not-significant',
  'below-threshold',
  'above-threshold',
]);

function texts(list: readonly ExplanationSentence[], lang: Language, keep: (code: string) => boolean): string[] {
  return list.filter((s) => keep(s.code)).map((s) => localized(s.text, lang));
}

function valueCell(value: string | null, status: string, lang: Language, percent = false): ViewCell {
  const c = CATALOGUES[lang].analysis.statement;
  if (status === 'hidden') return { text: c.hidden, value: null, hidden: true };
  if (value === null) return { text: '–', value: null, hidden: false };
  return { text: percent ? formatPercentText(value, lang) : formatNumber(value, lang), value: Number(value), hidden: false };
}

/** The view of an explanation in a language. @internal */
export function explanationView(x: GapExplanation, lang: Language): ExplanationView {
  const c = CATALOGUES[lang].analysis;
  const s = c.statement;
  const withNok = x.decompositions.some((d) => d.parts.some((p) => p.nok !== null));
  const decompositions = x.decompositions.map((d) => {
    const w = breakdownWords(d.breakdown, c);
    const rows = d.parts.map((p) => ({
      label: fill(s.parts[p.part], { plural: w.plural, same: w.same }).replace(/^./, (ch) => ch.toUpperCase()),
      total: p.part === 'total',
      cells: withNok ? [valueCell(p.points, p.status, lang), valueCell(p.nok, p.status, lang)] : [valueCell(p.points, p.status, lang)],
    }));
    const values = rows.map((r) => `${r.label}: ${r.cells[0]?.text ?? ''}`).join('; ');
    return {
      heading: fill(s.byBreakdown, { noun: w.noun }),
      sentence: localized(d.text, lang),
      table: { headers: withNok ? [s.part, s.points, s.nok] : [s.part, s.points], rows },
      chartTitle: fill(s.chartTitle, { noun: w.noun }),
      chartDesc: fill(s.chartDesc, { values }),
    };
  });
  const groups: ViewTable | null =
    x.groups.length === 0
      ? null
      : {
          headers: [s.group, s.adjustedGap, s.overThreshold],
          rows: x.groups.map((g) => ({
            label: g.group ?? s.noGroup,
            total: false,
            cells: [
              valueCell(g.gapPercent, g.status, lang, true),
              g.flagged === null ? valueCell(null, g.status, lang) : { text: g.flagged ? s.yes : s.no, value: null, hidden: false },
            ],
          })),
        };
  return {
    title: s.title,
    intro: s.intro,
    decompositions,
    adjusted: texts(x.paragraphs, lang, (code) => ADJUSTED.has(code)),
    groupsHeading: s.groupsHeading,
    groups,
    groupSentences: texts(x.paragraphs, lang, (code) => code.startsWith('groups-')),
    closing: texts(x.paragraphs, lang, (code) => !ADJUSTED.has(code) && !code.startsWith('groups-')),
  };
}

function tableMd(t: ViewTable): string[] {
  const lines = [`| ${t.headers.map(m).join(' | ')} |`, `|${t.headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const r of t.rows) {
    const label = r.total ? `**${m(r.label)}**` : m(r.label);
    lines.push(`| ${[label, ...r.cells.map((c) => (c.hidden ? `*${m(c.text)}*` : m(c.text)))].join(' | ')} |`);
  }
  return lines;
}

/** The explanation in Markdown (a `###` section of part 1). @internal */
export function explanationMarkdown(x: GapExplanation, lang: Language): string[] {
  const v = explanationView(x, lang);
  const lines = [`### ${m(v.title)}`, '', m(v.intro), ''];
  for (const d of v.decompositions) lines.push(`#### ${m(d.heading)}`, '', m(d.sentence), '', ...tableMd(d.table), '');
  if (v.adjusted.length > 0) lines.push(v.adjusted.map(m).join(' '), '');
  if (v.groups !== null) lines.push(`#### ${m(v.groupsHeading)}`, '', ...tableMd(v.groups), '');
  if (v.groupSentences.length > 0) lines.push(v.groupSentences.map(m).join(' '), '');
  for (const p of v.closing) lines.push(m(p), '');
  return lines;
}

function tableHtml(t: ViewTable, id: string): string {
  const head = `<thead><tr>${t.headers.map((h, i) => `<th scope="col"${i === 0 ? ' class="row-head"' : ''}>${e(h)}</th>`).join('')}</tr></thead>`;
  const body = t.rows
    .map(
      (r) =>
        `<tr${r.total ? ' class="total"' : ''}><th scope="row">${e(r.label)}</th>${r.cells.map((c) => `<td${c.hidden ? ' class="hidden"' : ''}>${e(c.text)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table aria-labelledby="${id}"><colgroup><col class="row-head" style="width:50%">${t.headers
    .slice(1)
    .map(() => '<col>')
    .join('')}</colgroup>${head}\n<tbody>\n${body}\n</tbody></table>`;
}

const W = 640;
const LABEL = 260;
const BAR = 14;
const STEP = 24;

/** A bar chart of a decomposition's parts around the zero line; a hidden part is a labelled gap. @internal */
function chartSvg(d: ExplanationView['decompositions'][number], id: string, lang: Language): string {
  const rows = d.table.rows;
  const values = rows.map((r) => r.cells[0]?.value ?? 0);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo === 0 ? 1 : hi - lo;
  const plot = W - LABEL - 70;
  const x = (v: number): number => LABEL + 10 + ((v - lo) / span) * plot;
  const h = rows.length * STEP + 12;
  const bars = rows
    .map((r, i) => {
      const y = 6 + i * STEP;
      const cell = r.cells[0];
      const label = `<text x="${LABEL}" y="${y + BAR - 2}" text-anchor="end" font-size="11"${r.total ? ' font-weight="600"' : ''}>${e(r.label.length > 44 ? r.label.slice(0, 43) + '…' : r.label)}</text>`;
      if (cell === undefined) return label;
      if (cell.value === null)
        return `${label}<text x="${x(0) + 4}" y="${y + BAR - 2}" font-size="11" font-style="italic" data-value="${e(cell.text)}">${e(cell.text)}</text>`;
      const x0 = Math.min(x(0), x(cell.value));
      const wBar = Math.max(Math.abs(x(cell.value) - x(0)), 1);
      const tx = cell.value < 0 ? x0 - 4 : x0 + wBar + 4;
      return `${label}<rect x="${x0.toFixed(1)}" y="${y}" width="${wBar.toFixed(1)}" height="${BAR}" fill="${r.total ? '#1a1a1a' : '#8a2c63'}" data-value="${cell.value}"/><text x="${tx.toFixed(1)}" y="${y + BAR - 2}" font-size="11"${cell.value < 0 ? ' text-anchor="end"' : ''} data-value="${cell.value}">${e(cell.text)}</text>`;
    })
    .join('');
  const zero = `<line class="reference" x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="2" y2="${h - 4}" stroke="#c8c8c8"/>`;
  return `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" xmlns="http://www.w3.org/2000/svg" lang="${lang}"><title id="${id}-t">${e(d.chartTitle)}</title><desc id="${id}-d">${e(d.chartDesc)}</desc>${zero}${bars}</svg>`;
}

/** The explanation in HTML (a section of part 1, with a chart of the parts per decomposition). @internal */
export function explanationHtml(x: GapExplanation, lang: Language): string {
  const v = explanationView(x, lang);
  const out = [`<section id="explanation"><h3>${e(v.title)}</h3><p>${e(v.intro)}</p>`];
  v.decompositions.forEach((d, i) => {
    const id = `explanation-${i + 1}`;
    out.push(`<h4 id="${id}-title">${e(d.heading)}</h4><p>${e(d.sentence)}</p>${tableHtml(d.table, `${id}-title`)}`);
    out.push(`<figure><figcaption>${e(d.chartTitle)}</figcaption>${chartSvg(d, `${id}-chart`, lang)}</figure>`);
  });
  if (v.adjusted.length > 0) out.push(`<p>${e(v.adjusted.join(' '))}</p>`);
  if (v.groups !== null) out.push(`<h4 id="explanation-groups">${e(v.groupsHeading)}</h4>${tableHtml(v.groups, 'explanation-groups')}`);
  if (v.groupSentences.length > 0) out.push(`<p>${e(v.groupSentences.join(' '))}</p>`);
  for (const p of v.closing) out.push(`<p class="note">${e(p)}</p>`);
  out.push('</section>');
  return out.join('\n');
}
