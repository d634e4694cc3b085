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
import { CategoryFiguresSchema, PayGapFigureSchema, QuartileBandSchema, SexCountsSchema, VariablePayFigureSchema } from './figureSchemas.js';
import { CATEGORY_FIELDS, QUARTILE_TIE_RULES } from './TransparencyOptionsSchema.js';

export * from './figureSchemas.js';

/**
 * Current version of the pay-transparency JSON shape (TRN-7: the result that publication reads).
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
 *
 * @example
 * ```ts
 * result.disclosure.categories.audience; // 'authority-and-representatives'
 * ```
 */
export const TRANSPARENCY_AUDIENCES = ['public', 'authority-and-representatives'] as const;
/**
 * An audience (TRN-7). See {@link TRANSPARENCY_AUDIENCES}.
 *
 * @example
 * ```ts
 * const audience: TransparencyAudience = result.disclosure.hourly.audience; // 'public'
 * ```
 */
export type TransparencyAudience = (typeof TRANSPARENCY_AUDIENCES)[number];

const DisclosureSchema = z.object({
  /** The Art. 9(1) points the part answers. */
  indicators: z.array(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g'])),
  audience: z.enum(TRANSPARENCY_AUDIENCES),
});

const CategoryAssessmentOutSchema = z.object({ justification: z.string().nullable(), remedyDate: z.string().nullable() });

/**
 * The options echoed in a result (see `ResolvedTransparencyOptions`; TRN-1…TRN-5).
 *
 * @example
 * ```ts
 * ResolvedTransparencyOptionsSchema.parse(result.options).basicComponents; // ['basePay']
 * ```
 */
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
  /** The rules version in force for the year (`rulesVersion` of the rules as data), named beside the result by the command line (`likestilling transparency`); absent from the function's own result. */
  rulesVersion: z.string().optional(),
});
/**
 * The pay-transparency result (TRN-1…TRN-7). See {@link PayTransparencySchema}.
 *
 * @example
 * ```ts
 * const result: PayTransparency = computePayTransparency(records, { year: 2026 });
 * ```
 */
export type PayTransparency = z.output<typeof PayTransparencySchema>;
