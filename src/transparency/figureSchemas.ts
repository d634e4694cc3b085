/**
 * The figures of the pay-transparency result (Directive (EU) 2023/970 Art. 9(1) and 10, ARP.md §8
 * TRN-*) as zod schemas, from which their types are derived: a pay gap's mean and median, the
 * recipients of variable pay, a quartile band, a category with its joint pay assessment. The whole
 * result is {@link PayTransparencySchema} (`types.ts`), which re-exports everything here.
 *
 * Money is a decimal string in NOK rounded half-up to whole øre; a gap or a share a decimal string
 * (DEF-ROUND); a value without a denominator or persons is `null`.
 */
import { z } from 'zod';

/**
 * Why a category does or does not still require a joint pay assessment (Art. 10(1), TRN-5):
 *
 * - `gap-at-or-above-threshold` (required): |mean hourly gap| ≥ the threshold, neither justified nor remedied;
 * - `remedy-after-deadline` (required): as above, with a remedy date after the deadline (report date + six months);
 * - `gap-below-threshold`: |mean hourly gap| below the threshold;
 * - `gap-not-computable`: no gap: women or men absent from the category, or men's mean hourly pay 0;
 * - `justified`: at or above the threshold, justified by objective, gender-neutral criteria;
 * - `remedied-within-deadline`: at or above the threshold, remedied by the deadline;
 * - `not-a-category`: the persons without a category (`key: null`): the employer groups its workers,
 *   the library never does (DEF-GRP); give them a category.
 *
 * @example
 * ```ts
 * result.categories.filter((c) => c.jointAssessment.required).map((c) => [c.key, c.jointAssessment.reason]);
 * // e.g. [['Gruppe 007', 'gap-at-or-above-threshold']]
 * ```
 */
export const JOINT_ASSESSMENT_REASONS = [
  'gap-at-or-above-threshold',
  'remedy-after-deadline',
  'gap-below-threshold',
  'gap-not-computable',
  'justified',
  'remedied-within-deadline',
  'not-a-category',
] as const;
/**
 * A joint-assessment reason (TRN-5). See {@link JOINT_ASSESSMENT_REASONS}.
 *
 * @example
 * ```ts
 * const why: JointAssessmentReason = result.categories[0].jointAssessment.reason;
 * ```
 */
export type JointAssessmentReason = (typeof JOINT_ASSESSMENT_REASONS)[number];

const Money = z.string().regex(/^-?\d+\.\d{2}$/);
const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

/**
 * Persons of each sex behind a figure (DEF-SEX).
 *
 * @example
 * ```ts
 * result.population; // { women: 412, men: 388 } (TRN-1)
 * ```
 */
export const SexCountsSchema = z.object({ women: z.number().int().min(0), men: z.number().int().min(0) });
/**
 * Persons of each sex behind a figure (DEF-SEX, TRN-1).
 *
 * @example
 * ```ts
 * const counts: TransparencySexCounts = result.population;
 * ```
 */
export type TransparencySexCounts = z.output<typeof SexCountsSchema>;

/**
 * A mean or a median for women and men, and the gap between them (TRN-2).
 *
 * @example
 * ```ts
 * result.hourly.mean; // { women: '318.46', men: '361.03', gapPercent: '11.8' }
 * ```
 */
export const PayGapStatisticSchema = z.object({
  /** Women's value, NOK (null when no woman). */
  women: Money.nullable(),
  /** Men's value, NOK (null when no man). */
  men: Money.nullable(),
  /** (men − women) / men × 100 from the unrounded values, rounded once half away from zero; null when a side is missing or men's value is 0. */
  gapPercent: Decimal.nullable(),
});
/**
 * A mean or median pair with its gap (TRN-2).
 *
 * @example
 * ```ts
 * const mean: PayGapStatistic = result.hourly.mean;
 * ```
 */
export type PayGapStatistic = z.output<typeof PayGapStatisticSchema>;

/**
 * Mean and median of one pay measure by sex, with the gaps and the persons behind them (TRN-2, TRN-3).
 *
 * @example
 * ```ts
 * result.annual.persons; // { women: 412, men: 388 }
 * ```
 */
export const PayGapFigureSchema = z.object({
  persons: SexCountsSchema,
  mean: PayGapStatisticSchema,
  median: PayGapStatisticSchema,
});
/**
 * A pay-gap figure: mean and median by sex, the gaps and the persons (TRN-2, TRN-3).
 *
 * @example
 * ```ts
 * const hourly: PayGapFigure = result.hourly;
 * ```
 */
export type PayGapFigure = z.output<typeof PayGapFigureSchema>;

/**
 * Recipients of complementary or variable pay of one sex (TRN-3 (e)).
 *
 * @example
 * ```ts
 * result.variable.recipients.men; // { count: 170, percentOfSex: '43.8' }
 * ```
 */
export const RecipientsSexSchema = z.object({
  /** Persons of this sex receiving any. */
  count: z.number().int().min(0),
  /** count / persons of this sex in the population × 100. */
  percentOfSex: Decimal.nullable(),
});
/**
 * Recipients of variable pay of one sex (TRN-3 (e)).
 *
 * @example
 * ```ts
 * const women: RecipientsSexFigure = result.variable.recipients.women;
 * ```
 */
export type RecipientsSexFigure = z.output<typeof RecipientsSexSchema>;

/**
 * Indicators (b), (d) and (e) (TRN-3): hourly complementary or variable pay among its recipients, and who receives it.
 *
 * @example
 * ```ts
 * result.variable.median.gapPercent; // e.g. '21.4'
 * ```
 */
export const VariablePayFigureSchema = PayGapFigureSchema.extend({
  recipients: z.object({ women: RecipientsSexSchema, men: RecipientsSexSchema }),
});
/**
 * The variable-pay figure (TRN-3 (b), (d), (e)).
 *
 * @example
 * ```ts
 * const variable: VariablePayFigure = result.variable;
 * ```
 */
export type VariablePayFigure = z.output<typeof VariablePayFigureSchema>;

/**
 * One sex in one quartile band (TRN-4).
 *
 * @example
 * ```ts
 * result.quartiles[1].women; // { count: '1.50', persons: 3 } (a tie spread over two bands)
 * ```
 */
export const BandSexSchema = z.object({
  /** The sex's share of the band's size: whole persons, or a fraction when a tie group is spread (decimal string, two decimals when not whole). */
  count: Decimal,
  /** Persons of this sex with any part in the band. */
  persons: z.number().int().min(0),
});
/**
 * One sex in one quartile band (TRN-4).
 *
 * @example
 * ```ts
 * const women: BandSexFigure = result.quartiles[0].women;
 * ```
 */
export type BandSexFigure = z.output<typeof BandSexSchema>;

/**
 * A quartile pay band (TRN-3 (f), TRN-4), lowest first.
 *
 * @example
 * ```ts
 * result.quartiles[0]; // { band: 0, size: 200, womenPercent: '62.0', menPercent: '38.0', … }
 * ```
 */
export const QuartileBandSchema = z.object({
  /** 0 (lowest hourly pay) … 3 (highest). */
  band: z.number().int().min(0).max(3),
  /** Positions ⌊k·n/4⌋ … ⌊(k+1)·n/4⌋ − 1 of the n persons sorted by hourly pay. */
  size: z.number().int().min(0),
  /** Women's share of the band × 100, from the exact counts (null for an empty band). */
  womenPercent: Decimal.nullable(),
  menPercent: Decimal.nullable(),
  women: BandSexSchema,
  men: BandSexSchema,
});
/**
 * A quartile pay band (TRN-3 (f), TRN-4).
 *
 * @example
 * ```ts
 * const lowest: QuartileBand = result.quartiles[0];
 * ```
 */
export type QuartileBand = z.output<typeof QuartileBandSchema>;

/**
 * The joint pay assessment test of one category (Art. 10, TRN-5).
 *
 * @example
 * ```ts
 * result.categories[0].jointAssessment.triggered; // true when |mean hourly gap| ≥ 5 %
 * ```
 */
export const JointPayAssessmentSchema = z.object({
  /** |mean hourly gap| ≥ the threshold, compared unrounded. */
  triggered: z.boolean(),
  /** Triggered, not justified, not remedied by the deadline: the employer must carry out a joint pay assessment. */
  required: z.boolean(),
  reason: z.enum(JOINT_ASSESSMENT_REASONS),
  /** The mean hourly gap tested, as presented (the category's `hourly.mean.gapPercent`). */
  meanGapPercent: Decimal.nullable(),
  thresholdPercent: Decimal,
  justification: z.string().nullable(),
  remedyDate: z.string().nullable(),
  /** The report date + the remedy months. */
  remedyDeadline: z.string(),
  rule: z.literal('TRN-5'),
  legalBasis: z.literal('Directive (EU) 2023/970 Art. 10(1)'),
});
/**
 * A category's joint pay assessment test (TRN-5).
 *
 * @example
 * ```ts
 * const test: JointPayAssessment = result.categories[0].jointAssessment;
 * ```
 */
export type JointPayAssessment = z.output<typeof JointPayAssessmentSchema>;

/**
 * The pay gaps of one category of workers (TRN-3 (g)): hourly pay, basic and variable pay.
 *
 * @example
 * ```ts
 * result.categories[0].basic.mean.gapPercent; // e.g. '12.2'
 * ```
 */
export const CategoryPayGapsSchema = z.object({
  /** The category (job group by default); `null` for the persons without one, listed last. */
  key: z.string().nullable(),
  /** Women and men of the population in the category. */
  population: SexCountsSchema,
  /** Hourly pay (all pay components): the gap the joint assessment tests. */
  hourly: PayGapFigureSchema,
  /** Hourly basic pay (the basic components). */
  basic: PayGapFigureSchema,
  /** Hourly complementary or variable pay, among its recipients in the category. */
  variable: PayGapFigureSchema,
});
/**
 * A category's pay gaps, without the joint assessment (TRN-3 (g)).
 *
 * @example
 * ```ts
 * const { key, hourly, basic, variable }: CategoryPayGaps = result.categories[0];
 * ```
 */
export type CategoryPayGaps = z.output<typeof CategoryPayGapsSchema>;

/**
 * A category's pay gaps (TRN-3 (g)) and its joint pay assessment test (TRN-5).
 *
 * @example
 * ```ts
 * categoryPayGaps(population)[0].jointAssessment.reason; // e.g. 'justified'
 * ```
 */
export const CategoryFiguresSchema = CategoryPayGapsSchema.extend({ jointAssessment: JointPayAssessmentSchema });
/**
 * A category's figures and its joint pay assessment test (TRN-3 (g), TRN-5).
 *
 * @example
 * ```ts
 * const first: CategoryFigures = result.categories[0];
 * ```
 */
export type CategoryFigures = z.output<typeof CategoryFiguresSchema>;
