/**
 * What the rest of the package may use of the readers' private parts (`io/_lib/`, `io/csv/_lib/`):
 * the CSV import session that `likestilling/node` splits across threads, and the plain-data checks
 * the CLI runs on JSON it reads. Not exported to users: the public APIs are the subpaths
 * `likestilling/csv`, `likestilling/a-melding` and `likestilling/xlsx`. Another module imports these
 * from here, never from a `_lib/` folder under `io/` (the lint rule `likestilling/module-boundaries`,
 * see CONTRIBUTING.md).
 * @internal
 * @module
 */
export { jsonErrorOffset, plainDataIssues } from './_lib/plainData.js';
export { ByteDecoder } from './csv/_lib/decoder.js';
export { encodingDiagnostics, readOptions } from './csv/_lib/profile.js';
export { ImportSession } from './csv/_lib/session.js';
export { converterFacts, idsOverlap, joinDiagnostics, shiftDiagnostics, splitConflict, type ConverterFacts } from './csv/_lib/split.js';
