/**
 * What the rest of the package may use of the pay-transparency module's private parts
 * (`transparency/_lib/`): the section a renderer draws (`likestilling/xlsx`'s sheets). Not exported to
 * users: the public API is `transparency/index.ts` (the lint rule `likestilling/module-boundaries`).
 * @internal
 * @module
 */
export { sectionOf } from './_lib/section.js';
// the two-thread computation of likestilling/node (startPayTransparencyWorker): the population in
// shared memory, its parts, and the result from them
export { categoryFigures, categorySplit } from './_lib/categories.js';
export { preparePopulation } from './_lib/prepare.js';
export { quartileBands } from './_lib/quartiles.js';
export { overallParts, payTransparencyOf } from './_lib/result.js';
export type { PopulationState } from './_lib/population.js';
