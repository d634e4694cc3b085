/**
 * What the rest of the package may use of the statistics engine's private parts (`statistics/_lib/`
 * and the stages of `finalizeMapping.ts` / `accumulateMapping.ts` that the worker split of
 * `likestilling/node` runs on other threads). Not exported to users: the public API is
 * `statistics/index.ts`. Another module imports these from here, never from `statistics/_lib/`
 * (the lint rule `likestilling/module-boundaries`, see CONTRIBUTING.md).
 * @internal
 * @module
 */
// exact arithmetic and ordering (shared with transparency/, analysis/ and io/csv)
export { floatOrderIsExact, gcd, meanAndMedianBig, meanOfPercentSums, medianOfCodes, SAFE, selectFloat, type Rational } from './_lib/exact.js';
// the date shape check, for transparency/ (its home is src/_lib/dates.ts)
export { looksLikeIsoDate } from '../_lib/dates.js';
export { naturalCompare } from './_lib/naturalCompare.js';
export type { AmountColumn, CountColumn, IdColumn } from './_lib/personTable.js';
// the person key index and dictionaries (transparency/'s own record pass)
export { Dictionary } from './_lib/dictionary.js';
export { KeyIndex } from './_lib/keyIndex.js';
export { exclusionCounts } from './exclusions.js';
// the worker split of likestilling/node: partial mappings across threads, and the stages of a mapping
export { partialFromTransfer, partialToTransfer, type PartialMessage } from './_lib/transfer.js';
export { accumulate, requirePartial, requireRecords, resolve } from './accumulateMapping.js';
export { finalizeInParts, type OrderingResult, type OrderingTask, type PayPlan } from './finalizeInParts.js';
