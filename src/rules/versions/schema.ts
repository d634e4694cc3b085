import { z } from 'zod';
import { LEVEL_ORDERS } from '../../anonymisation/policy.js';
import { ReportingScheduleSchema } from '../../transparency/assessPayTransparencyDuty.js';

const IsoDateSchema = z.iso.date();

/**
 * One version of the rules as data (issue 20): the duty thresholds and the demand rule (COV-3,
 * COV-4), the mapping cycle and its reuse window (ACT-4, STM-6), the statement deadlines (STM-5),
 * the publication policy's defaults (ANON-2, ANON-3), the pay-transparency schedule (TRN-6) and the
 * legal basis of each rule, with the date the version is valid from and its source. A financial
 * year is judged by the version in force on its last day (DEF-REF).
 *
 * @example
 * ```ts
 * const next = RulesVersionSchema.parse({ ...RULES_2020_01_01, id: '2027-01-01', validFrom: '2027-01-01', coverage: { ...RULES_2020_01_01.coverage, fullDutyAbove: 30 } });
 * assessDuties({ sector: 'private' }, 2027, { headcount: 40, rules: [RULES_2020_01_01, next] }).statement; // true
 * ```
 */
export const RulesVersionSchema = z.strictObject({
  /** The version's name, by convention its `validFrom` date. */
  id: z.string().min(1),
  /** The first day the version applies (ISO date). */
  validFrom: IsoDateSchema,
  title: z.string().min(1),
  /** The acts, provisions and documents the values are taken from. */
  source: z.string().min(1),
  coverage: z.strictObject({
    /** COV-4/COV-5: private employers with at least this many have the duty on demand. */
    onDemandFrom: z.number().min(0),
    /** COV-3: private employers with more than this many have the full duty. */
    fullDutyAbove: z.number().min(0),
    /** COV-4: who may demand the extended duty. */
    demandParties: z.array(z.enum(['employer', 'employee-representatives', 'employee-majority'])).min(1),
    /** COV-4 [default]: how long a demand lasts. */
    demandScope: z.enum(['from-year-onwards', 'that-year-only']),
  }),
  mapping: z.strictObject({
    /** ACT-4: the financial year of the first biennial mapping at the latest. */
    firstMappingYear: z.int().min(1900).max(9999),
    /** ACT-4: a mapping at least every this many years. */
    everyYears: z.int().min(1).max(10),
    /** STM-6: biennial figures may be reused while `reportYear − mappedYear` is at most this. */
    reuseWindowYears: z.int().min(0).max(10),
  }),
  deadlines: z.strictObject({
    /** STM-5 [default]: months after the year end to adopt the annual report with the statement. */
    adoptionMonths: z.int().min(0).max(24),
    /** STM-5 [default]: months after the year end to file it. */
    filingMonths: z.int().min(0).max(24),
  }),
  /** ANON-2, ANON-3 [default]s: the publication policy's defaults. */
  publicationPolicy: z.strictObject({
    payMinPersons: z.int().min(1),
    attributeMinCount: z.int().min(1),
    attributeMinRest: z.int().min(1),
    parentalLeaveMinPersons: z.int().min(1),
    ratiosOnly: z.boolean(),
    mergeSmallLevels: z.boolean(),
    levelOrder: z.enum(LEVEL_ORDERS),
    recoveryTolerancePercent: z.number().min(0).max(100),
  }),
  /** TRN-6: who reports on pay transparency when (lazy: the transparency module reads this file too). */
  payTransparency: z.lazy(() => ReportingScheduleSchema),
  /** The provision of each rule ID, e.g. `{ 'COV-3': 'LDL § 26' }`. */
  legalBasis: z.record(z.string(), z.string().min(1)),
});

/**
 * One version of the rules. See {@link RulesVersionSchema}.
 *
 * @example
 * ```ts
 * const rules: RulesVersion = RULES_2020_01_01;
 * ```
 */
export type RulesVersion = z.output<typeof RulesVersionSchema>;
