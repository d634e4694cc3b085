/**
 * Employee records from CSV: the canonical interchange format (the README's table) and
 * Norwegian HR and spreadsheet exports (`;` or `,`, decimal comma, `1 234,50`, BOM, Windows-1252,
 * `31.12.2025`, `K/M`, `fast/midlertidig`, a column mapping for other headers, a pay-code table),
 * a whole file in memory ({@link parseEmployeesCsv}) or a stream batch by batch
 * ({@link readEmployeesCsv}). Every problem in the data is a diagnostic (file, row, field,
 * expected; never a national id, a name or an amount), and a row with an error is left out and
 * counted: the records are ready for `computeMapping`.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { computeMapping, formatDiagnostic } from 'likestilling';
 * import { parseEmployeesCsv } from 'likestilling/csv';
 *
 * const { records, diagnostics, read, rejected } = parseEmployeesCsv(await readFile('examples/data/employees-2025.csv'), { file: 'employees-2025.csv' });
 * for (const d of diagnostics) console.error(formatDiagnostic(d)); // 'employees-2025.csv, record 12, field startDate: …'
 * const mapping = computeMapping(records, { year: 2025 });
 * console.log(`${read} rows, ${rejected} left out; women's share of men's pay: ${mapping.pay.total.womenShareOfMen.mean} %`);
 * ```
 * @packageDocumentation
 * @module likestilling/csv
 */
export * from './columnMapping.js';
export * from './knownColumns.js';
export * from './payCodeTable.js';
export * from './csvImportOptions.js';
export * from './parseEmployeesCsv.js';
export * from './readEmployeesCsv.js';
export * from './parseCsvTable.js';
/** What every importer returns: records, diagnostics and counts. */
export type { ImportResult } from '../_lib/types.js';
/** The limits every reader puts on hostile input, and how a diagnostic describes what it found. */
export { INPUT_LIMITS, type FoundShape } from '../../_lib/diagnostics.js';
