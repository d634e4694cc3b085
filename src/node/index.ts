/**
 * The Node.js edge: an employee CSV file to its part-1 figures, read on two threads when the file
 * is big ({@link mapEmployeesCsvFile}), and mappings and pay-transparency indicators of records in
 * memory on two threads ({@link startMappingWorker}, {@link startPayTransparencyWorker}); the figures
 * are exactly those of `readEmployeesCsv`, `computeMapping` and `computePayTransparency`. Uses `node:fs` and `node:worker_threads`; the root export and
 * `likestilling/csv` stay free of them.
 *
 * @example
 * ```ts
 * import { formatDiagnostic } from 'likestilling';
 * import { mapEmployeesCsvFile } from 'likestilling/node';
 *
 * const { mapping, imported, parts, sequentialReason } = await mapEmployeesCsvFile('examples/data/employees-2025.csv', {
 *   statistics: { year: 2025 },
 *   csv: { file: 'employees-2025.csv' },
 * });
 * for (const d of imported.diagnostics) console.error(formatDiagnostic(d));
 * console.log(mapping?.pay.total.womenShareOfMen, parts, sequentialReason); // a small file: 1 part, 'small-file'
 * ```
 * @packageDocumentation
 * @module likestilling/node
 */
export * from './mapEmployeesCsvFile.js';
export * from './startMappingWorker.js';
export * from './startPayTransparencyWorker.js';
