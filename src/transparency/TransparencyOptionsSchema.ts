import { z } from 'zod';
import { EMPLOYMENT_KINDS, FullTimeHoursPerWeekSchema, IsoDateSchema, PAY_COMPONENTS, type EmploymentKind, type PayComponent } from '../models/employee.js';
import { addMonths } from '../_lib/dates.js';

/**
 * How persons tied on hourly pay across a quartile boundary are put into the bands (TRN-4):
 * `spread` (default, the UK's rule, SI 2017/172 reg. 13) spreads each tie group over the bands it
 * straddles in the group's own women/men proportion, so a band may hold a fraction of a tied person;
 * `sort-order` (British Columbia) cuts the sorted list at the boundary, ties in the order the persons
 * first appear in the records (a stable sort).
 *
 * @example
 * ```ts
 * computePayTransparency(records, { year: 2026, quartileTies: 'sort-order' }).options.quartileTies; // 'sort-order'
 * ```
 */
export const QUARTILE_TIE_RULES = ['spread', 'sort-order'] as const;
/**
 * A quartile tie rule (TRN-4). See {@link QUARTILE_TIE_RULES}.
 *
 * @example
 * ```ts
 * const rule: QuartileTieRule = 'spread';
 * ```
 */
export type QuartileTieRule = (typeof QUARTILE_TIE_RULES)[number];

/**
 * What a category of workers (TRN-3 (g), Art. 9(1)(g)) is: the employer's own grouping of equal work
 * or work of equal value (DEF-GRP), never inferred: the job group (`jobGroup`, default) or the job
 * level (`jobLevel`) of each person's main employment (DEF-POP).
 *
 * @example
 * ```ts
 * computePayTransparency(records, { year: 2026, categoryBy: 'jobLevel' }).categories.map((c) => c.key); // the job levels
 * ```
 */
export const CATEGORY_FIELDS = ['jobGroup', 'jobLevel'] as const;
/**
 * A category field (TRN-3 (g)). See {@link CATEGORY_FIELDS}.
 *
 * @example
 * ```ts
 * const by: CategoryField = 'jobGroup';
 * ```
 */
export type CategoryField = (typeof CATEGORY_FIELDS)[number];

/** The default complementary or variable components (TRN-1): every component but base pay. */
const DEFAULT_VARIABLE: readonly PayComponent[] = ['fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'];

/** A non-negative decimal number with at most two decimals (a threshold in percent). */
const TwoDecimals = z
  .number()
  .min(0)
  .max(100)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'expected at most two decimals' });

/**
 * What the caller states for one category of workers after a pay report (Art. 10(1)(b)–(c), TRN-5):
 * a justification of the difference by objective, gender-neutral criteria, and/or the date it was
 * (or will be) remedied.
 *
 * @example
 * ```ts
 * CategoryAssessmentSchema.parse({ remedyDate: '2027-10-01' }); // { justification: null, remedyDate: '2027-10-01' }
 * ```
 */
export const CategoryAssessmentSchema = z.strictObject({
  /** The objective, gender-neutral criteria that justify the difference (free text; not a pay amount or a name). */
  justification: z.string().trim().min(1).nullable().default(null),
  /** The date the unjustified difference is remedied (ISO). */
  remedyDate: IsoDateSchema.nullable().default(null),
});
/**
 * A category's justification and remedy date, as resolved (TRN-5).
 *
 * @example
 * ```ts
 * const stated: CategoryAssessment = { justification: null, remedyDate: '2027-10-01' };
 * ```
 */
export type CategoryAssessment = z.output<typeof CategoryAssessmentSchema>;

/**
 * The definitions of the pay-transparency indicators (Directive (EU) 2023/970, ARP.md §8), every
 * one an option echoed, resolved, in the result's `options` ({@link ResolvedTransparencyOptions}).
 * Only `year` is required.
 *
 * - `year`: the calendar year reported on (the report of 2027 covers 2026, TRN-6).
 * - `referenceDate` (DEF-REF, default 31 December of `year`): the persons active on it (DEF-POP).
 * - `includeKinds` (DEF-POP, default ordinary and maritime), `mergePersons` (DEF-POP, default true:
 *   the employments of one person are one person, as in the ARP statistics).
 * - `payComponents` (TRN-1, default all six: the directive's pay includes variable and in-kind
 *   components); `variableComponents` (default all but base pay): *complementary or variable*
 *   pay; *basic* pay is the rest of `payComponents` (default base pay).
 * - `fullTimeHoursPerWeek` (TRN-1, default 37.5): for a record that does not carry its own.
 * - `monthsPerYear` (12) and `weeksPerYear` (52): annual pay = months × monthly, annual hours =
 *   full-time weekly hours × position percent / 100 × weeks; hourly pay = annual pay / annual hours.
 * - `quartileTies` (TRN-4, default `spread`), see {@link QUARTILE_TIE_RULES}.
 * - `categoryBy` (TRN-3 (g), default `jobGroup`), see {@link CATEGORY_FIELDS}.
 * - `gapDecimals` (TRN-2, default 1, half away from zero) and `percentDecimals` (shares, default 1, half-up).
 * - `jointAssessmentThresholdPercent` (TRN-5, default 5, compared with the unrounded gap),
 *   `reportDate` (default 7 June of the year after `year`, the directive's date) and
 *   `remedyMonths` (6): a category's difference counts as remedied when remedied by then.
 * - `categoryAssessments`: per category key, a justification and/or a remedy date (TRN-5).
 *
 * @example
 * ```ts
 * const o = TransparencyOptionsSchema.parse({ year: 2026 });
 * o.referenceDate;      // '2026-12-31'
 * o.basicComponents;    // ['basePay']
 * o.reportDate;         // '2027-06-07'
 * ```
 */
export const TransparencyOptionsSchema = z
  .strictObject({
    year: z.number().int().min(1900).max(9998),
    referenceDate: IsoDateSchema.optional(),
    includeKinds: z.array(z.enum(EMPLOYMENT_KINDS)).min(1).default(['ordinary', 'maritime']),
    mergePersons: z.boolean().default(true),
    payComponents: z
      .array(z.enum(PAY_COMPONENTS))
      .min(1)
      .default([...PAY_COMPONENTS]),
    variableComponents: z.array(z.enum(PAY_COMPONENTS)).default([...DEFAULT_VARIABLE]),
    fullTimeHoursPerWeek: FullTimeHoursPerWeekSchema.default(37.5),
    monthsPerYear: z.number().int().min(1).max(12).default(12),
    weeksPerYear: z.number().int().min(1).max(53).default(52),
    quartileTies: z.enum(QUARTILE_TIE_RULES).default('spread'),
    categoryBy: z.enum(CATEGORY_FIELDS).default('jobGroup'),
    gapDecimals: z.number().int().min(0).max(6).default(1),
    percentDecimals: z.number().int().min(0).max(6).default(1),
    jointAssessmentThresholdPercent: TwoDecimals.default(5),
    reportDate: IsoDateSchema.optional(),
    remedyMonths: z.number().int().min(0).max(120).default(6),
    categoryAssessments: z.record(z.string(), CategoryAssessmentSchema).default({}),
  })
  .superRefine((o, ctx) => {
    const pay = new Set(o.payComponents);
    o.variableComponents.forEach((c, i) => {
      if (!pay.has(c)) ctx.addIssue({ code: 'custom', path: ['variableComponents', i], message: `${c} is not among payComponents` });
    });
  })
  .transform((o): ResolvedTransparencyOptions => {
    const payComponents = inOrder(PAY_COMPONENTS, o.payComponents);
    const variable = new Set(o.variableComponents);
    const reportDate = o.reportDate ?? `${String(o.year + 1).padStart(4, '0')}-06-07`;
    const categoryAssessments: Record<string, CategoryAssessment> = {};
    for (const key of Object.keys(o.categoryAssessments).sort()) categoryAssessments[key] = o.categoryAssessments[key]!;
    return {
      year: o.year,
      referenceDate: o.referenceDate ?? `${String(o.year).padStart(4, '0')}-12-31`,
      includeKinds: inOrder(EMPLOYMENT_KINDS, o.includeKinds),
      mergePersons: o.mergePersons,
      payComponents,
      basicComponents: payComponents.filter((c) => !variable.has(c)),
      variableComponents: payComponents.filter((c) => variable.has(c)),
      variableRecipient: 'variable-pay-above-zero',
      fullTimeHoursPerWeek: o.fullTimeHoursPerWeek,
      monthsPerYear: o.monthsPerYear,
      weeksPerYear: o.weeksPerYear,
      quartileTies: o.quartileTies,
      categoryBy: o.categoryBy,
      moneyRounding: 'half-up',
      gapDecimals: o.gapDecimals,
      gapRounding: 'half-away-from-zero',
      percentDecimals: o.percentDecimals,
      percentRounding: 'half-up',
      jointAssessmentThresholdPercent: o.jointAssessmentThresholdPercent,
      reportDate,
      remedyMonths: o.remedyMonths,
      remedyDeadline: addMonths(reportDate, o.remedyMonths),
      categoryAssessments,
    };
  });

/**
 * What {@link TransparencyOptionsSchema} accepts: only `year` is required (TRN-1…TRN-5).
 *
 * @example
 * ```ts
 * const options: TransparencyOptions = { year: 2026, fullTimeHoursPerWeek: 37.5 };
 * ```
 */
export type TransparencyOptions = z.input<typeof TransparencyOptionsSchema>;

/**
 * The definitions used, every one stated in the result (TRN-1…TRN-5; ARP.md [default]s).
 * `basicComponents` is derived (pay components that are not variable); `variableRecipient`,
 * `moneyRounding`, `gapRounding` and `percentRounding` name fixed conventions; `remedyDeadline`
 * is `reportDate` + `remedyMonths` months.
 *
 * @example
 * ```ts
 * const o: ResolvedTransparencyOptions = computePayTransparency(records, { year: 2026 }).options;
 * o.remedyDeadline; // '2027-12-07'
 * ```
 */
export interface ResolvedTransparencyOptions {
  readonly year: number;
  readonly referenceDate: string;
  readonly includeKinds: readonly EmploymentKind[];
  readonly mergePersons: boolean;
  readonly payComponents: readonly PayComponent[];
  readonly basicComponents: readonly PayComponent[];
  readonly variableComponents: readonly PayComponent[];
  /** A person receives complementary or variable pay when the sum of its variable components is above 0. */
  readonly variableRecipient: 'variable-pay-above-zero';
  readonly fullTimeHoursPerWeek: number;
  readonly monthsPerYear: number;
  readonly weeksPerYear: number;
  readonly quartileTies: QuartileTieRule;
  readonly categoryBy: CategoryField;
  /** Money: half-up (away from zero) to whole øre. */
  readonly moneyRounding: 'half-up';
  readonly gapDecimals: number;
  /** Gaps: rounded once, half away from zero (TRN-2: −2.25 → −2.3). */
  readonly gapRounding: 'half-away-from-zero';
  readonly percentDecimals: number;
  /** Shares of persons: half-up. */
  readonly percentRounding: 'half-up';
  readonly jointAssessmentThresholdPercent: number;
  readonly reportDate: string;
  readonly remedyMonths: number;
  readonly remedyDeadline: string;
  readonly categoryAssessments: Readonly<Record<string, CategoryAssessment>>;
}

/** Deduplicated, in the canonical order of `all`, so equal option sets resolve equal. */
function inOrder<T extends EmploymentKind | PayComponent>(all: readonly T[], chosen: readonly T[]): T[] {
  const set = new Set(chosen);
  return all.filter((x) => set.has(x));
}

/**
 * Resolves pay-transparency options: fills every default (TRN-1…TRN-5) and derives basic pay and
 * the remedy deadline. A resolved object (a result's `options`) resolves to itself.
 *
 * @param options - the options as given (only `year` is required), or a result's `options`
 * @returns the resolved options, as echoed in the result's `options`
 * @throws {z.ZodError} when an option is invalid (its `issues` name the path)
 * @example
 * ```ts
 * resolveTransparencyOptions({ year: 2026, variableComponents: ['bonus'] }).basicComponents;
 * // ['basePay', 'fixedAllowances', 'irregularAllowances', 'overtime', 'benefitsInKind']
 * ```
 */
export function resolveTransparencyOptions(options: TransparencyOptions | ResolvedTransparencyOptions): ResolvedTransparencyOptions {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options from plain JavaScript may be anything
  if (typeof options === 'object' && options !== null && 'basicComponents' in options && 'remedyDeadline' in options) {
    const derived = new Set(['basicComponents', 'variableRecipient', 'moneyRounding', 'gapRounding', 'percentRounding', 'remedyDeadline']);
    const rest = Object.fromEntries(Object.entries(options).filter(([key]) => !derived.has(key)));
    return TransparencyOptionsSchema.parse(rest);
  }
  return TransparencyOptionsSchema.parse(options);
}
