/**
 * `likestilling/analysis`: why the gap — step b of the four-step method (*analysere årsaker*,
 * ACT-3; ARP.md §9 EXP-1…EXP-3). The exact decomposition of the gap between men's and women's
 * mean pay over a breakdown ({@link decomposeGap}), the adjusted gap by regression
 * ({@link adjustedGap}, {@link adjustedGapByGroup}), all of it at once ({@link analyseGap}), its
 * published form ({@link publishGapAnalysis}) and the statement's sentence
 * ({@link describeGapDecomposition}).
 *
 * A subpath of its own: the numerical libraries of the regression (ml-matrix, @stdlib's t
 * distribution) are loaded only from here, never by the root export.
 * @packageDocumentation
 */
export {
  ACCOUNTING_SETS,
  AnalysisOptionsSchema,
  BreakdownSchema,
  BUILT_IN_FACTORS,
  ColumnFactorSchema,
  ColumnValuesSchema,
  DEFAULT_FACTORS,
  FactorSchema,
  resolveAnalysisOptions,
  STANDARD_ERRORS,
  THRESHOLD_TESTS,
  WEIGHTINGS,
  type AccountingSetChoice,
  type AnalysisOptions,
  type BuiltInFactor,
  type ColumnFactor,
  type Factor,
  type ResolvedAnalysisOptions,
  type StandardErrorKind,
  type ThresholdTest,
  type Weighting,
} from './AnalysisOptionsSchema.js';
export * from './schema.js';
export * from './publishedSchema.js';
export * from './decomposeGap.js';
export * from './adjustedGap.js';
export * from './adjustedGapByGroup.js';
export * from './analyseGap.js';
export * from './publishGapAnalysis.js';
export * from './describeGapDecomposition.js';
