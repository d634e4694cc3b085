import ExcelJS from 'exceljs';
import { transparencySection } from '../../report/internal.js';
import { addTransparencySheets } from './transparencySheets.js';
import type { ReportLanguage as Language } from '../../report/types.js';
import {
  REPORT_CATALOGUES,
  employerText,
  fill,
  localized,
  assessmentParagraphs,
  dutyLines,
  employerName,
  itemFacts,
  itemHeading,
  paragraphs,
  partHeader,
  partsOf,
  rowLabel,
  stepLabel,
  tableTitle,
  titleOf,
  type Part,
  renderArgs,
} from '../../report/internal.js';
import { CATALOGUES } from '../../locales/index.js';
import { addExplanationSheet } from './explanationSheet.js';
import type { RenderOptions, Report, ReportCell, ReportInput, ReportTable, ValueKind } from '../../report/types.js';
import { stampZip } from '../_lib/stampZip.js';

/** Options of {@link renderWorkbook}: `lang`, the language of the sheets, headers and notes, `nb` (default), `nn` or `en`; `showRules`, the rule IDs in the table titles and on the overview. */
export type WorkbookOptions = RenderOptions;

const NUM_FORMAT: Readonly<Record<ValueKind, string>> = {
  count: '#,##0',
  percent: '0.0',
  nok: '#,##0.00',
  weeks: '0.0',
};

/** Changes carry their sign: +1.2 / −0.4 / 0.0 (percentages in percentage points). */
const CHANGE_FORMAT: Readonly<Record<ValueKind, string>> = {
  count: '+#,##0;-#,##0;0',
  percent: '+0.0;-0.0;0.0',
  nok: '+#,##0.00;-#,##0.00;0.00',
  weeks: '+0.0;-0.0;0.0',
};

/** A hidden value's cell: empty, shaded, its reason in the cell's comment. */
const HIDDEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

function valueOf(cell: ReportCell | undefined, part: Part): string | null {
  if (cell === undefined) return null;
  if (part === 'value') return cell.value;
  if (part === 'previous') return cell.previous ?? null;
  return cell.change ?? null;
}

/** Excel shows numbers; the report's decimal strings carry at most two decimals, which a double holds for display. */
function excelNumber(text: string): number {
  return Number(text);
}

/** A sheet name Excel accepts: at most 31 characters, none of `: \ / ? * [ ]`, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addTableSheet(wb: ExcelJS.Workbook, report: Report, t: ReportTable, lang: Language, showRules: boolean, taken: Set<string>): void {
  const cat = REPORT_CATALOGUES[lang];
  const ws = wb.addWorksheet(sheetName(cat.workbook.sheets[t.id], taken));
  const parts = partsOf(report);
  const notes = new Map((report.part1?.footnotes ?? []).map((f) => [f.id, localized(f.text, lang)]));
  ws.getCell(1, 1).value = showRules ? `${tableTitle(t, lang)} (${t.rules.join(', ')})` : tableTitle(t, lang);
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  let row = 2;
  if (t.reused) {
    ws.getCell(row, 1).value = fill(cat.reusedNote, { mappedYear: t.mappedYear });
    row += 1;
  }
  // Header: metric names (merged over their sub-columns), then year / last year / change.
  const head = row;
  ws.getCell(head, 1).value = t.rows.some((r) => r.kind === 'level') ? cat.breakdownHeading[report.options.breakdown] : '';
  t.columns.forEach((c, i) => {
    const col = 2 + i * parts.length;
    ws.getCell(head, col).value = cat.columns[c];
    if (parts.length > 1) {
      ws.mergeCells(head, col, head, col + parts.length - 1);
      parts.forEach((p, j) => {
        ws.getCell(head + 1, col + j).value = partHeader(report, t, p, lang);
      });
    }
  });
  const headerRows = parts.length > 1 ? 2 : 1;
  for (let r = head; r < head + headerRows; r++) ws.getRow(r).font = { bold: true };
  row = head + headerRows;
  for (const r of t.rows) {
    ws.getCell(row, 1).value = rowLabel(r, lang);
    if (r.kind === 'total') ws.getRow(row).font = { bold: true };
    t.columns.forEach((c, i) => {
      const cell = r.cells.find((x) => x.column === c);
      parts.forEach((p, j) => {
        const target = ws.getCell(row, 2 + i * parts.length + j);
        const v = valueOf(cell, p);
        if (cell === undefined) return;
        if (v === null) {
          // hidden (with its reason) or not there: the cell stays empty, never a text in a number column
          if (p === 'value' && cell.status === 'hidden') {
            target.fill = HIDDEN_FILL;
            target.note = cell.footnotes.map((n) => `${n}. ${notes.get(n) ?? ''}`).join('\n');
          }
          return;
        }
        target.value = excelNumber(v);
        target.numFmt = p === 'change' ? CHANGE_FORMAT[cell.kind] : NUM_FORMAT[cell.kind];
      });
    });
    row += 1;
  }
  for (const n of t.notes ?? []) {
    row += 1;
    ws.getCell(row, 1).value = localized(n.text, lang);
  }
  ws.getColumn(1).width = 28;
  for (let i = 2; i <= 1 + t.columns.length * parts.length; i++) ws.getColumn(i).width = 14;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: head + headerRows - 1 }];
}

/** The overview: the statement's facts, its check, the duties, the notes of hidden values and part 2. */
function addOverview(wb: ExcelJS.Workbook, report: Report, lang: Language, showRules: boolean, taken: Set<string>): void {
  const cat = REPORT_CATALOGUES[lang];
  const ws = wb.addWorksheet(sheetName(cat.workbook.overview, taken));
  let r = 1;
  const put = (a: string | number, b?: string | number, bold = false): void => {
    ws.getCell(r, 1).value = a;
    if (b !== undefined) ws.getCell(r, 2).value = b;
    if (bold) ws.getCell(r, 1).font = { bold: true, ...(r === 1 ? { size: 14 } : {}) };
    r += 1;
  };
  const heading = (text: string): void => {
    r += 1;
    put(text, undefined, true);
  };
  put(titleOf(report, lang), undefined, true);
  put(employerName(report, lang));
  put(cat.orgNumber, report.employer.organisationNumber);
  put(cat.year, report.year);
  if (report.referenceDate !== null) put(cat.referenceDate, report.referenceDate);

  heading(report.kind === 'statement' ? cat.completeness : cat.completenessDoc);
  if (report.completeness.issues.length === 0) put(report.kind === 'statement' ? cat.complete : cat.completeDoc);
  for (const issue of report.completeness.issues) put(localized(issue.text, lang));

  heading(cat.dutiesTitle);
  for (const d of dutyLines(report, lang, showRules)) put(`${d.label}: ${d.applies}`, d.basis);

  const p1 = report.part1;
  if (p1 !== null) {
    if (p1.commentary.length > 0) {
      heading(cat.commentary);
      for (const c of p1.commentary) put(localized(c.text, lang));
    }
    const assessment = assessmentParagraphs(report, lang);
    if (assessment.length > 0) {
      heading(cat.assessment);
      for (const a of assessment) put(a);
    }
    if (p1.footnotes.length > 0) {
      heading(cat.footnotes);
      for (const f of p1.footnotes) put(f.id, localized(f.text, lang));
    }
  }
  if (report.part2 !== null) {
    heading(cat.part2);
    for (const el of report.part2) {
      const text = cat.elements[el.id];
      put(text.title, undefined, true);
      for (const p of paragraphs(el.paragraphs, lang)) put(p);
      for (const item of el.items) {
        const facts = itemFacts(item, lang)
          .map((f) => `${f.label}: ${f.value}`)
          .join('; ');
        const step = item.step === null ? '' : `${cat.step} ${stepLabel(item.step, lang)} – `;
        put(`${step}${itemHeading(item, lang)}`, [item.text === null ? '' : employerText(item.text, lang), facts].filter((x) => x !== '').join(' — '));
      }
      if (el.paragraphs.length === 0 && el.items.length === 0) put(text.hint);
    }
  }
  for (const d of report.documentation ?? []) put(`${d.date ?? ''} ${stepLabel(d.step, lang)}`, employerText(d.what, lang));
  ws.getColumn(1).width = 60;
  ws.getColumn(2).width = 100;
}

/**
 * Renders a statement as an Excel workbook (`.xlsx`) in the statement's language: an overview
 * sheet (`Oversikt`: the facts, the check against the year's duties, the duties, the commentary,
 * the notes of hidden values and part 2), one sheet per part-1 table named in the language (this
 * year, last year and the change as numbers; changes with their sign), and a sheet of the notes. A
 * hidden value's cell is empty and shaded, with its reason in the cell's comment — never a text in
 * a number column. Written with exceljs; lives in the `likestilling/xlsx` subpath so the core stays
 * light.
 *
 * @param report - a report from `buildStatement` (or read back from its JSON)
 * @param options - `lang`: `nb` (default), `nn` or `en`; `showRules`: the rule IDs in the titles
 * @returns the `.xlsx` file's bytes (a promise: the zip writer is asynchronous)
 * @throws {@link likestilling!LikestillingInputError} (as a rejection) when `report` is not a report (every bad
 *   path named) or `options.lang` is not a report language
 * @example
 * ```ts
 * import { renderWorkbook } from 'likestilling/xlsx';
 * await writeFile('statement.xlsx', await renderWorkbook(report, { lang: 'nb' }));
 * ```
 */
export async function renderWorkbook(report: ReportInput, options?: WorkbookOptions): Promise<Uint8Array> {
  const args = renderArgs('renderWorkbook', report, options);
  return workbook(args.report, args.lang, args.showRules);
}

async function workbook(report: Report, lang: Language, showRules: boolean): Promise<Uint8Array> {
  const cat = REPORT_CATALOGUES[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'likestilling';
  // Fixed dates: the output depends on the report only (no clock).
  const fixed = new Date(Date.UTC(report.year, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;
  const taken = new Set<string>();

  addOverview(wb, report, lang, showRules, taken);
  for (const t of report.part1?.tables ?? []) addTableSheet(wb, report, t, lang, showRules, taken);
  const explanation = report.part1?.explanation;
  if (explanation !== undefined) addExplanationSheet(wb.addWorksheet(sheetName(CATALOGUES[lang].analysis.statement.sheet, taken)), explanation, lang);
  if (report.transparency !== undefined) addTransparencySheets(wb, transparencySection(report.transparency, lang, 'public'), lang, taken);

  const footnotes = report.part1?.footnotes ?? [];
  if (footnotes.length > 0) {
    const ws = wb.addWorksheet(sheetName(cat.workbook.notesSheet, taken));
    footnotes.forEach((f, i) => {
      ws.getCell(i + 1, 1).value = f.id;
      ws.getCell(i + 1, 2).value = localized(f.text, lang);
    });
    ws.getColumn(2).width = 100;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buffer), fixed);
}
