/**
 * `likestilling/csv`: employee records from CSV — the canonical interchange format (issue 3) and
 * Norwegian HR/spreadsheet exports (issue 5: `;` or `,`, decimal comma, `1 234,50`, BOM,
 * Windows-1252, `31.12.2025`, `K/M`, `fast/midlertidig`), whole files or streamed.
 * @packageDocumentation
 */
export * from './columnMapping.js';
export * from './payCodeTable.js';
export * from './csvImportOptions.js';
export * from './parseEmployeesCsv.js';
export * from './readEmployeesCsv.js';
export * from './parseCsvTable.js';
/** What every importer returns: records, diagnostics and counts. */
export type { ImportResult } from '../_lib/types.js';
/** The limits every reader puts on hostile input, and how a diagnostic describes what it found. */
export { INPUT_LIMITS, type FoundShape } from '../../_lib/diagnostics.js';
