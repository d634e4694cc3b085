/**
 * The published form of the pay-transparency result (TRN-7 under ANON-2, ANON-3, ANON-4, ANON-6):
 * what {@link publishPayTransparency} gives, as a zod schema with its type. The public part holds
 * indicators (a)–(f); the part for the authority and the workers' representatives holds (g) and the
 * joint pay assessment (Art. 9(7), Art. 10). A hidden value is `null` in its place, and `hidden`
 * lists every one with its path and reason (never the value).
 */
import { z } from 'zod';
import {
  JointPayAssessmentSchema,
  PayGapStatisticSchema,
  ResolvedTransparencyOptionsSchema,
  TRANSPARENCY_AUDIENCES,
  TRANSPARENCY_SCHEMA_VERSION,
} from './types.js';

const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const Count = z.int().min(0).nullable();
const Localised = z.strictObject({ nb: z.string(), nn: z.string(), en: z.string() });

/**
 * Why a published value is hidden (ANON-6), as codes:
 *
 * - `pay-below-threshold` (ANON-2, ANON-4): a pay figure, or a category's count, of a sex resting on
 *   fewer than the policy's `payMinPersons` persons;
 * - `band-below-threshold` (ANON-2): a quartile band with fewer than `payMinPersons` women or men
 *   (both sexes' shares of the band are hidden, as one gives the other);
 * - `recipients-below-threshold` (ANON-2): a count of recipients of variable pay (and its share)
 *   where those who receive it or those who do not number fewer than `attributeMinCount` /
 *   `attributeMinRest` (the reason reads the same either way);
 * - `complementary` (ANON-3): hidden so that a hidden value cannot be recomputed by subtraction
 *   from a sum, a gap or a total that is published;
 * - `ratios-only` (ANON-4, STAT-B0): the policy publishes no NOK amounts.
 *
 * @example
 * ```ts
 * published.hidden.filter((h) => h.code === 'complementary').map((h) => h.path);
 * ```
 */
export const TRANSPARENCY_HIDDEN_CODES = ['pay-below-threshold', 'band-below-threshold', 'recipients-below-threshold', 'complementary', 'ratios-only'] as const;
/**
 * A reason code. See {@link TRANSPARENCY_HIDDEN_CODES}.
 *
 * @example
 * ```ts
 * const code: TransparencyHiddenCode = published.hidden[0].code;
 * ```
 */
export type TransparencyHiddenCode = (typeof TRANSPARENCY_HIDDEN_CODES)[number];

/**
 * A hidden value (ANON-6): where it is (`path` in the published result, e.g.
 * `public.quartiles[3].women.count`), who would have seen it, the rule, the code, the threshold
 * and the reason in words (nb, nn, en) — never the value, nor a count that pins it.
 *
 * @example
 * ```ts
 * published.hidden[0]; // { path: 'authorityAndRepresentatives.categories[1].hourly.mean.women', rule: 'ANON-2', code: 'pay-below-threshold', threshold: 5, … }
 * ```
 */
export const TransparencyHiddenValueSchema = z.strictObject({
  path: z.string(),
  audience: z.enum(TRANSPARENCY_AUDIENCES),
  rule: z.enum(['ANON-2', 'ANON-3', 'ANON-4']),
  code: z.enum(TRANSPARENCY_HIDDEN_CODES),
  threshold: z.int().min(1).nullable(),
  text: Localised,
});
/**
 * A hidden value with its reason. See {@link TransparencyHiddenValueSchema}.
 *
 * @example
 * ```ts
 * const first: TransparencyHiddenValue | undefined = published.hidden[0];
 * ```
 */
export type TransparencyHiddenValue = z.output<typeof TransparencyHiddenValueSchema>;

const PublishedSexCountsSchema = z.strictObject({ women: Count, men: Count });
/**
 * A published pay-gap figure: the shape of `PayGapFigureSchema` with hidden values `null`.
 *
 * @example
 * ```ts
 * const hourly: PublishedPayGapFigure = published.public.hourly;
 * ```
 */
export const PublishedPayGapFigureSchema = z.strictObject({ persons: PublishedSexCountsSchema, mean: PayGapStatisticSchema, median: PayGapStatisticSchema });
/**
 * A published pay-gap figure. See {@link PublishedPayGapFigureSchema}.
 *
 * @example
 * ```ts
 * published.public.hourly.mean.gapPercent; // '20.0' or null when hidden
 * ```
 */
export type PublishedPayGapFigure = z.output<typeof PublishedPayGapFigureSchema>;

const PublishedRecipientsSchema = z.strictObject({ count: Count, percentOfSex: Decimal.nullable() });
const PublishedBandSexSchema = z.strictObject({ count: Decimal.nullable(), persons: Count });
const PublishedBandSchema = z.strictObject({
  band: z.int().min(0).max(3),
  size: z.int().min(0),
  womenPercent: Decimal.nullable(),
  menPercent: Decimal.nullable(),
  women: PublishedBandSexSchema,
  men: PublishedBandSexSchema,
});
const PublishedCategorySchema = z.strictObject({
  key: z.string().nullable(),
  population: PublishedSexCountsSchema,
  hourly: PublishedPayGapFigureSchema,
  basic: PublishedPayGapFigureSchema,
  variable: PublishedPayGapFigureSchema,
  jointAssessment: JointPayAssessmentSchema,
});

/**
 * The published pay-transparency indicators (TRN-7; ANON-2, ANON-3, ANON-4, ANON-6):
 *
 * - `public`: (a)–(f) — `hourly`, `annual`, `variable` (with `recipients`) and `quartiles`;
 * - `authorityAndRepresentatives`: (g) — `categories` with their joint pay assessment test, and
 *   `jointAssessment` (Art. 9(7), Art. 10): not for publication;
 * - `hidden`: every value hidden, with its path and reason;
 * - `policy`: the thresholds used; `population` (women and men behind the indicators) and `options` as computed.
 *
 * @example
 * ```ts
 * const published = PublishedPayTransparencySchema.parse(JSON.parse(text));
 * published.public.quartiles[3].womenPercent; // e.g. '38.5', or null when hidden
 * ```
 */
export const PublishedPayTransparencySchema = z.strictObject({
  kind: z.literal('likestilling.published-pay-transparency'),
  schemaVersion: z.literal(TRANSPARENCY_SCHEMA_VERSION),
  year: z.int(),
  referenceDate: z.string(),
  policy: z.strictObject({ payMinPersons: z.int().min(1), attributeMinCount: z.int().min(1), attributeMinRest: z.int().min(1), ratiosOnly: z.boolean() }),
  population: z.strictObject({ women: z.int().min(0), men: z.int().min(0) }),
  public: z.strictObject({
    hourly: PublishedPayGapFigureSchema,
    annual: PublishedPayGapFigureSchema,
    variable: PublishedPayGapFigureSchema.extend({ recipients: z.strictObject({ women: PublishedRecipientsSchema, men: PublishedRecipientsSchema }) }),
    quartiles: z.array(PublishedBandSchema).length(4),
  }),
  authorityAndRepresentatives: z.strictObject({
    categories: z.array(PublishedCategorySchema),
    jointAssessment: z.strictObject({ required: z.boolean(), categories: z.array(z.string().nullable()) }),
  }),
  hidden: z.array(TransparencyHiddenValueSchema),
  options: ResolvedTransparencyOptionsSchema,
  /** The rules version in force for the year (`rulesVersion` of the rules as data), named beside the result by the command line (`likestilling transparency --publish`); absent from the function's own result. */
  rulesVersion: z.string().optional(),
});
/**
 * The published pay-transparency indicators. See {@link PublishedPayTransparencySchema}.
 *
 * @example
 * ```ts
 * const published: PublishedPayTransparency = publishPayTransparency(result);
 * ```
 */
export type PublishedPayTransparency = z.output<typeof PublishedPayTransparencySchema>;

/**
 * The public part of a published result (TRN-7): {@link PublishedPayTransparencySchema} without
 * `authorityAndRepresentatives`, and only the hidden values of the public part. What a statement
 * carries as its appendix (`buildStatement`'s `transparency`).
 *
 * @example
 * ```ts
 * const { authorityAndRepresentatives, ...rest } = published;
 * PublicPayTransparencySchema.parse({ ...rest, hidden: rest.hidden.filter((h) => h.audience === 'public') });
 * ```
 */
export const PublicPayTransparencySchema = PublishedPayTransparencySchema.omit({ authorityAndRepresentatives: true });
/**
 * The public part of a published result. See {@link PublicPayTransparencySchema}.
 *
 * @example
 * ```ts
 * report.transparency?.public.hourly.mean.gapPercent; // e.g. '6.0'
 * ```
 */
export type PublicPayTransparency = z.output<typeof PublicPayTransparencySchema>;
