import { REPORT_CATALOGUES, employerText, fill, localized } from './_lib/catalogue.js';
import { transparencyMarkdown, transparencySection } from './_lib/transparency.js';
import { escapeMarkdown as m } from './_lib/format.js';
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
import { explanationMarkdown } from './_lib/explanationView.js';
import type { Part2Element, Part2Item, RenderOptions, Report, ReportInput, ReportTable } from './types.js';
import type { ReportLanguage as Language } from './types.js';

function tableMd(report: Report, t: ReportTable, lang: Language, showRules: boolean): string[] {
  const cat = REPORT_CATALOGUES[lang];
  const parts = partsOf(report);
  const headers = [''];
  for (const c of t.columns) {
    for (const p of parts) {
      headers.push(
        parts.length === 1
          ? cat.columns[c]
          : p === 'change'
            ? `${cat.columns[c]}, ${cat.change.toLowerCase()}`
            : `${cat.columns[c]} ${partHeader(report, t, p, lang)}`,
      );
    }
  }
  const lines = [showRules ? `### ${m(tableTitle(t, lang))} (${t.rules.join(', ')})` : `### ${m(tableTitle(t, lang))}`, ''];
  lines.push(`| ${headers.map(m).join(' | ')} |`);
  lines.push(`|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const r of t.rows) {
    const cells = [rowLabel(r, lang)].map(m);
    for (const col of t.columns) {
      const cell = r.cells.find((c) => c.column === col);
      for (const p of parts) {
        const notes = p === 'value' && cell !== undefined && cell.footnotes.length > 0 ? cell.footnotes.map((n) => `[^${n}]`).join('') : '';
        cells.push(m(partText(cell, p, lang)) + notes);
      }
    }
    lines.push(r.kind === 'total' ? `| ${cells.map((c, i) => (i === 0 ? `**${c}**` : c)).join(' | ')} |` : `| ${cells.join(' | ')} |`);
  }
  if (t.reused) lines.push('', `*${m(fill(cat.reusedNote, { mappedYear: t.mappedYear }))}*`);
  for (const n of t.notes ?? []) lines.push('', m(localized(n.text, lang)));
  lines.push('');
  return lines;
}

function itemMd(item: Part2Item, lang: Language): string[] {
  const lines = [`- **${m(itemHeading(item, lang))}**${item.text !== null ? ` — ${m(employerText(item.text, lang))}` : ''}`];
  for (const f of itemFacts(item, lang)) lines.push(`  - ${m(f.label)}: ${m(f.value)}`);
  return lines;
}

function elementMd(el: Part2Element, lang: Language): string[] {
  const cat = REPORT_CATALOGUES[lang];
  const text = cat.elements[el.id];
  const lines = [`### ${m(text.title)}`, ''];
  for (const p of paragraphs(el.paragraphs, lang)) lines.push(m(p), '');
  if (el.id === 'process') {
    for (const step of ['a', 'b', 'c']) {
      const list = el.items.filter((i) => i.step === step);
      if (list.length === 0) continue;
      lines.push(`#### ${m(cat.step)} ${m(stepLabel(step, lang))}`, '');
      for (const i of list) lines.push(...itemMd(i, lang));
      lines.push('');
    }
  } else if (el.items.length > 0) {
    for (const i of el.items) lines.push(...itemMd(i, lang));
    lines.push('');
  }
  if (el.paragraphs.length === 0 && el.items.length === 0) lines.push(`*${m(text.hint)}*`, '');
  return lines;
}

/**
 * Renders a report as Markdown (GitHub-flavoured: pipe tables, footnotes `[^1]`), in bokmål or
 * English. The same content as {@link renderHtml} except the charts (whose data are the tables).
 *
 * @param report - a report from {@link buildStatement} (or read back from its JSON)
 * @param options - `lang`: `nb` (default), `nn` or `en`; `showRules`: the auditor's appendix (rule IDs)
 * @returns the Markdown text
 * @throws {@link LikestillingInputError} when `report` is not a report (every bad path named) or
 *   `options.lang` is not a report language
 * @example
 * ```ts
 * const md = renderMarkdown(report, { lang: 'nb' });
 * ```
 */
export function renderMarkdown(report: ReportInput, options?: RenderOptions): string {
  const args = renderArgs('renderMarkdown', report, options);
  return markdown(args.report, args.lang, args.showRules);
}

function appendixMd(report: Report, lang: Language): string[] {
  const cat = REPORT_CATALOGUES[lang];
  const a = appendixOf(report, lang);
  const lines = [
    `## ${m(cat.appendix.title)}`,
    '',
    m(cat.appendix.intro),
    '',
    `### ${m(cat.appendix.statement)}`,
    '',
    m(a.statement),
    '',
    `### ${m(cat.appendix.duties)}`,
    '',
  ];
  for (const d of a.duties) lines.push(`- ${m(d.label)}: ${m(d.rule)}`);
  if (a.tables.length > 0) lines.push('', `### ${m(cat.appendix.tables)}`, '', ...a.tables.map((t) => `- ${m(t.title)}: ${m(t.rules)}`));
  if (a.notes.length > 0) lines.push('', `### ${m(cat.appendix.notes)}`, '', ...a.notes.map((n) => `- ${m(cat.appendix.note(n.id))}: ${m(n.rules)}`));
  lines.push('');
  return lines;
}

function markdown(report: Report, lang: Language, showRules: boolean): string {
  const cat = REPORT_CATALOGUES[lang];
  const lines: string[] = [`# ${m(titleOf(report, lang))}`, '', `**${m(employerName(report, lang))}**`, ''];
  lines.push(
    headerFacts(report, lang)
      .map((f) => `${m(f.label)}: ${m(f.value)}`)
      .join(' · '),
    '',
  );

  lines.push(`## ${m(report.kind === 'statement' ? cat.completeness : cat.completenessDoc)}`, '');
  if (report.completeness.issues.length === 0) lines.push(m(report.kind === 'statement' ? cat.complete : cat.completeDoc), '');
  else {
    lines.push(m(report.kind === 'statement' ? cat.incomplete : cat.incompleteDoc), '');
    for (const i of report.completeness.issues) lines.push(`- ${m(localized(i.text, lang))}`);
    lines.push('');
  }
  lines.push(`### ${m(cat.dutiesTitle)}`, '');
  for (const d of dutyLines(report, lang, showRules)) lines.push(`- **${m(d.label)}: ${m(d.applies)}**${d.basis !== '' ? ` (${m(d.basis)})` : ''}`);
  lines.push('');

  if (report.kind === 'documentation') {
    lines.push(m(cat.documentationIntro), '');
    lines.push(`| ${[cat.date, cat.step, cat.what, cat.representatives].map(m).join(' | ')} |`, '| --- | --- | --- | --- |');
    for (const d of report.documentation ?? [])
      lines.push(
        `| ${[d.date ?? '', stepLabel(d.step, lang), employerText(d.what, lang), d.representatives.map((r) => employerText(r, lang)).join(', ')].map(m).join(' | ')} |`,
      );
    lines.push('');
  }

  const p1 = report.part1;
  if (p1 !== null) {
    lines.push(`## ${m(cat.part1)}`, '', m(cat.part1Intro), '');
    lines.push(`*${m(cat.legend)}${p1.previousYear !== null ? ' ' + m(cat.changeNote) : ''}*`, '');
    for (const t of p1.tables) lines.push(...tableMd(report, t, lang, showRules));
    if (p1.commentary.length > 0) lines.push(`### ${m(cat.commentary)}`, '', p1.commentary.map((c) => m(localized(c.text, lang))).join(' '), '');
    if (p1.explanation !== undefined) lines.push(...explanationMarkdown(p1.explanation, lang));
    const assessment = assessmentParagraphs(report, lang);
    if (assessment.length > 0) {
      lines.push(`### ${m(cat.assessment)}`, '');
      for (const a of assessment) lines.push(m(a), '');
    }
    if (p1.footnotes.length > 0) {
      lines.push(`### ${m(cat.footnotes)}`, '');
      for (const f of p1.footnotes) lines.push(`[^${f.id}]: ${m(localized(f.text, lang))}`);
      lines.push('');
    }
  }
  if (report.part2 !== null) {
    lines.push(`## ${m(cat.part2)}`, '', m(cat.part2Intro), '');
    for (const el of report.part2) lines.push(...elementMd(el, lang));
  }
  if (report.transparency !== undefined) lines.push(...transparencyMarkdown(transparencySection(report.transparency, lang, 'public'), 2));
  if (showRules) lines.push(...appendixMd(report, lang));
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
