/**
 * What the rest of the package may use of the report's private parts (`report/_lib/`): the
 * catalogue, the view of a statement and the number formats that `likestilling/xlsx` and the
 * analysis's descriptions render with, so that every renderer shows a statement the same way.
 * Not exported to users: the public API is `report/index.ts`. Another module imports these from
 * here, never from `report/_lib/` (the lint rule `likestilling/module-boundaries`, see CONTRIBUTING.md).
 * @internal
 * @module
 */
export { employerText, fill, localized, REPORT_CATALOGUES } from './_lib/catalogue.js';
export { formatNumber } from './_lib/format.js';
export { renderArgs } from './_lib/renderArgs.js';
export {
  assessmentParagraphs,
  dutyLines,
  employerName,
  itemFacts,
  itemHeading,
  paragraphs,
  partHeader,
  partsOf,
  rowLabel,
  stepLabel,
  tableTitle,
  titleOf,
  type Part,
} from './_lib/view.js';
export { escapeHtml } from './_lib/format.js';
export { transparencyHtml, transparencyMarkdown, transparencySection, type TransparencySection } from './_lib/transparency.js';
export { escapeMarkdown } from './_lib/format.js';
export { explainGap } from './_lib/analysis.js';
export { explanationHtml, explanationMarkdown, explanationView, type ViewTable } from './_lib/explanationView.js';
