/**
 * The published form of the gap analysis (EXP-3, ANON-*): what `publishGapAnalysis` gives, as zod
 * schemas with their types. It has no place for the accounting set (a list of employees): the
 * schemas are strict, and the types say `accountingSet?: never`, so an internal result cannot
 * be passed off as a published one.
 */
import { z } from 'zod';
import { WEIGHTINGS } from './AnalysisOptionsSchema.js';
import { DECOMPOSITION_STATUSES, DroppedTermSchema, FactorUsedSchema, ResolvedAnalysisOptionsSchema, ThresholdResultSchema } from './schema.js';

/**
 * Why a published value is hidden (ANON-6): the rule, a code and the threshold — never the hidden
 * value, nor a count that pins it. `pay-below-threshold` (ANON-2): a pay figure rests on a group of
 * women or men smaller than the policy's `payMinPersons` (the reason does not say which sex, so it
 * reads the same either way); `complementary` (ANON-3): hidden so that another hidden value cannot
 * be recomputed from a sum that is published.
 *
 * @example
 * ```ts
 * HiddenReasonSchema.parse({ rule: 'ANON-2', code: 'pay-below-threshold', threshold: 5 });
 * ```
 */
export const HiddenReasonSchema = z
  .strictObject({
    rule: z.enum(['ANON-2', 'ANON-3']),
    code: z.enum(['pay-below-threshold', 'complementary']),
    threshold: z.int().min(1),
  })
  .readonly();
/** Why a value is hidden. See {@link HiddenReasonSchema}. */
export type HiddenReason = z.output<typeof HiddenReasonSchema>;

/** A hidden value: its reason. */
export const HiddenSchema = z.strictObject({ hidden: HiddenReasonSchema }).readonly();
/** A hidden value. See {@link HiddenSchema}. */
export type Hidden = z.output<typeof HiddenSchema>;

/** A published part: NOK (null when the policy publishes ratios only, ANON-4) and percent of men's mean, or hidden. */
export const PublishedGapPartSchema = z.union([z.strictObject({ nok: z.string().nullable(), percentOfMen: z.string().nullable() }).readonly(), HiddenSchema]);
/** A published part. See {@link PublishedGapPartSchema}. */
export type PublishedGapPart = z.output<typeof PublishedGapPartSchema>;

/** A published cell: its key, counts of women and men, and its contributions (shown, hidden or none). */
export const PublishedDecompositionCellSchema = z
  .strictObject({
    key: z.array(z.string().nullable()).readonly(),
    inSupport: z.boolean(),
    women: z.int().min(0),
    men: z.int().min(0),
    composition: PublishedGapPartSchema.nullable(),
    withinCells: PublishedGapPartSchema.nullable(),
    menOutsideSupport: PublishedGapPartSchema.nullable(),
    womenOutsideSupport: PublishedGapPartSchema.nullable(),
  })
  .readonly();
/** A published cell. See {@link PublishedDecompositionCellSchema}. */
export type PublishedDecompositionCell = z.output<typeof PublishedDecompositionCellSchema>;

/** A published decomposition (EXP-1 under ANON-2/ANON-3): no means per cell, hidden contributions with reasons. */
export const PublishedGapDecompositionSchema = z
  .strictObject({
    breakdown: z.string(),
    weighting: z.enum(WEIGHTINGS),
    status: z.enum(DECOMPOSITION_STATUSES),
    women: z.int().min(0),
    men: z.int().min(0),
    womenShareOfMen: z.union([z.string(), HiddenSchema]).nullable(),
    total: PublishedGapPartSchema.nullable(),
    composition: PublishedGapPartSchema.nullable(),
    withinCells: PublishedGapPartSchema.nullable(),
    menOutsideSupport: PublishedGapPartSchema.nullable(),
    womenOutsideSupport: PublishedGapPartSchema.nullable(),
    /** The parts' percents rounded to add up to the total's, only when every part is shown. */
    presentedPercents: z
      .strictObject({ composition: z.string(), withinCells: z.string(), menOutsideSupport: z.string(), womenOutsideSupport: z.string() })
      .readonly()
      .nullable(),
    cells: z.array(PublishedDecompositionCellSchema).readonly(),
  })
  .readonly();
/** A published decomposition. See {@link PublishedGapDecompositionSchema}. */
export type PublishedGapDecomposition = z.output<typeof PublishedGapDecompositionSchema>;

/** A published adjusted gap: the figures of issue 19 and the test; no per-factor coefficients, and never an accounting set. */
export const PublishedAdjustedGapSchema = z
  .strictObject({
    status: z.enum(['estimated', 'not-estimable']),
    coefficient: z.number().nullable(),
    gapPercent: z.number().nullable(),
    standardError: z.number().nullable(),
    standardErrors: z.enum(['classical', 'HC1']),
    confidenceInterval: z.strictObject({ level: z.number(), lower: z.number(), upper: z.number() }).readonly().nullable(),
    pValue: z.number().nullable(),
    rSquared: z.number().nullable(),
    n: z.int().min(0),
    women: z.int().min(0),
    men: z.int().min(0),
    factors: z.array(FactorUsedSchema).readonly(),
    dropped: z.array(DroppedTermSchema).readonly(),
    threshold: ThresholdResultSchema.nullable(),
    kennedy: z.boolean(),
    /** Never present: the accounting set is internal (EXP-3). */
    accountingSet: z.never().optional(),
  })
  .readonly();
/** A published adjusted gap. See {@link PublishedAdjustedGapSchema}. */
export type PublishedAdjustedGap = z.output<typeof PublishedAdjustedGapSchema>;

/** A published per-group adjusted gap: hidden (with `flagged: null`) below the policy's pay threshold. */
export const PublishedGroupAdjustedGapSchema = z
  .strictObject({
    group: z.string().nullable(),
    women: z.int().min(0),
    men: z.int().min(0),
    adjusted: z.union([PublishedAdjustedGapSchema, HiddenSchema]),
    flagged: z.boolean().nullable(),
  })
  .readonly();
/** A published group's adjusted gap. See {@link PublishedGroupAdjustedGapSchema}. */
export type PublishedGroupAdjustedGap = z.output<typeof PublishedGroupAdjustedGapSchema>;

/**
 * The published gap analysis (EXP-3): safe to put in the statement under the policy's primary and
 * complementary suppression. `suppression` states how far it goes: this form checks the relations
 * inside the analysis only; the publication audit (ANON-7) across the analysis and the published
 * mapping is for a later integration.
 *
 * @example
 * ```ts
 * const published = publishGapAnalysis(analysis);
 * PublishedGapAnalysisSchema.parse(published); // strict: an accounting set would be refused
 * ```
 */
export const PublishedGapAnalysisSchema = z
  .strictObject({
    kind: z.literal('likestilling.published-gap-analysis'),
    year: z.int(),
    referenceDate: z.string(),
    policy: z.strictObject({ payMinPersons: z.int().min(1), ratiosOnly: z.boolean() }).readonly(),
    suppression: z.literal('primary-and-complementary-within-the-analysis'),
    population: z.strictObject({ women: z.int().min(0), men: z.int().min(0) }).readonly(),
    decomposition: z.record(z.string(), PublishedGapDecompositionSchema),
    adjusted: z.union([PublishedAdjustedGapSchema, HiddenSchema]),
    byGroup: z.array(PublishedGroupAdjustedGapSchema).readonly(),
    options: ResolvedAnalysisOptionsSchema,
    /** The rules version in force for the year (`rulesVersion` of the rules as data), named beside the result by the command line (`likestilling analyse --publish`); absent from the function's own result. */
    rulesVersion: z.string().optional(),
  })
  .readonly();
/** The published gap analysis. See {@link PublishedGapAnalysisSchema}. */
export type PublishedGapAnalysis = z.output<typeof PublishedGapAnalysisSchema>;
