/**
 * The pay-transparency section (TRN-3, TRN-7) as data for every output: tables of formatted
 * cells (a hidden value named so, with the number of its reason), the quartile chart (SVG in the
 * style of `svg.ts`: `role="img"`, `<title>`/`<desc>`, hidden shares drawn as a labelled gap) and
 * the reasons — shared by Markdown, HTML, the workbook and the statement's appendix.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import { catalogue, type Language } from '../../locales/index.js';
import type { PublicPayTransparency, PublishedPayTransparency } from '../../transparency/publishedSchema.js';
import { escapeHtml, escapeMarkdown, formatNumber } from './format.js';

/** A cell: its text, the value it shows (a decimal string, for the workbook), and the number of its reason when hidden. @internal */
export interface TransparencyCell {
  readonly text: string;
  readonly value: string | null;
  readonly note: number | null;
}

/** A table of the section. @internal */
export interface TransparencyTable {
  readonly id: 'pay' | 'recipients' | 'quartiles' | 'categories';
  readonly title: string;
  readonly note: string | null;
  readonly head: readonly string[];
  readonly rows: readonly (readonly TransparencyCell[])[];
}

/** The section, formatted in one language. @internal */
export interface TransparencySection {
  readonly title: string;
  readonly intro: string;
  /** Said when the figures are not published under the policy. */
  readonly warning: string | null;
  readonly tables: readonly TransparencyTable[];
  /** The joint assessment's sentence (with `categories` only). */
  readonly joint: string | null;
  /** The reasons, numbered from 1 in the order the cells cite them, under `notesTitle`. */
  readonly notes: readonly string[];
  readonly notesTitle: string;
  /** The quartile chart's title, description and bands (women's and men's share; null when hidden or empty). */
  readonly chart: {
    readonly title: string;
    readonly desc: string;
    readonly bands: readonly { readonly label: string; readonly women: string | null; readonly men: string | null }[];
  };
}

/** What part of the result the section shows: `public` (a)–(f), or with (g) and the joint assessment for the authority. @internal */
export type TransparencySectionAudience = 'public' | 'authority-and-representatives';

/** The section of a published result in a language. @internal */
export function transparencySection(
  published: PublishedPayTransparency | PublicPayTransparency,
  lang: Language,
  audience: TransparencySectionAudience,
  internal = false,
): TransparencySection {
  const t = catalogue(lang).transparency;
  const reasons = new Map<string, number>();
  const reasonOf = new Map(published.hidden.map((h) => [h.path, h.text[lang]]));
  const cell = (path: string, value: string | number | null): TransparencyCell => {
    const reason = reasonOf.get(path);
    if (reason !== undefined) {
      const note = reasons.get(reason) ?? reasons.size + 1;
      reasons.set(reason, note);
      return { text: t.hiddenMark, value: null, note };
    }
    if (value === null) return { text: '–', value: null, note: null };
    const text = String(value);
    return { text: formatNumber(text, lang), value: text, note: null };
  };
  const label = (text: string): TransparencyCell => ({ text, value: null, note: null });
  const p = published.public;
  const payRow = (name: string, figure: 'hourly' | 'annual' | 'variable', stat: 'mean' | 'median'): TransparencyCell[] => [
    label(name),
    cell(`public.${figure}.${stat}.women`, p[figure][stat].women),
    cell(`public.${figure}.${stat}.men`, p[figure][stat].men),
    cell(`public.${figure}.${stat}.gapPercent`, p[figure][stat].gapPercent),
  ];
  const tables: TransparencyTable[] = [
    {
      id: 'pay',
      title: t.title,
      note: t.payNote,
      head: [t.indicator, t.women, t.men, t.gap],
      rows: [
        payRow(t.pay.hourlyMean, 'hourly', 'mean'),
        payRow(t.pay.hourlyMedian, 'hourly', 'median'),
        payRow(t.pay.annualMean, 'annual', 'mean'),
        payRow(t.pay.annualMedian, 'annual', 'median'),
        payRow(t.pay.variableMean, 'variable', 'mean'),
        payRow(t.pay.variableMedian, 'variable', 'median'),
      ],
    },
    {
      id: 'recipients',
      title: t.recipientsTitle,
      note: null,
      head: ['', t.women, t.men],
      rows: [
        [
          label(t.persons),
          cell('public.variable.recipients.women.count', p.variable.recipients.women.count),
          cell('public.variable.recipients.men.count', p.variable.recipients.men.count),
        ],
        [
          label(t.recipientsShare),
          cell('public.variable.recipients.women.percentOfSex', p.variable.recipients.women.percentOfSex),
          cell('public.variable.recipients.men.percentOfSex', p.variable.recipients.men.percentOfSex),
        ],
      ],
    },
    {
      id: 'quartiles',
      title: t.quartilesTitle,
      note: t.quartilesNote,
      head: ['', t.persons, t.womenPercent, t.menPercent],
      rows: p.quartiles.map((b, i) => [
        label(t.band(b.band)),
        cell(`public.quartiles[${i}].size`, b.size),
        cell(`public.quartiles[${i}].womenPercent`, b.womenPercent),
        cell(`public.quartiles[${i}].menPercent`, b.menPercent),
      ]),
    },
  ];
  let joint: string | null = null;
  const authority = 'authorityAndRepresentatives' in published ? published.authorityAndRepresentatives : undefined;
  if (audience === 'authority-and-representatives' && authority !== undefined) {
    const at = (i: number, rest: string): string => `authorityAndRepresentatives.categories[${i}].${rest}`;
    tables.push({
      id: 'categories',
      title: t.categoriesTitle,
      note: t.categoriesNote,
      head: [
        t.category,
        t.women,
        t.men,
        t.hourlyMeanGap,
        t.hourlyMedianGap,
        t.basicMeanGap,
        t.basicMedianGap,
        t.variableMeanGap,
        t.variableMedianGap,
        t.jointAssessment,
      ],
      rows: authority.categories.map((c, i) => [
        label(c.key ?? t.noCategory),
        cell(at(i, 'population.women'), c.population.women),
        cell(at(i, 'population.men'), c.population.men),
        cell(at(i, 'hourly.mean.gapPercent'), c.hourly.mean.gapPercent),
        cell(at(i, 'hourly.median.gapPercent'), c.hourly.median.gapPercent),
        cell(at(i, 'basic.mean.gapPercent'), c.basic.mean.gapPercent),
        cell(at(i, 'basic.median.gapPercent'), c.basic.median.gapPercent),
        cell(at(i, 'variable.mean.gapPercent'), c.variable.mean.gapPercent),
        cell(at(i, 'variable.median.gapPercent'), c.variable.median.gapPercent),
        label(t.jointReasons[c.jointAssessment.reason]),
      ]),
    });
    const required = authority.jointAssessment.categories.map((k) => k ?? t.noCategory);
    joint = required.length > 0 ? t.jointRequired({ categories: required }) : t.jointNone;
  }
  const hiddenBand = (i: number): boolean => reasonOf.has(`public.quartiles[${i}].womenPercent`);
  return {
    title: t.title,
    intro: t.intro({
      year: published.year,
      referenceDate: published.referenceDate,
      women: formatNumber(String(published.population.women), lang),
      men: formatNumber(String(published.population.men), lang),
    }),
    warning: internal ? t.notPublished : null,
    tables,
    joint,
    notes: [...reasons.keys()],
    notesTitle: t.notesTitle,
    chart: {
      title: t.chartTitle,
      desc: t.chartDesc,
      bands: p.quartiles.map((b, i) => ({ label: t.band(b.band), women: hiddenBand(i) ? null : b.womenPercent, men: hiddenBand(i) ? null : b.menPercent })),
    },
  };
}

const WIDTH = 640;
const LABEL_W = 130;
const ROW_H = 22;
const COLORS = { women: '#8a2c63', men: '#2f6f9f', text: '#1a1a1a', grid: '#c8c8c8' } as const;

/**
 * The quartile chart: one bar per band, lowest first, women's share from the left and men's after
 * it (100 % wide), the values on the bars; a hidden band is a labelled gap, never estimated. @internal
 */
export function quartileChartSvg(section: TransparencySection, lang: Language, id = 'transparency-quartiles'): string {
  const t = catalogue(lang).transparency;
  const plotW = WIDTH - LABEL_W - 16;
  const top = 26;
  const parts: string[] = [];
  [
    { label: t.women, color: COLORS.women },
    { label: t.men, color: COLORS.men },
  ].forEach((l, i) => {
    const lx = LABEL_W + i * 120;
    parts.push(
      `<rect x="${lx}" y="4" width="12" height="12" fill="${l.color}"/><text x="${lx + 16}" y="14" font-size="11" fill="${COLORS.text}">${escapeHtml(l.label)}</text>`,
    );
  });
  section.chart.bands.forEach((b, i) => {
    const y = top + i * ROW_H;
    parts.push(`<text x="${LABEL_W - 6}" y="${y + 14}" font-size="11" text-anchor="end" fill="${COLORS.text}">${escapeHtml(b.label)}</text>`);
    if (b.women === null || b.men === null) {
      parts.push(`<rect x="${LABEL_W}" y="${y + 2}" width="${plotW}" height="${ROW_H - 6}" fill="none" stroke="${COLORS.grid}"/>`);
      parts.push(`<text x="${LABEL_W + 6}" y="${y + 14}" font-size="10" font-style="italic" fill="#555">${escapeHtml(t.hiddenMark)}</text>`);
      return;
    }
    const w = (new Dec(b.women).toNumber() / 100) * plotW;
    const bars: [string, string, number, number][] = [
      ['women', b.women, LABEL_W, w],
      ['men', b.men, LABEL_W + w, plotW - w],
    ];
    for (const [sex, value, x, width] of bars) {
      parts.push(
        `<rect class="bar" data-sex="${sex}" data-value="${escapeHtml(value)}" x="${x.toFixed(1)}" y="${y + 2}" width="${width.toFixed(1)}" height="${ROW_H - 6}" fill="${sex === 'women' ? COLORS.women : COLORS.men}"/>`,
      );
      if (width >= 36)
        parts.push(
          `<text class="value" data-value="${escapeHtml(value)}" x="${(x + width / 2).toFixed(1)}" y="${y + 14}" font-size="10" text-anchor="middle" fill="#fff">${escapeHtml(formatNumber(value, lang))} %</text>`,
        );
    }
  });
  const bottom = top + section.chart.bands.length * ROW_H;
  for (const at of [0, 50, 100]) {
    const x = (LABEL_W + (at / 100) * plotW).toFixed(1);
    parts.push(
      `<line class="axis" data-at="${at}" x1="${x}" y1="${top - 2}" x2="${x}" y2="${bottom}" stroke="${COLORS.grid}" stroke-width="0.5"/><text x="${x}" y="${bottom + 12}" font-size="9" text-anchor="middle" fill="#444">${at} %</text>`,
    );
  }
  const describe = section.chart.bands
    .map(
      (b) =>
        `${b.label}: ${b.women === null || b.men === null ? t.hiddenMark : `${t.women} ${formatNumber(b.women, lang)} %, ${t.men} ${formatNumber(b.men, lang)} %`}`,
    )
    .join('; ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" role="img" viewBox="0 0 ${WIDTH} ${bottom + 18}" width="100%" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeHtml(section.chart.title)}</title><desc id="${id}-desc">${escapeHtml(`${section.chart.desc} ${describe}`)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}

const cellMd = (c: TransparencyCell): string => escapeMarkdown(c.text) + (c.note !== null ? ` [${c.note}]` : '');
const cellHtml = (c: TransparencyCell): string => escapeHtml(c.text) + (c.note !== null ? `<sup>${c.note}</sup>` : '');

/** The section as Markdown lines, its heading at `level` (2: `##`). @internal */
export function transparencyMarkdown(section: TransparencySection, level = 2): string[] {
  const h = (n: number): string => '#'.repeat(Math.min(6, level + n));
  const lines = [`${h(0)} ${escapeMarkdown(section.title)}`, '', escapeMarkdown(section.intro), ''];
  if (section.warning !== null) lines.push(`> ${escapeMarkdown(section.warning)}`, '');
  for (const table of section.tables) {
    if (table.id !== 'pay') lines.push(`${h(1)} ${escapeMarkdown(table.title)}`, '');
    if (table.note !== null) lines.push(escapeMarkdown(table.note), '');
    lines.push(`| ${table.head.map(escapeMarkdown).join(' | ')} |`, `|${table.head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(cellMd).join(' | ')} |`);
    lines.push('');
    if (table.id === 'categories' && section.joint !== null) lines.push(escapeMarkdown(section.joint), '');
  }
  if (section.notes.length > 0)
    lines.push(`${h(1)} ${escapeMarkdown(section.notesTitle)}`, '', ...section.notes.map((n, i) => `${i + 1}. ${escapeMarkdown(n)}`), '');
  return lines;
}

/** The section as an HTML `<section>`, its heading at `level` (2: `<h2>`), with the quartile chart. @internal */
export function transparencyHtml(section: TransparencySection, lang: Language, level = 2): string {
  const h = (n: number, text: string): string => `<h${Math.min(6, level + n)}>${escapeHtml(text)}</h${Math.min(6, level + n)}>`;
  const out = [`<section class="transparency">`, h(0, section.title), `<p>${escapeHtml(section.intro)}</p>`];
  if (section.warning !== null) out.push(`<p class="warning"><strong>${escapeHtml(section.warning)}</strong></p>`);
  for (const table of section.tables) {
    if (table.id !== 'pay') out.push(h(1, table.title));
    if (table.note !== null) out.push(`<p>${escapeHtml(table.note)}</p>`);
    out.push(
      `<table class="${table.id}"><thead><tr>${table.head.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>` +
        table.rows
          .map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${cellHtml(c)}</th>` : `<td>${cellHtml(c)}</td>`)).join('')}</tr>`)
          .join('') +
        `</tbody></table>`,
    );
    if (table.id === 'quartiles') out.push(`<figure>${quartileChartSvg(section, lang)}</figure>`);
    if (table.id === 'categories' && section.joint !== null) out.push(`<p>${escapeHtml(section.joint)}</p>`);
  }
  if (section.notes.length > 0) out.push(h(1, section.notesTitle), `<ol class="notes">${section.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ol>`);
  out.push('</section>');
  return out.join('\n');
}
