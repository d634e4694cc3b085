/**
 * The results of the gap analysis as zod schemas (the JSON of `likestilling analyse … --format
 * json`, issue 19 item 6), with the TypeScript types derived from them. Money is a NOK decimal
 * string rounded half-up to øre and percentages decimal strings rounded half-up to the
 * statistics' `percentDecimals` (EXP-1 is exact, DEF-ROUND); the regression's figures (EXP-2)
 * are plain numbers (floating point).
 */
import { z } from 'zod';
import { EMPLOYMENT_KINDS, PAY_COMPONENTS } from '../models/employee.js';
import { PARENTAL_LEAVE_POPULATIONS } from '../statistics/types.js';
import { ACCOUNTING_SETS, FactorSchema, STANDARD_ERRORS, THRESHOLD_TESTS, WEIGHTINGS } from './AnalysisOptionsSchema.js';

const Money = z.string();
const Percent = z.string();

/**
 * One part of the decomposition (EXP-1): NOK per month per full-time equivalent (half-up to øre)
 * and percent of men's mean pay (half-up); `percentOfMen` is null when men's mean is 0.
 *
 * @example
 * ```ts
 * GapPartSchema.parse({ nok: '3200.00', percentOfMen: '5.4' });
 * ```
 */
export const GapPartSchema = z.strictObject({ nok: Money, percentOfMen: Percent.nullable() }).readonly();
/** A part of the decomposition. See {@link GapPartSchema}. */
export type GapPart = z.output<typeof GapPartSchema>;

/** Pay-eligible persons of one sex in a cell or in all, and their mean FTE pay (NOK, half-up). */
const SexPaySchema = z.strictObject({ count: z.int().min(0), mean: Money.nullable() }).readonly();

/**
 * What the decomposition could do (EXP-1): `decomposed` — both sexes and a common support;
 * `no-common-support` — no cell holds both sexes: composition and within-cells are 0 and the
 * outside parts cannot be told apart (null), the total alone stands; `women-only`, `men-only`,
 * `no-persons` — no gap to decompose (every part null).
 *
 * @example
 * ```ts
 * DECOMPOSITION_STATUSES[0]; // 'decomposed'
 * ```
 */
export const DECOMPOSITION_STATUSES = ['decomposed', 'no-common-support', 'women-only', 'men-only', 'no-persons'] as const;

/**
 * One cell of a decomposition: its key (one value per dimension, null: no key), whether it is in
 * the support (holds both sexes), the women and men in it, and its contribution to each part
 * (null for a part the cell has no share in). The cells' contributions to a part add up to the
 * part exactly (before rounding).
 */
export const DecompositionCellSchema = z
  .strictObject({
    key: z.array(z.string().nullable()).readonly(),
    inSupport: z.boolean(),
    women: SexPaySchema,
    men: SexPaySchema,
    composition: GapPartSchema.nullable(),
    withinCells: GapPartSchema.nullable(),
    menOutsideSupport: GapPartSchema.nullable(),
    womenOutsideSupport: GapPartSchema.nullable(),
  })
  .readonly();
/** A cell of a decomposition. See {@link DecompositionCellSchema}. */
export type DecompositionCell = z.output<typeof DecompositionCellSchema>;

/**
 * The decomposition of men's mean FTE pay − women's mean FTE pay over one breakdown (EXP-1,
 * Ñopo's form of Kitagawa–Oaxaca): `total = composition + withinCells + menOutsideSupport +
 * womenOutsideSupport` exactly. `total.percentOfMen` is 100 − `womenShareOfMen` (the mapping's
 * share, STAT-B2), each part's `percentOfMen` is rounded on its own; `presentedPercents` are the
 * parts rounded so that they add up to the total's percent (largest remainder), for text and charts.
 */
export const GapDecompositionSchema = z
  .strictObject({
    breakdown: z.string(),
    weighting: z.enum(WEIGHTINGS),
    status: z.enum(DECOMPOSITION_STATUSES),
    women: z.strictObject({ count: z.int().min(0), inSupport: z.int().min(0), mean: Money.nullable() }).readonly(),
    men: z.strictObject({ count: z.int().min(0), inSupport: z.int().min(0), mean: Money.nullable() }).readonly(),
    womenShareOfMen: Percent.nullable(),
    total: GapPartSchema.nullable(),
    composition: GapPartSchema.nullable(),
    withinCells: GapPartSchema.nullable(),
    menOutsideSupport: GapPartSchema.nullable(),
    womenOutsideSupport: GapPartSchema.nullable(),
    presentedPercents: z
      .strictObject({ composition: Percent, withinCells: Percent, menOutsideSupport: Percent, womenOutsideSupport: Percent })
      .readonly()
      .nullable(),
    cells: z.array(DecompositionCellSchema).readonly(),
  })
  .readonly();
/** A decomposition. See {@link GapDecompositionSchema}. */
export type GapDecomposition = z.output<typeof GapDecompositionSchema>;

/** One column of the regression: a numeric factor, or a category of a categorical factor. */
export const RegressionTermSchema = z
  .strictObject({
    factor: z.string(),
    /** The category of a categorical factor's dummy (null: its `null` category); absent for a numeric factor. */
    category: z.string().nullable().optional(),
    coefficient: z.number(),
    standardError: z.number(),
    pValue: z.number(),
  })
  .readonly();
/** A term of the regression. See {@link RegressionTermSchema}. */
export type RegressionTerm = z.output<typeof RegressionTermSchema>;

/** A factor used: its name, kind, reference category (categorical) and terms. */
export const FactorUsedSchema = z
  .strictObject({
    name: z.string(),
    type: z.enum(['numeric', 'categorical']),
    /** The reference category (categorical factors); null: the `null` category. */
    reference: z.string().nullable().optional(),
    /** Categories seen, reference included (categorical factors). */
    categories: z.int().min(0).optional(),
  })
  .readonly();
/** A factor used. See {@link FactorUsedSchema}. */
export type FactorUsed = z.output<typeof FactorUsedSchema>;

/** A column dropped because it is (near) collinear with the intercept, the female indicator and the columns before it. */
export const DroppedTermSchema = z.strictObject({ factor: z.string(), category: z.string().nullable().optional(), reason: z.literal('collinear') }).readonly();
/** A dropped column. See {@link DroppedTermSchema}. */
export type DroppedTerm = z.output<typeof DroppedTermSchema>;

/** One employee of the internal accounting set (EXP-3; internal only, never published). */
export const AccountingEmployeeSchema = z
  .strictObject({
    /** The person key (`personId`, else `employeeId`). */
    personKey: z.string(),
    /** The `employeeId`s of the person's employments in the population. */
    employeeIds: z.array(z.string()).readonly(),
    sex: z.enum(['female', 'male']),
    /** The change of the female coefficient when this person's pay is set to the model's prediction. */
    contribution: z.number(),
    /** Monthly FTE pay change to the model's prediction, NOK (estimate, half-up to øre). */
    payChange: Money,
  })
  .readonly();
/** An employee of the accounting set. See {@link AccountingEmployeeSchema}. */
export type AccountingEmployee = z.output<typeof AccountingEmployeeSchema>;

/**
 * The smallest set of employees whose pay accounts for the adjusted gap above the threshold (as
 * Iceland's certification lists them; EXP-3, internal only): setting the pay of these persons to
 * what the model predicts for them brings the gap (1 − e^b) × 100 down to the threshold.
 */
export const AccountingSetSchema = z
  .strictObject({
    /** Whose pay may change. */
    adjust: z.enum(ACCOUNTING_SETS),
    /** The coefficient the set brings b to at least: ln(1 − threshold / 100). */
    targetCoefficient: z.number(),
    /** False when even everyone who may be adjusted does not reach it. */
    reached: z.boolean(),
    employees: z.array(AccountingEmployeeSchema).readonly(),
  })
  .readonly();
/** The accounting set. See {@link AccountingSetSchema}. */
export type AccountingSet = z.output<typeof AccountingSetSchema>;

/** Why an adjusted gap could not be estimated. */
export const NOT_ESTIMABLE_REASONS = ['one-sex-only', 'too-few-persons', 'female-collinear'] as const;

/** The adjusted gap held against the threshold (EXP-2). */
export const ThresholdResultSchema = z
  .strictObject({
    percent: z.number(),
    test: z.enum(THRESHOLD_TESTS),
    exceeded: z.boolean(),
    /** The `logib` test's one-sided p-value (null for `estimate`). */
    pValue: z.number().nullable(),
  })
  .readonly();

/**
 * The adjusted gap (EXP-2): OLS of ln(FTE pay) on a female indicator and the factors. `coefficient`
 * is the female coefficient b, `gapPercent` = (1 − e^b) × 100 (with Kennedy's correction
 * (1 − e^(b − se²/2)) × 100), positive when women are paid less; `confidenceInterval` is the gap
 * percent's (from b's interval), `pValue` two-sided. Null figures when `status` is `not-estimable`.
 */
export const AdjustedGapSchema = z
  .strictObject({
    status: z.enum(['estimated', 'not-estimable']),
    reason: z.enum(NOT_ESTIMABLE_REASONS).nullable(),
    coefficient: z.number().nullable(),
    gapPercent: z.number().nullable(),
    standardError: z.number().nullable(),
    standardErrors: z.enum(STANDARD_ERRORS),
    confidenceInterval: z.strictObject({ level: z.number(), lower: z.number(), upper: z.number() }).readonly().nullable(),
    coefficientInterval: z.strictObject({ lower: z.number(), upper: z.number() }).readonly().nullable(),
    tStatistic: z.number().nullable(),
    pValue: z.number().nullable(),
    degreesOfFreedom: z.int().nullable(),
    rSquared: z.number().nullable(),
    adjustedRSquared: z.number().nullable(),
    n: z.int().min(0),
    women: z.int().min(0),
    men: z.int().min(0),
    factors: z.array(FactorUsedSchema).readonly(),
    dropped: z.array(DroppedTermSchema).readonly(),
    terms: z.array(RegressionTermSchema).readonly(),
    /** Persons left out of the regression: a missing value of a caller's column (per column), pay 0 or below (no logarithm). */
    excluded: z.strictObject({ missingValue: z.record(z.string(), z.int().min(0)), nonPositivePay: z.int().min(0) }).readonly(),
    threshold: ThresholdResultSchema.nullable(),
    kennedy: z.boolean(),
    accountingSet: AccountingSetSchema.nullable(),
  })
  .readonly();
/** An adjusted gap. See {@link AdjustedGapSchema}. */
export type AdjustedGap = z.output<typeof AdjustedGapSchema>;

/** The adjusted gap within one job group (the group left out of the factors), flagged over the threshold. */
export const GroupAdjustedGapSchema = z
  .strictObject({
    group: z.string().nullable(),
    adjusted: AdjustedGapSchema,
    /** The threshold test says the group's adjusted gap exceeds the threshold. */
    flagged: z.boolean(),
  })
  .readonly();
/** A group's adjusted gap. See {@link GroupAdjustedGapSchema}. */
export type GroupAdjustedGap = z.output<typeof GroupAdjustedGapSchema>;

/** The resolved options as a result states them (see `ResolvedAnalysisOptions`). */
export const ResolvedAnalysisOptionsSchema = z
  .strictObject({
    statistics: z
      .strictObject({
        year: z.int(),
        fiscalYearEnd: z.string(),
        fiscalYearStart: z.string(),
        fiscalYearLast: z.string(),
        referenceDate: z.string(),
        includeKinds: z.array(z.enum(EMPLOYMENT_KINDS)).readonly(),
        mergePersons: z.boolean(),
        partTimeBelow: z.number(),
        monthlyPayComponents: z.array(z.enum(PAY_COMPONENTS)).readonly(),
        agreedPayComponents: z.array(z.enum(PAY_COMPONENTS)).readonly(),
        percentDecimals: z.int(),
        rounding: z.literal('half-up'),
        parentalLeavePopulation: z.enum(PARENTAL_LEAVE_POPULATIONS),
        weeksDecimals: z.int(),
      })
      .readonly(),
    payConcept: z.enum(['monthly', 'agreed']),
    breakdowns: z.array(z.string()).readonly(),
    weighting: z.enum(WEIGHTINGS),
    factors: z.array(FactorSchema).readonly(),
    columns: z.array(z.string()).readonly(),
    references: z.record(z.string(), z.string().nullable()),
    standardErrors: z.enum(STANDARD_ERRORS),
    conventions: z.enum(['default', 'logib']),
    kennedy: z.boolean(),
    threshold: z.number(),
    thresholdTest: z.enum(THRESHOLD_TESTS),
    confidenceLevel: z.number(),
    significanceLevel: z.number(),
    collinearityTolerance: z.number(),
    accountingSet: z.enum(ACCOUNTING_SETS),
  })
  .readonly();

/** Who the analysis covers: the pay-eligible women and men, and those of the population left out (DEF-PAY, DEF-SEX). */
export const AnalysisPopulationSchema = z
  .strictObject({
    women: z.int().min(0),
    men: z.int().min(0),
    noPositionPercent: z.int().min(0),
    sexNotFemaleOrMale: z.int().min(0),
    records: z.int().min(0),
  })
  .readonly();

/**
 * The internal gap analysis (EXP-1…EXP-3): the decompositions by breakdown, the adjusted gap, the
 * adjusted gap per job group, and the options used. Internal: it may hold the accounting set (a
 * list of employees) and figures of small groups; publish it with `publishGapAnalysis`.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(analyseGap(records, { statistics: { year: 2025 } }));
 * GapAnalysisSchema.parse(JSON.parse(json)); // the JSON round-trips
 * ```
 */
export const GapAnalysisSchema = z
  .strictObject({
    kind: z.literal('likestilling.gap-analysis'),
    year: z.int(),
    referenceDate: z.string(),
    population: AnalysisPopulationSchema,
    decomposition: z.record(z.string(), GapDecompositionSchema),
    adjusted: AdjustedGapSchema,
    byGroup: z.array(GroupAdjustedGapSchema).readonly(),
    options: ResolvedAnalysisOptionsSchema,
    /** The rules version in force for the year (`rulesVersion` of the rules as data), named beside the result by the command line (`likestilling analyse`); absent from the function's own result. */
    rulesVersion: z.string().optional(),
  })
  .readonly();
/** The internal gap analysis. See {@link GapAnalysisSchema}. */
export type GapAnalysis = z.output<typeof GapAnalysisSchema>;
