/**
 * What the Markdown and HTML renderers share: titles, labels, the columns of a table with the
 * comparison sub-columns, cell texts. Pure formatting of a report; no figure is computed here.
 * @internal
 */
import type { ReportLanguage as Language } from '../types.js';
import type { Part2Item, Report, ReportCell, ReportRow, ReportTable } from '../types.js';
import type { EmployerText } from '../../models/text.js';
import { REPORT_CATALOGUES, employerText, fill, label, localized } from './catalogue.js';
import { formatCellValue, formatChange } from './format.js';

/** The sub-columns of one metric: this year, last year, change. @internal */
export type Part = 'value' | 'previous' | 'change';

/** Whether the report compares against last year. @internal */
export function hasPrevious(report: Report): boolean {
  return report.part1?.previousYear !== null && report.part1?.previousYear !== undefined;
}

/** The parts shown per metric. @internal */
export function partsOf(report: Report): readonly Part[] {
  return hasPrevious(report) ? ['value', 'previous', 'change'] : ['value'];
}

/** Document title. @internal */
export function titleOf(report: Report, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  return fill(report.kind === 'statement' ? cat.title : cat.documentationTitle, { year: report.year });
}

/** Header of a sub-column. @internal */
export function partHeader(report: Report, table: ReportTable, part: Part, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  if (part === 'change') return cat.change;
  if (part === 'previous') return String(table.reused ? table.mappedYear - 1 : (report.part1?.previousYear ?? report.year - 1));
  return String(table.mappedYear);
}

/** A row's label. @internal */
export function rowLabel(row: ReportRow, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  if (row.kind === 'level') return row.level === null || row.level === undefined ? cat.noLevel : row.level;
  return cat.rows[row.kind];
}

/** The text of one sub-cell. @internal */
export function partText(cell: ReportCell | undefined, part: Part, lang: Language): string {
  if (cell === undefined) return '';
  if (part === 'value') return formatCellValue(cell.value, cell.kind, lang);
  if (part === 'previous') return formatCellValue(cell.previous ?? null, cell.kind, lang);
  return formatChange(cell.change, lang);
}

/** Table title with its rule ids. @internal */
export function tableTitle(table: ReportTable, lang: Language): string {
  return REPORT_CATALOGUES[lang].tables[table.id].title;
}

/** A detail's label. @internal */
export function detailLabel(key: string, lang: Language): string {
  return REPORT_CATALOGUES[lang].details[key] ?? REPORT_CATALOGUES[lang].detailExtra[key] ?? key;
}

/** A detail's value, with status / kind codes translated and the employer's texts in the language. @internal */
export function detailValue(key: string, given: EmployerText, lang: Language): string {
  const value = employerText(given, lang);
  if (key === 'status') return label(REPORT_CATALOGUES[lang].status, value);
  if (key === 'kind' || key === 'documentKind') return REPORT_CATALOGUES[lang].detailExtra[value] ?? value;
  const cat = REPORT_CATALOGUES[lang];
  if (key === 'groundsWithoutFinding')
    return value
      .split(', ')
      .map((g) => label(cat.grounds, g))
      .join(', ');
  if (key === 'areasWithoutFinding')
    return value
      .split(', ')
      .map((a) => label(cat.areas, a))
      .join(', ');
  return value;
}

/** The lines of a part-2 item after its heading: grounds, areas, details, representatives. @internal */
export function itemFacts(item: Part2Item, lang: Language): { label: string; value: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  const facts: { label: string; value: string }[] = [];
  if (item.date !== null) facts.push({ label: cat.date, value: item.date });
  if (item.grounds.length > 0) facts.push({ label: cat.groundsLabel, value: item.grounds.map((g) => label(cat.grounds, g)).join(', ') });
  if (item.areas.length > 0)
    facts.push({ label: cat.areasLabel, value: item.areas.map((a) => (typeof a === 'string' ? label(cat.areas, a) : employerText(a, lang))).join(', ') });
  for (const d of item.details) facts.push({ label: detailLabel(d.label, lang), value: detailValue(d.label, d.value, lang) });
  if (item.representatives.length > 0) facts.push({ label: cat.representatives, value: item.representatives.map((r) => employerText(r, lang)).join(', ') });
  return facts;
}

/** Heading of a part-2 item: type, id, title. @internal */
export function itemHeading(item: Part2Item, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  const type = label(cat.itemTypes, item.type);
  const ref = item.ref !== null ? ` ${item.ref}` : '';
  return item.title !== null ? `${type}${ref}: ${employerText(item.title, lang)}` : `${type}${ref}`;
}

/** Step label (`a) undersøke og kartlegge`). @internal */
export function stepLabel(step: string | null, lang: Language): string {
  return step === null ? '' : label(REPORT_CATALOGUES[lang].steps, step);
}

/** Header line facts: org number, sector, year, reference date. @internal */
export function headerFacts(report: Report, lang: Language): { label: string; value: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  const facts = [
    { label: cat.orgNumber, value: report.employer.organisationNumber },
    { label: cat.year, value: String(report.year) },
  ];
  if (report.referenceDate !== null && report.kind === 'statement') facts.push({ label: cat.referenceDate, value: report.referenceDate });
  return facts;
}

const DUTY_KEYS = {
  fourStepMethod: 'four-step-method',
  biennialMapping: 'biennial-mapping',
  statement: 'statement',
  documentationDuty: 'documentation-duty',
} as const;

/**
 * A text with its rule IDs left out (`… (ACT-3).` → `….`; `(LDL § 26; COV-1)` → `(LDL § 26)`): a
 * public statement shows no rule IDs, the auditor's appendix does (`showRules`). @internal
 */
export function withoutRuleIds(text: string): string {
  const id = String.raw`[A-Z]{2,5}-[A-Z0-9]+(?:\/[A-Z0-9]+)?`;
  return text.replace(new RegExp(String.raw`\s*\((?:${id}(?:,\s*)?)+\)`, 'g'), '').replace(new RegExp(String.raw`[;,]\s*(?:${id}(?:,\s*)?)+(?=\))`, 'g'), '');
}

/** The duty lines: name, yes/no, and the legal basis with the reason (from the duty assessment); the rule ID only with `showRules`. @internal */
export function dutyLines(report: Report, lang: Language, showRules = false): { label: string; applies: string; basis: string; rule: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  return (Object.keys(DUTY_KEYS) as (keyof typeof DUTY_KEYS)[]).map((k) => {
    const b = report.duties.basis.find((x) => x.duty === DUTY_KEYS[k]);
    const reason = b === undefined ? '' : localized(b.reason, lang);
    return {
      label: cat.duties[k],
      applies: report.duties[k] ? cat.yes : cat.no,
      basis: b === undefined ? '' : showRules ? `${b.paragraph}, ${b.rule}: ${reason}` : `${b.paragraph}: ${withoutRuleIds(reason)}`,
      rule: b === undefined ? '' : `${b.paragraph}, ${b.rule}`,
    };
  });
}

/** The employer's name in the language. @internal */
export function employerName(report: Report, lang: Language): string {
  return employerText(report.employer.name, lang);
}

/** The employer's own assessment in the language: its paragraphs, or the language's list (nynorsk falls back to bokmål). @internal */
export function assessmentParagraphs(report: Report, lang: Language): string[] {
  const a = report.part1?.assessment ?? [];
  if (Array.isArray(a)) return a.map((p) => employerText(p, lang));
  const order = lang === 'nb' ? (['nb', 'nn', 'en'] as const) : lang === 'nn' ? (['nn', 'nb', 'en'] as const) : (['en', 'nb', 'nn'] as const);
  for (const l of order) {
    const list = a[l];
    if (list !== undefined) return [...list];
  }
  return [];
}

/** A part-2 element's paragraphs in the language. @internal */
export function paragraphs(texts: readonly EmployerText[], lang: Language): string[] {
  return texts.map((t) => employerText(t, lang));
}

/** The auditor's appendix (`showRules`): the rules behind each table, each note, each duty and the statement. @internal */
export function appendixOf(
  report: Report,
  lang: Language,
): { tables: { title: string; rules: string }[]; notes: { id: number; rules: string }[]; duties: { label: string; rule: string }[]; statement: string } {
  const cat = REPORT_CATALOGUES[lang];
  const tableDefs: Readonly<Record<string, string>> = {
    'sex-balance': 'DEF-POP, DEF-REF, DEF-SEX',
    temporary: 'DEF-TMP, DEF-SHARE',
    'part-time': 'DEF-PT, DEF-SHARE',
    'parental-leave': 'DEF-PL',
    pay: 'DEF-PAY, DEF-AVG, DEF-ROUND, DEF-GRP',
    'sex-distribution': 'DEF-SEX, DEF-GRP',
    'involuntary-part-time': 'DEF-INV, DEF-PT',
  };
  return {
    tables: (report.part1?.tables ?? []).map((t) => ({
      title: tableTitle(t, lang),
      rules: [t.rules.join(', '), tableDefs[t.id] ?? '', t.reused ? `STM-6 (${t.mappedYear})` : ''].filter((x) => x !== '').join('; '),
    })),
    notes: (report.part1?.footnotes ?? []).map((f) => ({
      id: f.id,
      rules: [
        (f.rules ?? []).join(', '),
        label(cat.appendix.suppression, f.rule),
        f.threshold !== null && f.threshold !== undefined ? cat.appendix.threshold(f.threshold) : '',
      ]
        .filter((x) => x !== '')
        .join('; '),
    })),
    duties: dutyLines(report, lang, true).map((d) => ({ label: d.label, rule: d.rule })),
    statement: cat.appendix.statementRules,
  };
}
