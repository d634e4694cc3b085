/**
 * What the Markdown and HTML renderers share: titles, labels, the columns of a table with the
 * comparison sub-columns, cell texts. Pure formatting of a report; no figure is computed here.
 * @internal
 */
import type { ReportLanguage as Language } from '../types.js';
import type { Part2Item, Report, ReportCell, ReportRow, ReportTable } from '../types.js';
import { REPORT_CATALOGUES, fill, label, localized } from './catalogue.js';
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

const DETAIL_EXTRA: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  nb: {
    reference: 'Referanse',
    unit: 'Enhet',
    kind: 'Type',
    documentKind: 'Type dokument',
    method: 'Metode',
    nextSteps: 'Videre',
    risk: 'risiko',
    obstacle: 'hinder',
    groundsWithoutFinding: 'Grunnlag uten funn',
    areasWithoutFinding: 'Områder uten funn',
    policy: 'politikk',
    strategy: 'strategi',
    guideline: 'retningslinje',
    plan: 'plan',
  },
  nn: {
    reference: 'Referanse',
    unit: 'Eining',
    kind: 'Type',
    documentKind: 'Type dokument',
    method: 'Metode',
    nextSteps: 'Vidare',
    risk: 'risiko',
    obstacle: 'hinder',
    groundsWithoutFinding: 'Grunnlag utan funn',
    areasWithoutFinding: 'Område utan funn',
    policy: 'politikk',
    strategy: 'strategi',
    guideline: 'retningsline',
    plan: 'plan',
  },
  en: {
    reference: 'Reference',
    unit: 'Unit',
    kind: 'Kind',
    documentKind: 'Kind of document',
    method: 'Method',
    nextSteps: 'Next steps',
    risk: 'risk',
    obstacle: 'obstacle',
    groundsWithoutFinding: 'Grounds without a finding',
    areasWithoutFinding: 'Areas without a finding',
    policy: 'policy',
    strategy: 'strategy',
    guideline: 'guideline',
    plan: 'plan',
  },
};

/** A detail's label. @internal */
export function detailLabel(key: string, lang: Language): string {
  return REPORT_CATALOGUES[lang].details[key] ?? DETAIL_EXTRA[lang][key] ?? key;
}

/** A detail's value, with status / kind codes translated. @internal */
export function detailValue(key: string, value: string, lang: Language): string {
  if (key === 'status') return label(REPORT_CATALOGUES[lang].status, value);
  if (key === 'kind' || key === 'documentKind') return DETAIL_EXTRA[lang][value] ?? value;
  const cat = REPORT_CATALOGUES[lang];
  if (key === 'groundsWithoutFinding') return value.split(', ').map((g) => label(cat.grounds, g)).join(', ');
  if (key === 'areasWithoutFinding') return value.split(', ').map((a) => label(cat.areas, a)).join(', ');
  return value;
}

/** The lines of a part-2 item after its heading: grounds, areas, details, representatives. @internal */
export function itemFacts(item: Part2Item, lang: Language): { label: string; value: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  const facts: { label: string; value: string }[] = [];
  if (item.date !== null) facts.push({ label: cat.date, value: item.date });
  if (item.grounds.length > 0) facts.push({ label: cat.groundsLabel, value: item.grounds.map((g) => label(cat.grounds, g)).join(', ') });
  if (item.areas.length > 0) facts.push({ label: cat.areasLabel, value: item.areas.map((a) => label(cat.areas, a)).join(', ') });
  for (const d of item.details) facts.push({ label: detailLabel(d.label, lang), value: detailValue(d.label, d.value, lang) });
  if (item.representatives.length > 0) facts.push({ label: cat.representatives, value: item.representatives.join(', ') });
  return facts;
}

/** Heading of a part-2 item: type, id, title. @internal */
export function itemHeading(item: Part2Item, lang: Language): string {
  const cat = REPORT_CATALOGUES[lang];
  const type = label(cat.itemTypes, item.type);
  const ref = item.ref !== null ? ` ${item.ref}` : '';
  return item.title !== null ? `${type}${ref}: ${item.title}` : `${type}${ref}`;
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

/** The duty lines: name, yes/no, and the legal basis with the reason (from the duty assessment). @internal */
export function dutyLines(report: Report, lang: Language): { label: string; applies: string; basis: string }[] {
  const cat = REPORT_CATALOGUES[lang];
  return (Object.keys(DUTY_KEYS) as (keyof typeof DUTY_KEYS)[]).map((k) => {
    const b = report.duties.basis.find((x) => x.duty === DUTY_KEYS[k]);
    return {
      label: cat.duties[k],
      applies: report.duties[k] ? cat.yes : cat.no,
      basis: b === undefined ? '' : `${b.paragraph}, ${b.rule}: ${localized(b.reason, lang)}`,
    };
  });
}
