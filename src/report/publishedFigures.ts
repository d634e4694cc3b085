/**
 * What a statement is built from: the published figures (the anonymisation's published mapping,
 * hidden values `null`) and the list of what is hidden. `types.ts` re-exports them.
 * @module
 */
import { z } from 'zod';

/** `T` with every string and number leaf also allowing `null` (a published, possibly hidden value). */
export type NullableLeaves<T> = T extends string | number
  ? T | null
  : T extends readonly (infer U)[]
    ? readonly NullableLeaves<U>[]
    : T extends object
      ? { readonly [K in keyof T]: NullableLeaves<T[K]> }
      : T;

const count = z.int().min(0).nullable();
const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: 'expected a decimal string such as "88.2"' })
  .nullable();
const SexCountsSchema = z.object({ women: count, men: count, other: count, unknown: count, total: count });
const AttributeSexSchema = z.object({ count, percentOfAll: decimal, percentOfSex: decimal });
const AttributeSchema = z.object({
  women: AttributeSexSchema,
  men: AttributeSexSchema,
  otherOrUnknown: z.object({ count }),
  total: z.object({ count, percentOfAll: decimal }),
  womenShareOfCategory: decimal,
});
const InvoluntarySexSchema = AttributeSexSchema.extend({ partTimers: count, answered: count, coverage: decimal });
const PaySexSchema = z.object({ count, mean: decimal, median: decimal });
const PayCellSchema = z.object({
  population: SexCountsSchema,
  women: PaySexSchema,
  men: PaySexSchema,
  womenShareOfMen: z.object({ mean: decimal, median: decimal }),
});
const KeyedPayCellSchema = PayCellSchema.extend({ key: z.string().nullable() });

/**
 * One hidden value, as the anonymisation lists it (ANON-6): path, rule, the threshold, the hidden value
 * it protects (secondary) and a reason. The statement's footnote says it in words from `rule`,
 * `threshold` and `protects` (the `reason` when they do not tell).
 *
 * @example
 * ```ts
 * SuppressionLikeSchema.parse({ path: ['pay', 'byLevel', 0, 'women', 'mean'], rule: 'primary', count: 3, threshold: 5, reason: { nb: 'Skjult', en: 'Hidden' } });
 * ```
 */
export const SuppressionLikeSchema = z.object({
  path: z.array(z.union([z.string(), z.int().min(0)])).readonly(),
  rule: z.string(),
  count: z.int().min(0).nullable().optional(),
  threshold: z.int().min(0).nullable().optional(),
  /** For a secondary suppression (ANON-3): the hidden value it protects. */
  protects: z
    .array(z.union([z.string(), z.int().min(0)]))
    .readonly()
    .optional(),
  reason: z.object({ nb: z.string(), nn: z.string().optional(), en: z.string() }),
});
/** One hidden value. See {@link SuppressionLikeSchema}. */
export interface SuppressionLike extends z.input<typeof SuppressionLikeSchema> {}

/**
 * The published figures a statement is built from ({@link buildStatement}'s `published`): the
 * parts of the anonymisation's `PublishedMapping` the statement reads — the internal mapping's
 * shape with hidden values `null`, plus the `suppressed` list. A raw `Mapping` is accepted too
 * (nothing hidden) — only for internal use, never for publication. Other fields are allowed and
 * not read; counts are whole numbers, shares, percentages and amounts decimal strings (`"88.2"`).
 *
 * @example
 * ```ts
 * const published = PublishedFiguresSchema.parse(JSON.parse(text)); // e.g. `likestilling report --publish` output
 * published.pay.total.womenShareOfMen.mean; // '91.7'
 * ```
 */
export const PublishedFiguresSchema = z.object({
  year: z.int(),
  referenceDate: z.iso.date(),
  population: SexCountsSchema,
  temporary: AttributeSchema,
  partTime: AttributeSchema,
  involuntaryPartTime: AttributeSchema.extend({
    women: InvoluntarySexSchema,
    men: InvoluntarySexSchema,
    total: z.object({ count, percentOfAll: decimal, partTimers: count, answered: count, coverage: decimal }),
  }),
  parentalLeave: z.object({ women: z.object({ persons: count, averageWeeks: decimal }), men: z.object({ persons: count, averageWeeks: decimal }) }),
  pay: z.object({ total: PayCellSchema, byLevel: z.array(KeyedPayCellSchema).readonly(), byGroup: z.array(KeyedPayCellSchema).readonly() }),
  /** The resolved statistics options (their `percentDecimals` is read); anything else is not looked at. */
  options: z.unknown().optional(),
  suppressed: z.array(SuppressionLikeSchema).readonly().optional(),
});
/** The published figures of a statement. See {@link PublishedFiguresSchema}. */
export interface PublishedFigures extends z.input<typeof PublishedFiguresSchema> {}
