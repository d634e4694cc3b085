/**
 * The statement's part-1 tables as an Excel workbook ({@link renderWorkbook}): a cover sheet, one
 * sheet per table with numbers and number formats, hidden values with their footnote. Written
 * with exceljs, kept out of the root export so that the core stays light.
 *
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { renderWorkbook } from 'likestilling/xlsx';
 *
 * const lastYear = JSON.parse(await readFile('examples/data/statement-2024.json', 'utf8')); // a statement as buildStatement returns it
 * await writeFile(join(tmpdir(), 'statement-2024.xlsx'), await renderWorkbook(lastYear, { lang: 'en' }));
 * ```
 * @packageDocumentation
 * @module likestilling/xlsx
 */
export { renderWorkbook, type WorkbookOptions } from './renderWorkbook.js';
export { renderPayTransparencyWorkbook } from './transparencySheets.js';
