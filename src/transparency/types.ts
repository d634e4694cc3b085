/**
 * The pay-transparency result (Directive (EU) 2023/970 Art. 9(1) and 10, ARP.md §8 TRN-*) as data:
 * a zod schema ({@link PayTransparencySchema}) from which the types here are derived and the shipped
 * JSON Schema `schemas/transparency.schema.json` is generated for callers in other languages.
 *
 * Money is a decimal string in NOK rounded half-up to whole øre (`"318.46"`); a gap is a decimal
 * string rounded once, half away from zero (`"-2.3"`); a share of persons is a decimal string rounded
 * half-up (`"48.7"`). Every value comes from unrounded exact values (DEF-ROUND). A value whose
 * denominator is zero or whose persons are missing is `null`, never NaN. Every figure carries the
 * persons behind it (`persons`, `count`), so a publication policy can hide it with a reason.
 */
import { z } from 'zod';
import { EMPLOYMENT_KINDS, PAY_COMPONENTS } from '../models/employee.js';
import { EXCLUSION_REASONS } from '../statistics/types.js';
import { CATEGORY_FIELDS, QUARTILE_TIE_RULES } from './TransparencyOptionsSchema.js';

/**
 * Current version of the pay-transparency JSON shape.
 *
 * @example
 * ```ts
 * computePayTransparency(records, { year: 2026 }).schemaVersion === TRANSPARENCY_SCHEMA_VERSION; // true
 * ```
 */
export const TRANSPARENCY_SCHEMA_VERSION = 1;

/**
 * Who may see a part of the result (TRN-7): `public` — indicators (a)–(f), published by the
 * employer (Art. 9(1), 9(6)); `authority-and-representatives` — indicator (g) and the joint pay
 * assessment, given to the monitoring authority and the workers' representatives only (Art. 9(7),
 * Art. 10).
 */
export const TRANSPARENCY_AUDIENCES = ['public', 'authority-and-representatives'] as const;
/** An audience. See {@link TRANSPARENCY_AUDIENCES}. */
export type TransparencyAudience = (typeof TRANSPARENCY_AUDIENCES)[number];

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
/** A joint-assessment reason. See {@link JOINT_ASSESSMENT_REASONS}. */
export type JointAssessmentReason = (typeof JOINT_ASSESSMENT_REASONS)[number];

const Money = z.string().regex(/^-?\d+\.\d{2}$/);
const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

/** Persons of each sex behind a figure. */
export const SexCountsSchema = z.object({ women: z.number().int().min(0), men: z.number().int().min(0) });
/** Persons of each sex behind a figure. */
export type TransparencySexCounts = z.output<typeof SexCountsSchema>;

/** A mean or a median for women and men, and the gap between them (TRN-2). */
export const PayGapStatisticSchema = z.object({
  /** Women's value, NOK (null when no woman). */
  women: Money.nullable(),
  /** Men's value, NOK (null when no man). */
  men: Money.nullable(),
  /** (men − women) / men × 100 from the unrounded values, rounded once half away from zero; null when a side is missing or men's value is 0. */
  gapPercent: Decimal.nullable(),
});
/** A mean or median pair with its gap. */
export type PayGapStatistic = z.output<typeof PayGapStatisticSchema>;

/** Mean and median of one pay measure by sex, with the gaps and the persons behind them. */
export const PayGapFigureSchema = z.object({
  persons: SexCountsSchema,
  mean: PayGapStatisticSchema,
  median: PayGapStatisticSchema,
});
/** A pay-gap figure (mean and median, TRN-2). */
export type PayGapFigure = z.output<typeof PayGapFigureSchema>;

/** Recipients of complementary or variable pay of one sex (TRN-3 (e)). */
export const RecipientsSexSchema = z.object({
  /** Persons of this sex receiving any. */
  count: z.number().int().min(0),
  /** count / persons of this sex in the population × 100. */
  percentOfSex: Decimal.nullable(),
});
/** Recipients of one sex. */
export type RecipientsSexFigure = z.output<typeof RecipientsSexSchema>;

/** Indicators (b), (d) and (e): hourly complementary or variable pay among its recipients, and who receives it. */
export const VariablePayFigureSchema = PayGapFigureSchema.extend({
  recipients: z.object({ women: RecipientsSexSchema, men: RecipientsSexSchema }),
});
/** The variable-pay figure. */
export type VariablePayFigure = z.output<typeof VariablePayFigureSchema>;

/** One sex in one quartile band (TRN-4). */
export const BandSexSchema = z.object({
  /** The sex's share of the band's size: whole persons, or a fraction when a tie group is spread (decimal string, two decimals when not whole). */
  count: Decimal,
  /** Persons of this sex with any part in the band. */
  persons: z.number().int().min(0),
});
/** One sex in one band. */
export type BandSexFigure = z.output<typeof BandSexSchema>;

/** A quartile pay band (TRN-3 (f), TRN-4), lowest first. */
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
/** A quartile band. */
export type QuartileBand = z.output<typeof QuartileBandSchema>;

/** The joint pay assessment test of one category (Art. 10, TRN-5). */
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
/** A category's joint pay assessment test. */
export type JointPayAssessment = z.output<typeof JointPayAssessmentSchema>;

/** The pay gaps of one category of workers (TRN-3 (g)): mean hourly pay, basic and variable pay. */
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
/** A category's pay gaps, without the joint assessment. */
export type CategoryPayGaps = z.output<typeof CategoryPayGapsSchema>;

/** A category's pay gaps and its joint pay assessment test. */
export const CategoryFiguresSchema = CategoryPayGapsSchema.extend({ jointAssessment: JointPayAssessmentSchema });
/** A category's figures. */
export type CategoryFigures = z.output<typeof CategoryFiguresSchema>;

const DisclosureSchema = z.object({
  /** The Art. 9(1) points the part answers. */
  indicators: z.array(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g'])),
  audience: z.enum(TRANSPARENCY_AUDIENCES),
});

const CategoryAssessmentOutSchema = z.object({ justification: z.string().nullable(), remedyDate: z.string().nullable() });

/** The options echoed in a result (see `ResolvedTransparencyOptions`). */
export const ResolvedTransparencyOptionsSchema = z.object({
  year: z.number().int(),
  referenceDate: z.string(),
  includeKinds: z.array(z.enum(EMPLOYMENT_KINDS)),
  mergePersons: z.boolean(),
  payComponents: z.array(z.enum(PAY_COMPONENTS)),
  basicComponents: z.array(z.enum(PAY_COMPONENTS)),
  variableComponents: z.array(z.enum(PAY_COMPONENTS)),
  variableRecipient: z.literal('variable-pay-above-zero'),
  fullTimeHoursPerWeek: z.number(),
  monthsPerYear: z.number().int(),
  weeksPerYear: z.number().int(),
  quartileTies: z.enum(QUARTILE_TIE_RULES),
  categoryBy: z.enum(CATEGORY_FIELDS),
  moneyRounding: z.literal('half-up'),
  gapDecimals: z.number().int(),
  gapRounding: z.literal('half-away-from-zero'),
  percentDecimals: z.number().int(),
  percentRounding: z.literal('half-up'),
  jointAssessmentThresholdPercent: z.number(),
  reportDate: z.string(),
  remedyMonths: z.number().int(),
  remedyDeadline: z.string(),
  categoryAssessments: z.record(z.string(), CategoryAssessmentOutSchema),
});

/**
 * The pay-transparency indicators of one employer and year (Art. 9(1) (a)–(g)) with the joint pay
 * assessment test per category (Art. 10): the JSON of the future `likestilling transparency`.
 *
 * - `population.{women,men}`: the persons the indicators are computed over; the others in `excluded` by reason;
 * - `hourly` (a, c) and `annual` (beside them): mean and median pay by sex and the gaps;
 * - `variable` (b, d, e): hourly complementary or variable pay among its recipients, and the recipients;
 * - `quartiles` (f): the four bands, lowest first;
 * - `categories` (g, Art. 10): per category of workers, hourly, basic and variable pay, and the joint assessment test;
 * - `jointAssessment`: the categories that still require one;
 * - `disclosure`: which parts are public and which go to the authority and the representatives only (TRN-7);
 * - `options`: every definition used.
 *
 * @example
 * ```ts
 * const result = PayTransparencySchema.parse(JSON.parse(text)); // a stored result, validated
 * result.hourly.mean.gapPercent; // e.g. '11.8'
 * ```
 */
export const PayTransparencySchema = z.object({
  schemaVersion: z.literal(TRANSPARENCY_SCHEMA_VERSION),
  /** The calendar year reported on. */
  year: z.number().int(),
  referenceDate: z.string(),
  population: SexCountsSchema,
  /**
   * Left out, by reason, each record or person once: `invalid-record`, `employment-kind-excluded`,
   * `not-active-on-reference-date` and `merged-into-person` count records; `sex-not-female-or-male`
   * and then `no-position-percent` count persons (DEF-SEX, then no positive position percent).
   */
  excluded: z.object(Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, z.number().int().min(0)])) as Record<(typeof EXCLUSION_REASONS)[number], z.ZodNumber>),
  /** Records read. */
  records: z.number().int().min(0),
  /** Warnings per diagnostic code (persons or records, as in the ARP mapping). */
  warnings: z.record(z.string(), z.number().int().min(0)),
  hourly: PayGapFigureSchema,
  annual: PayGapFigureSchema,
  variable: VariablePayFigureSchema,
  quartiles: z.array(QuartileBandSchema).length(4),
  categories: z.array(CategoryFiguresSchema),
  jointAssessment: z.object({
    /** Whether any category still requires a joint pay assessment. */
    required: z.boolean(),
    /** The keys of those categories, in the order of `categories`. */
    categories: z.array(z.string().nullable()),
  }),
  disclosure: z.object({
    hourly: DisclosureSchema,
    annual: DisclosureSchema,
    variable: DisclosureSchema,
    quartiles: DisclosureSchema,
    categories: DisclosureSchema,
  }),
  options: ResolvedTransparencyOptionsSchema,
});
/** The pay-transparency result. See {@link PayTransparencySchema}. */
export type PayTransparency = z.output<typeof PayTransparencySchema>;
