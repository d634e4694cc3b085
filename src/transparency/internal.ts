/**
 * What the rest of the package may use of the pay-transparency module's private parts
 * (`transparency/_lib/`): the section a renderer draws (`likestilling/xlsx`'s sheets). Not exported to
 * users: the public API is `transparency/index.ts` (the lint rule `likestilling/module-boundaries`).
 * @internal
 * @module
 */
export { sectionOf } from './_lib/section.js';
