import type { ReportLanguage as Language } from './types.js';
import { transparencyHtml, transparencySection } from './_lib/transparency.js';
import { REPORT_CATALOGUES, employerText, fill, localized } from './_lib/catalogue.js';
import { escapeHtml as e } from './_lib/format.js';
import { renderCharts } from './_lib/svg.js';
import {
  appendixOf,
  assessmentParagraphs,
  dutyLines,
  employerName,
  headerFacts,
  itemFacts,
  itemHeading,
  paragraphs,
  partHeader,
  partText,
  partsOf,
  rowLabel,
  stepLabel,
  tableTitle,
  titleOf,
} from './_lib/view.js';
import { renderArgs } from './_lib/renderArgs.js';
import { explanationHtml } from './_lib/explanationView.js';
import type { Part2Element, Part2Item, RenderOptions, Report, ReportInput, ReportTable } from './types.js';

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; background: #fff; }
main { max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 19pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #8a2c63; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; }
p { margin: 0 0 6pt; }
.facts { color: #444; margin: 0 0 8pt; }
.facts span + span::before { content: " · "; }
.rule { font-weight: normal; color: #666; font-size: 9pt; }
section.table { break-inside: avoid; margin-bottom: 8pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8.5pt; margin: 2pt 0 4pt; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 2pt 3pt; vertical-align: top; overflow-wrap: anywhere; }
thead th { border-bottom: 1pt solid #333; font-weight: 600; text-align: right; }
thead th.row-head, tbody th { text-align: left; }
thead th[scope="colgroup"] { text-align: center; border-bottom: 0.5pt solid #999; }
td { text-align: right; font-variant-numeric: tabular-nums; }
td.prev, td.change { color: #555; }
td.hidden { font-style: italic; }
table.wide { font-size: 7.5pt; }
table.wide th, table.wide td { padding: 2pt 1.5pt; }
thead th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
figcaption { font-weight: 600; font-size: 9.5pt; margin: 0 0 2pt; }
tbody tr.total th, tbody tr.total td { font-weight: 600; border-top: 1pt solid #333; }
col.row-head { width: 22%; }
sup { font-size: 70%; line-height: 0; }
.note { font-size: 8.5pt; color: #444; margin: 0 0 4pt; }
.charts figure { margin: 8pt 0; break-inside: avoid; }
svg.chart { display: block; max-width: 100%; height: auto; }
ol.footnotes { font-size: 8.5pt; padding-left: 16pt; }
ul.issues li.error::marker { color: #a40000; }
dl.facts-list { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 2pt 0 6pt; font-size: 9.5pt; }
dl.facts-list dt { font-weight: 600; }
dl.facts-list dd { margin: 0; overflow-wrap: anywhere; }
.item { break-inside: avoid; margin: 0 0 6pt; }
.basis { color: #555; font-size: 9pt; }
.hint { color: #555; font-style: italic; font-size: 9pt; }
@media print { main { padding: 0; } a { color: inherit; text-decoration: none; } }
`;

function facts(list: readonly { label: string; value: string }[]): string {
  if (list.length === 0) return '';
  return `<dl class="facts-list">${list.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('')}</dl>`;
}

function tableHtml(report: Report, t: ReportTable, lang: Language, showRules: boolean): string {
  const cat = REPORT_CATALOGUES[lang];
  const parts = partsOf(report);
  const multi = parts.length > 1;
  const head1 = t.columns
    .map((c) => (multi ? `<th scope="colgroup" colspan="${parts.length}">${e(cat.columns[c])}</th>` : `<th scope="col">${e(cat.columns[c])}</th>`))
    .join('');
  const cornerText = t.rows.some((r) => r.kind === 'level') ? cat.breakdownHeading[report.options.breakdown] : '';
  // An empty corner is not a header (screen readers would announce an empty column header).
  const corner =
    cornerText === ''
      ? `<td class="row-head"${multi ? ' rowspan="2"' : ''}></td>`
      : `<th scope="col" class="row-head"${multi ? ' rowspan="2"' : ''}>${e(cornerText)}</th>`;
  const head2 = multi ? `<tr>${t.columns.map(() => parts.map((p) => `<th scope="col">${e(partHeader(report, t, p, lang))}</th>`).join('')).join('')}</tr>` : '';
  const cols = `<colgroup><col class="row-head">${t.columns.map(() => parts.map(() => '<col>').join('')).join('')}</colgroup>`;
  const body = t.rows
    .map((r) => {
      const tds = t.columns
        .map((col) => {
          const cell = r.cells.find((c) => c.column === col);
          return parts
            .map((p) => {
              const text = partText(cell, p, lang);
              const notes =
                p === 'value' && cell !== undefined && cell.footnotes.length > 0
                  ? cell.footnotes.map((n) => `<sup><a href="#fn-${n}" aria-label="${e(cat.footnotes)} ${n}">${n}</a></sup>`).join('')
                  : '';
              const cls = [p === 'value' ? 'value' : p === 'previous' ? 'prev' : 'change', cell?.status === 'hidden' && p === 'value' ? 'hidden' : '']
                .filter((x) => x !== '')
                .join(' ');
              return `<td class="${cls}" data-table="${e(t.id)}" data-row="${e(r.id)}" data-column="${e(col)}" data-part="${p}">${e(text)}${notes}</td>`;
            })
            .join('');
        })
        .join('');
      return `<tr class="${r.kind}"><th scope="row">${e(rowLabel(r, lang))}</th>${tds}</tr>`;
    })
    .join('\n');
  const reused = t.reused ? `<p class="note">${e(fill(cat.reusedNote, { mappedYear: t.mappedYear }))}</p>` : '';
  const notes = (t.notes ?? []).map((n) => `<p class="note table-note" data-note="${e(n.code)}">${e(localized(n.text, lang))}</p>`).join('');
  // rule IDs only for the auditor (showRules): a public heading has none
  const rule = showRules ? ` <span class="rule">(${e(t.rules.join(', '))})</span>` : '';
  return (
    `<section class="table" id="table-${t.id}"><h3 id="title-${t.id}">${e(tableTitle(t, lang))}${rule}</h3>\n` +
    `<table aria-labelledby="title-${t.id}"${t.columns.length * parts.length > 9 ? ' class="wide"' : ''}>${cols}<thead><tr>${corner}${head1}</tr>${head2}</thead>\n<tbody>\n${body}\n</tbody></table>${reused}${notes}</section>`
  );
}

function elementHtml(el: Part2Element, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  const text = cat.elements[el.id];
  const texts = paragraphs(el.paragraphs, lang)
    .map((p) => `<p>${e(p)}</p>`)
    .join('');
  let items = '';
  if (el.id === 'process') {
    for (const step of ['a', 'b', 'c']) {
      const list = el.items.filter((i) => i.step === step);
      if (list.length === 0) continue;
      items += `<h4>${e(cat.step)} ${e(stepLabel(step, lang))}</h4>` + list.map((i) => itemHtml(i, lang)).join('');
    }
  } else {
    items = el.items.map((i) => itemHtml(i, lang)).join('');
  }
  const empty = texts === '' && items === '' ? `<p class="hint">${e(text.hint)}</p>` : '';
  return `<section class="element" id="part2-${el.id}"><h3>${e(text.title)}</h3>${texts}${items}${empty}</section>`;
}

function itemHtml(item: Part2Item, lang: Language): string {
  const text = item.text !== null ? `<p>${e(employerText(item.text, lang))}</p>` : '';
  return `<div class="item"><h4>${e(itemHeading(item, lang))}</h4>${text}${facts(itemFacts(item, lang))}</div>`;
}

/**
 * Renders a report as one self-contained HTML file: inline CSS and inline SVG charts, no script,
 * no external resource; laid out for A4 (print and screen). Tables have `<th scope>` headers; each
 * chart is `role="img"` with a `<title>` and a `<desc>` giving every value (or "hidden").
 *
 * Every hidden value has its footnote (why it is hidden, in words); rule IDs stand only in the
 * auditor's appendix (`showRules`), never in a public heading; the pay-share chart runs around the
 * 100 % line with the values beside the bars.
 *
 * @param report - a report from {@link buildStatement} (or read back from its JSON)
 * @param options - `lang`: `nb` (default), `nn` or `en`; `showRules`: the auditor's appendix
 * @returns the HTML document as a string
 * @throws {@link LikestillingInputError} when `report` is not a report (every bad path named:
 *   `report.part1.tables[0].rows`) or `options.lang` is not a report language
 * @example
 * ```ts
 * const html = renderHtml(buildStatement(input), { lang: 'en' });
 * await writeFile('statement.html', html);
 * ```
 */
export function renderHtml(report: ReportInput, options?: RenderOptions): string {
  const args = renderArgs('renderHtml', report, options);
  return html(args.report, args.lang, args.showRules);
}

function appendixHtml(report: Report, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  const a = appendixOf(report, lang);
  const list = (items: readonly { label: string; value: string }[]): string =>
    `<dl class="facts-list">${items.map((i) => `<dt>${e(i.label)}</dt><dd>${e(i.value)}</dd>`).join('')}</dl>`;
  return (
    `<section id="appendix" class="appendix"><h2>${e(cat.appendix.title)}</h2><p>${e(cat.appendix.intro)}</p>` +
    `<h3>${e(cat.appendix.statement)}</h3><p>${e(a.statement)}</p>` +
    `<h3>${e(cat.appendix.duties)}</h3>${list(a.duties.map((d) => ({ label: d.label, value: d.rule })))}` +
    (a.tables.length > 0 ? `<h3>${e(cat.appendix.tables)}</h3>${list(a.tables.map((t) => ({ label: t.title, value: t.rules })))}` : '') +
    (a.notes.length > 0 ? `<h3>${e(cat.appendix.notes)}</h3>${list(a.notes.map((n) => ({ label: cat.appendix.note(n.id), value: n.rules })))}` : '') +
    `</section>`
  );
}

function html(report: Report, lang: Language, showRules: boolean): string {
  const cat = REPORT_CATALOGUES[lang];
  const title = titleOf(report, lang);
  const out: string[] = [];
  const name = employerName(report, lang);
  out.push(`<header><h1>${e(title)}</h1><p class="facts"><strong>${e(name)}</strong></p>`);
  out.push(
    `<p class="facts">${headerFacts(report, lang)
      .map((f) => `<span>${e(f.label)}: ${e(f.value)}</span>`)
      .join('')}</p></header>`,
  );

  // Completeness against the year's duties.
  const issues = report.completeness.issues;
  out.push(`<section id="completeness"><h2>${e(report.kind === 'statement' ? cat.completeness : cat.completenessDoc)}</h2>`);
  if (issues.length === 0) out.push(`<p>${e(report.kind === 'statement' ? cat.complete : cat.completeDoc)}</p>`);
  else
    out.push(
      `<p>${e(report.kind === 'statement' ? cat.incomplete : cat.incompleteDoc)}</p><ul class="issues">${issues.map((i) => `<li class="${i.severity}">${e(localized(i.text, lang))}</li>`).join('')}</ul>`,
    );
  out.push(`<h3>${e(cat.dutiesTitle)}</h3><ul class="duties">`);
  for (const d of dutyLines(report, lang, showRules)) {
    out.push(`<li><strong>${e(d.label)}: ${e(d.applies)}</strong>${d.basis !== '' ? ` <span class="basis">(${e(d.basis)})</span>` : ''}</li>`);
  }
  out.push(`</ul></section>`);

  if (report.kind === 'documentation') {
    out.push(
      `<section id="documentation"><p>${e(cat.documentationIntro)}</p><table><colgroup><col style="width:14%"><col style="width:20%"><col><col style="width:26%"></colgroup>`,
    );
    out.push(
      `<thead><tr><th scope="col" class="row-head">${e(cat.date)}</th><th scope="col" class="row-head">${e(cat.step)}</th><th scope="col" class="row-head">${e(cat.what)}</th><th scope="col" class="row-head">${e(cat.representatives)}</th></tr></thead><tbody>`,
    );
    for (const d of report.documentation ?? []) {
      out.push(
        `<tr><th scope="row">${e(d.date ?? '')}</th><td style="text-align:left">${e(stepLabel(d.step, lang))}</td><td style="text-align:left">${e(employerText(d.what, lang))}</td><td style="text-align:left">${e(d.representatives.map((r) => employerText(r, lang)).join(', '))}</td></tr>`,
      );
    }
    out.push(`</tbody></table></section>`);
  }

  const p1 = report.part1;
  if (p1 !== null) {
    out.push(`<section id="part1"><h2>${e(cat.part1)}</h2><p>${e(cat.part1Intro)}</p>`);
    out.push(`<p class="note">${e(cat.legend)}${p1.previousYear !== null ? ' ' + e(cat.changeNote) : ''}</p>`);
    for (const t of p1.tables) out.push(tableHtml(report, t, lang, showRules));
    const charts = renderCharts(report, lang);
    if (charts.length > 0)
      out.push(
        `<section class="charts"><h3>${e(cat.charts)}</h3>${charts.map((c) => `<figure><figcaption>${e(c.title)}</figcaption>${c.svg}</figure>`).join('')}</section>`,
      );
    if (p1.commentary.length > 0)
      out.push(`<section id="commentary"><h3>${e(cat.commentary)}</h3><p>${p1.commentary.map((c) => e(localized(c.text, lang))).join(' ')}</p></section>`);
    if (p1.explanation !== undefined) out.push(explanationHtml(p1.explanation, lang));
    const assessment = assessmentParagraphs(report, lang);
    if (assessment.length > 0) out.push(`<section id="assessment"><h3>${e(cat.assessment)}</h3>${assessment.map((a) => `<p>${e(a)}</p>`).join('')}</section>`);
    if (p1.footnotes.length > 0) {
      out.push(
        `<section id="footnotes"><h3>${e(cat.footnotes)}</h3><ol class="footnotes">${p1.footnotes.map((f) => `<li id="fn-${f.id}" value="${f.id}">${e(localized(f.text, lang))}</li>`).join('')}</ol></section>`,
      );
    }
    out.push(`</section>`);
  }
  if (report.part2 !== null) {
    out.push(`<section id="part2"><h2>${e(cat.part2)}</h2><p>${e(cat.part2Intro)}</p>${report.part2.map((el) => elementHtml(el, lang)).join('\n')}</section>`);
  }
  if (report.transparency !== undefined) out.push(transparencyHtml(transparencySection(report.transparency, lang, 'public'), lang, 2));
  if (showRules) out.push(appendixHtml(report, lang));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} – ${e(name)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}
