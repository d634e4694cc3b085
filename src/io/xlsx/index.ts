/**
 * `likestilling/xlsx`: the statement's part-1 tables as an Excel workbook (exceljs), kept out of
 * the core so that the root export stays light.
 * @packageDocumentation
 */
export { renderWorkbook, type WorkbookOptions } from './renderWorkbook.js';
