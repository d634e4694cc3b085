/**
 * The workbook's sheet of the explanation of the pay gap (`part1.explanation`, EXP-1…EXP-3): the
 * intro, each decomposition's sentence and parts (numbers; a hidden part an empty shaded cell
 * marked hidden), the adjusted gap in words, the adjusted gap per job group, and the closing
 * paragraphs — the view the Markdown and HTML statements show. @internal
 */
import type ExcelJS from 'exceljs';
import type { GapExplanation } from '../../report/explanation.js';
import { explanationView, type ViewTable } from '../../report/internal.js';
import type { ReportLanguage as Language } from '../../report/types.js';

const HIDDEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

/** Writes the explanation into a sheet. @internal */
export function addExplanationSheet(ws: ExcelJS.Worksheet, x: GapExplanation, lang: Language): void {
  const v = explanationView(x, lang);
  let r = 1;
  const put = (text: string, bold = false, size?: number): void => {
    const cell = ws.getCell(r, 1);
    cell.value = text;
    if (bold) cell.font = { bold: true, ...(size === undefined ? {} : { size }) };
    r += 1;
  };
  const table = (t: ViewTable, percent: boolean): void => {
    t.headers.forEach((h, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = h;
      cell.font = { bold: true };
    });
    r += 1;
    for (const row of t.rows) {
      ws.getCell(r, 1).value = row.label;
      if (row.total) ws.getCell(r, 1).font = { bold: true };
      row.cells.forEach((c, i) => {
        const cell = ws.getCell(r, i + 2);
        if (c.hidden) {
          cell.value = null;
          cell.fill = HIDDEN_FILL;
          cell.note = c.text;
        } else if (c.value !== null) {
          cell.value = c.value;
          cell.numFmt = percent || i === 0 ? '0.0' : '#,##0.00';
        } else cell.value = c.text;
      });
      r += 1;
    }
  };
  put(v.title, true, 14);
  put(v.intro);
  for (const d of v.decompositions) {
    r += 1;
    put(d.heading, true);
    put(d.sentence);
    table(d.table, false);
  }
  if (v.adjusted.length > 0) {
    r += 1;
    for (const p of v.adjusted) put(p);
  }
  if (v.groups !== null) {
    r += 1;
    put(v.groupsHeading, true);
    table(v.groups, true);
  }
  for (const p of v.groupSentences) put(p);
  r += 1;
  for (const p of v.closing) put(p);
  ws.getColumn(1).width = 60;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 18;
}
