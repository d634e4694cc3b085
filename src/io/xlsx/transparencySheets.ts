import ExcelJS from 'exceljs';
import type { Language } from '../../locales/index.js';
import { catalogue } from '../../locales/index.js';
import { stampZip } from '../_lib/stampZip.js';
import type { TransparencySection } from '../../report/internal.js';
import { sectionOf } from '../../transparency/internal.js';
import type { PublishedPayTransparency } from '../../transparency/publishedSchema.js';
import type { PayTransparencyRenderOptions } from '../../transparency/renderPayTransparency.js';
import type { PayTransparency } from '../../transparency/types.js';

const HIDDEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

/** A sheet name Excel accepts (31 characters, none of `: \ / ? * [ ]`), unique in `taken`. */
function freeName(wanted: string, taken: Set<string>): string {
  const base = wanted
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Adds the pay-transparency sheets to a workbook: the indicators (a)–(e), the quartile bands (f),
 * with the authority's audience the categories (g), and the hidden values' reasons. Numbers are
 * cells with number formats; a hidden value is an empty shaded cell with its reason as a comment.
 * @internal
 */
export function addTransparencySheets(wb: ExcelJS.Workbook, section: TransparencySection, lang: Language, taken: Set<string>): void {
  const t = catalogue(lang).transparency;
  const sheetOf: Record<string, string> = {
    pay: t.sheets.indicators,
    recipients: t.sheets.indicators,
    quartiles: t.sheets.quartiles,
    categories: t.sheets.categories,
  };
  const sheets = new Map<string, { ws: ExcelJS.Worksheet; row: number }>();
  for (const table of section.tables) {
    const name = sheetOf[table.id] as string;
    let at = sheets.get(name);
    if (at === undefined) {
      const ws = wb.addWorksheet(freeName(name, taken));
      ws.getColumn(1).width = 60;
      at = { ws, row: 1 };
      if (table.id === 'pay') {
        ws.getCell(1, 1).value = section.intro;
        at.row = section.warning === null ? 3 : 4;
        if (section.warning !== null) ws.getCell(2, 1).value = section.warning;
      }
      sheets.set(name, at);
    }
    const { ws } = at;
    ws.getCell(at.row, 1).value = table.title;
    ws.getCell(at.row, 1).font = { bold: true, size: 12 };
    at.row += 1;
    if (table.note !== null) ws.getCell(at.row++, 1).value = table.note;
    table.head.forEach((h, c) => {
      ws.getCell(at.row, c + 1).value = h;
      ws.getCell(at.row, c + 1).font = { bold: true };
    });
    at.row += 1;
    for (const row of table.rows) {
      row.forEach((c, i) => {
        const cell = ws.getCell(at.row, i + 1);
        if (c.note !== null) {
          cell.fill = HIDDEN_FILL;
          cell.note = section.notes[c.note - 1] ?? '';
        } else if (i > 0 && c.value !== null) {
          cell.value = Number(c.value);
          cell.numFmt = /\.\d\d$/.test(c.value) ? '#,##0.00' : /\./.test(c.value) ? '0.0' : '#,##0';
        } else cell.value = c.text;
      });
      at.row += 1;
    }
    if (table.id === 'categories' && section.joint !== null) ws.getCell(at.row++, 1).value = section.joint;
    at.row += 1;
  }
  if (section.notes.length > 0) {
    const ws = wb.addWorksheet(freeName(t.sheets.hidden, taken));
    section.notes.forEach((n, i) => {
      ws.getCell(i + 1, 1).value = i + 1;
      ws.getCell(i + 1, 2).value = n;
    });
    ws.getColumn(2).width = 100;
  }
}

/**
 * The pay-transparency indicators as an Excel workbook (TRN-3, TRN-7): a sheet of the indicators
 * (a)–(e), one of the quartile bands (f), with `audience: 'authority-and-representatives'` one of
 * the categories (g) and the joint pay assessment, and one of the hidden values' reasons; numbers
 * as numbers, a hidden value an empty shaded cell with its reason as a comment.
 *
 * @param input - a published result (`publishPayTransparency`), or a computed one (rendered whole, with a warning)
 * @param options - `lang` (`nb` default, `nn`, `en`) and `audience` (`public` default)
 * @returns the .xlsx file's bytes
 * @throws {LikestillingInputError} when the input or an option is invalid
 * @see ARP.md §8 TRN-3, TRN-7
 * @example
 * ```ts
 * import { renderPayTransparencyWorkbook } from 'likestilling/xlsx';
 * await writeFile('transparency.xlsx', await renderPayTransparencyWorkbook(published, { lang: 'en' }));
 * ```
 */
export async function renderPayTransparencyWorkbook(
  input: PayTransparency | PublishedPayTransparency,
  options?: PayTransparencyRenderOptions,
): Promise<Uint8Array> {
  const { section, lang } = sectionOf('renderPayTransparencyWorkbook', input, options);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'likestilling';
  const fixed = new Date(Date.UTC(input.year, 0, 1)); // (validated by sectionOf) no clock: the output depends on the input only
  wb.created = fixed;
  wb.modified = fixed;
  addTransparencySheets(wb, section, lang, new Set());
  return stampZip(new Uint8Array(await wb.xlsx.writeBuffer()), fixed);
}
