/**
 * What the rest of the package may use of the models' private parts (`models/_lib/`): the checks
 * of an employee record's fields that the entry points of `statistics/` and `rules/` run on the
 * records a caller hands them. Not exported to users: the public API is `models/index.ts`. Another
 * module imports these from here, never from `models/_lib/` (the lint rule
 * `likestilling/module-boundaries`, see CONTRIBUTING.md).
 * @internal
 * @module
 */
export { recordIssues, requireRecord } from './_lib/recordChecks.js';
