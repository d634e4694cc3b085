/**
 * `likestilling/node`: the Node.js edge — an employee CSV file to its part-1 figures, read on two
 * threads when the file is big ({@link mapEmployeesCsvFile}); mappings of records in memory on two
 * threads ({@link startMappingWorker}). Uses `node:fs` and `node:worker_threads`; the root export
 * and `likestilling/csv` stay free of them.
 * @packageDocumentation
 */
export * from './mapEmployeesCsvFile.js';
export * from './startMappingWorker.js';
