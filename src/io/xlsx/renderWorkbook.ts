import ExcelJS from 'exceljs';
import type { ReportLanguage as Language } from '../../report/types.js';
import { REPORT_CATALOGUES, fill, localized } from '../../report/_lib/catalogue.js';
import { partHeader, partsOf, rowLabel, tableTitle, titleOf, type Part } from '../../report/_lib/view.js';
import { renderArgs } from '../../report/_lib/renderArgs.js';
import type { RenderOptions, Report, ReportCell, ReportInput, ReportTable, ValueKind } from '../../report/types.js';

/** Options of {@link renderWorkbook}: `lang`, the language of headers and notes, `nb` (default), `nn` or `en`. */
export type WorkbookOptions = RenderOptions;

const NUM_FORMAT: Readonly<Record<ValueKind, string>> = {
  count: '#,##0',
  percent: '0.0',
  nok: '#,##0.00',
  weeks: '0.0',
};

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

function sheetName(t: ReportTable): string {
  return `${t.rules.join('+')} ${t.id}`.slice(0, 31);
}

function addTableSheet(wb: ExcelJS.Workbook, report: Report, t: ReportTable, lang: Language): void {
  const cat = REPORT_CATALOGUES[lang];
  const ws = wb.addWorksheet(sheetName(t));
  const parts = partsOf(report);
  const notes = new Map((report.part1?.footnotes ?? []).map((f) => [f.id, localized(f.text, lang)]));
  ws.getCell(1, 1).value = `${tableTitle(t, lang)} (${t.rules.join(', ')})`;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  let row = 2;
  if (t.reused) {
    ws.getCell(row, 1).value = fill(cat.reusedNote, { mappedYear: t.mappedYear });
    row += 1;
  }
  // Header: metric names (merged over their sub-columns), then year / last year / change.
  const head = row;
  ws.getCell(head, 1).value = '';
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
          target.value = '–';
          target.alignment = { horizontal: 'right' };
          if (p === 'value' && cell.footnotes.length > 0) target.note = cell.footnotes.map((n) => `${n}. ${notes.get(n) ?? ''}`).join('\n');
        } else {
          target.value = excelNumber(v);
          target.numFmt = p === 'change' && cell.kind === 'count' ? '+#,##0;-#,##0;0' : NUM_FORMAT[cell.kind];
        }
      });
    });
    row += 1;
  }
  ws.getColumn(1).width = 28;
  for (let i = 2; i <= 1 + t.columns.length * parts.length; i++) ws.getColumn(i).width = 14;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: head + headerRows - 1 }];
}

/**
 * Renders the part-1 tables of a statement as an Excel workbook (`.xlsx`): a cover sheet, one
 * sheet per table (this year, last year and the change as numbers with number formats; hidden
 * values as `–` with the footnote as a cell note), and a sheet of notes. Written with exceljs;
 * lives in the `likestilling/xlsx` subpath so the core stays light.
 *
 * @param report - a report from `buildStatement` (or read back from its JSON)
 * @param options - `lang`: `nb` (default), `nn` or `en`
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
  return workbook(args.report, args.lang);
}

async function workbook(report: Report, lang: Language): Promise<Uint8Array> {
  const cat = REPORT_CATALOGUES[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'likestilling';
  // Fixed dates: the output depends on the report only (no clock).
  const fixed = new Date(Date.UTC(report.year, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;

  const cover = wb.addWorksheet(lang === 'en' ? 'Overview' : 'Oversikt');
  cover.getCell(1, 1).value = titleOf(report, lang);
  cover.getCell(1, 1).font = { bold: true, size: 14 };
  cover.getCell(2, 1).value = report.employer.name;
  cover.getCell(3, 1).value = cat.orgNumber;
  cover.getCell(3, 2).value = report.employer.organisationNumber;
  cover.getCell(4, 1).value = cat.year;
  cover.getCell(4, 2).value = report.year;
  cover.getCell(5, 1).value = cat.referenceDate;
  cover.getCell(5, 2).value = report.referenceDate ?? '';
  let r = 7;
  cover.getCell(r, 1).value = cat.completeness;
  cover.getCell(r, 1).font = { bold: true };
  r += 1;
  if (report.completeness.issues.length === 0) cover.getCell(r++, 1).value = cat.complete;
  for (const issue of report.completeness.issues) cover.getCell(r++, 1).value = localized(issue.text, lang);
  cover.getColumn(1).width = 40;
  cover.getColumn(2).width = 20;

  for (const t of report.part1?.tables ?? []) addTableSheet(wb, report, t, lang);

  const footnotes = report.part1?.footnotes ?? [];
  if (footnotes.length > 0) {
    const ws = wb.addWorksheet(cat.footnotes);
    footnotes.forEach((f, i) => {
      ws.getCell(i + 1, 1).value = f.id;
      ws.getCell(i + 1, 2).value = localized(f.text, lang);
    });
    ws.getColumn(2).width = 100;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
