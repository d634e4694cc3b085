/**
 * What the rest of the package may use of the analysis's private parts (`analysis/_lib/`): how a
 * breakdown (`level×group`) is read, for the statement's explanation. Not exported to users: the
 * public API is `analysis/index.ts` (the lint rule `likestilling/module-boundaries`).
 * @internal
 * @module
 */
export { parseBreakdown, type Dimension } from './_lib/cells.js';
