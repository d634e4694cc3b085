import { z } from 'zod';
import { EMPLOYMENT_KINDS, PAY_COMPONENTS } from '../models/employee.js';
import { PAY_CONCEPTS } from '../statistics/types.js';
import { PublicationPolicySchema, type PublicationPolicy } from './policy.js';
import type { Expectation } from '../locales/index.js';

/*
 * The published table (ANON-1…5): the shape of the internal `Mapping` (src/statistics/types.ts)
 * with every hidden value `null`, plus the `suppressed` list, the level `merges` and the `policy`.
 * These zod schemas are also the documented input of `auditPublication` for tables made by other
 * tools (schemas/published.schema.json is generated from `AuditInputSchema`).
 */

const money = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string such as "55280.00"');
const percent = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string such as "88.2"');
const count = z.int().min(0);

const SexCountsSchema = z.object({
  women: count,
  men: count,
  other: count,
  unknown: count,
  total: count,
});

const AttributeSexSchema = z.object({
  count: count.nullable(),
  percentOfAll: percent.nullable(),
  percentOfSex: percent.nullable(),
});

const AttributeSchema = z.object({
  women: AttributeSexSchema,
  men: AttributeSexSchema,
  otherOrUnknown: z.object({ count: count.nullable() }),
  total: z.object({ count: count.nullable(), percentOfAll: percent.nullable() }),
  womenShareOfCategory: percent.nullable(),
});

const InvoluntarySexSchema = AttributeSexSchema.extend({
  partTimers: count.nullable(),
  answered: count.nullable(),
  coverage: percent.nullable(),
});

const InvoluntarySchema = AttributeSchema.extend({
  women: InvoluntarySexSchema,
  men: InvoluntarySexSchema,
  total: z.object({
    count: count.nullable(),
    percentOfAll: percent.nullable(),
    partTimers: count.nullable(),
    answered: count.nullable(),
    coverage: percent.nullable(),
  }),
});

const ParentalLeaveSexSchema = z.object({ persons: count.nullable(), averageWeeks: z.string().nullable() });
const ParentalLeaveSchema = z.object({ women: ParentalLeaveSexSchema, men: ParentalLeaveSexSchema });

const PaySexSchema = z.object({ count, mean: money.nullable(), median: money.nullable() });
const PayCellSchema = z.object({
  population: SexCountsSchema,
  women: PaySexSchema,
  men: PaySexSchema,
  womenShareOfMen: z.object({ mean: percent.nullable(), median: percent.nullable() }),
});
const KeyedPayCellSchema = PayCellSchema.extend({ key: z.string().nullable() });

const PaySectionSchema = z.object({
  measure: z.enum([...PAY_CONCEPTS, ...PAY_COMPONENTS]),
  total: PayCellSchema,
  byLevel: z.array(KeyedPayCellSchema),
  byGroup: z.array(KeyedPayCellSchema),
});

const UnitSchema = z.object({
  key: z.string().nullable(),
  depth: z.int().min(0),
  parent: z.string().nullable(),
  population: SexCountsSchema,
  temporary: AttributeSchema,
  partTime: AttributeSchema,
  involuntaryPartTime: InvoluntarySchema,
  parentalLeave: ParentalLeaveSchema,
  pay: PayCellSchema,
  agreedPay: PayCellSchema,
});

const OptionsSchema = z.looseObject({
  year: z.int(),
  fiscalYearEnd: z.string(),
  fiscalYearStart: z.string(),
  fiscalYearLast: z.string(),
  referenceDate: z.string(),
  includeKinds: z.array(z.enum(EMPLOYMENT_KINDS)),
  mergePersons: z.boolean(),
  partTimeBelow: z.number(),
  monthlyPayComponents: z.array(z.enum(PAY_COMPONENTS)),
  agreedPayComponents: z.array(z.enum(PAY_COMPONENTS)),
  percentDecimals: z.int(),
  rounding: z.literal('half-up'),
  parentalLeavePopulation: z.enum(['financial-year', 'reference-date']).optional(),
  weeksDecimals: z.int().optional(),
});

/**
 * Which rule hid a value: `primary` (an ANON-2/ANON-4 threshold), `secondary` (ANON-3: it would
 * give a hidden value back), `by-choice` (the policy, e.g. ratios only).
 *
 * @example
 * ```ts
 * published.suppressed.filter((s) => s.rule === SUPPRESSION_RULES[1]); // the secondary ones
 * ```
 */
export const SUPPRESSION_RULES = ['primary', 'secondary', 'by-choice'] as const;
/** A suppression rule. See {@link SUPPRESSION_RULES}. */
export type SuppressionRule = (typeof SUPPRESSION_RULES)[number];

/**
 * A JSON path into the published table: property names and array indexes.
 *
 * @example
 * ```ts
 * const path = JsonPathSchema.parse(['pay', 'byLevel', 2, 'women', 'mean']);
 * ```
 */
export const JsonPathSchema = z.array(z.union([z.string(), z.int().min(0)]));
/** A JSON path. See {@link JsonPathSchema}. */
export type JsonPath = z.output<typeof JsonPathSchema>;

/** A sentence in bokmål, nynorsk and English. */
const TextSchema = z.object({ nb: z.string(), nn: z.string(), en: z.string() });

/**
 * One hidden value and why (ANON-6): `path` of the value, `rule`, the policy's `threshold` that
 * applies, for `secondary` the hidden value it `protects`, and a sentence per language. A reason
 * never states a hidden count or amount, nor one that with the published figures gives a hidden
 * one back: the two cases of the attribute rule (few with the attribute, few without it) read the
 * same. No amounts, names or ids.
 *
 * @example
 * ```ts
 * const s: Suppression = {
 *   path: ['pay', 'byLevel', 0, 'women', 'mean'], rule: 'primary', threshold: 5,
 *   reason: { nb: 'Skjult fordi …', nn: 'Skjult fordi …', en: 'Hidden because …' },
 * };
 * ```
 */
export const SuppressionSchema = z.object({
  path: JsonPathSchema,
  rule: z.enum(SUPPRESSION_RULES),
  threshold: z.int().min(0).nullable(),
  protects: JsonPathSchema.optional(),
  reason: TextSchema,
});
/** A suppression entry. See {@link SuppressionSchema}. */
export type Suppression = z.output<typeof SuppressionSchema>;

/**
 * A merge of small job levels (`mergeSmallLevels`): the levels `from` (keys in the mapping) are
 * published as the one cell `key` in every pay section.
 *
 * @example
 * ```ts
 * const m: LevelMerge = { from: ['L3', 'L4'], key: 'L3 + L4', reason: { nb: '…', nn: '…', en: '…' } };
 * ```
 */
export const LevelMergeSchema = z.object({
  from: z.array(z.string()),
  key: z.string(),
  reason: TextSchema,
});
/** A level merge. See {@link LevelMergeSchema}. */
export type LevelMerge = z.output<typeof LevelMergeSchema>;

const payComponentsShape = {
  basePay: PaySectionSchema,
  fixedAllowances: PaySectionSchema,
  irregularAllowances: PaySectionSchema,
  bonus: PaySectionSchema,
};

/**
 * The published table as the library writes it (`publish`, `likestilling report --publish
 * --format json`): the internal mapping's shape, hidden values `null`, plus `suppressed`,
 * `merges` and `policy`. Parse JSON with it to get a typed {@link PublishedMapping}.
 *
 * @example
 * ```ts
 * const published = PublishedMappingSchema.parse(JSON.parse(text));
 * published.suppressed.length;
 * ```
 */
export const PublishedMappingSchema = z.object({
  year: z.int(),
  referenceDate: z.string(),
  population: SexCountsSchema,
  temporary: AttributeSchema,
  partTime: AttributeSchema,
  involuntaryPartTime: InvoluntarySchema,
  parentalLeave: ParentalLeaveSchema,
  pay: PaySectionSchema,
  agreedPay: PaySectionSchema,
  payComponents: z.object(payComponentsShape),
  byUnit: z.array(UnitSchema),
  excluded: z.record(z.string(), z.int().min(0)),
  records: z.int().min(0),
  warnings: z.record(z.string(), z.int().min(0)),
  options: OptionsSchema,
  suppressed: z.array(SuppressionSchema),
  merges: z.array(LevelMergeSchema),
  policy: PublicationPolicySchema,
  /** The version of the rules whose policy defaults were used (e.g. `"2020-01-01"`); absent in tables of other tools and older versions. */
  rulesVersion: z.string().optional(),
});
/** A published table. See {@link PublishedMappingSchema}. */
export type PublishedMapping = z.output<typeof PublishedMappingSchema>;

/**
 * What `publish` accepts: the internal mapping (`computeMapping`'s result) — the published
 * table's shape without `suppressed`, `merges` and `policy`.
 *
 * @example
 * ```ts
 * MappingInputSchema.safeParse(computeMapping(records, { year: 2025 })).success; // true
 * ```
 */
export const MappingInputSchema = PublishedMappingSchema.omit({ suppressed: true, merges: true, policy: true, rulesVersion: true });

/**
 * What `auditPublication` accepts: the {@link PublishedMappingSchema} shape where only
 * `population` and `pay` are required, so that tables from other tools can be checked. Missing
 * parts are simply not examined. `schemas/published.schema.json` is this schema as JSON Schema.
 *
 * @example
 * ```ts
 * const table = AuditInputSchema.parse({ population, pay: { measure: 'monthly', total, byLevel: [], byGroup: [] } });
 * ```
 */
export const AuditInputSchema = PublishedMappingSchema.partial({
  year: true,
  referenceDate: true,
  temporary: true,
  partTime: true,
  involuntaryPartTime: true,
  parentalLeave: true,
  agreedPay: true,
  payComponents: true,
  byUnit: true,
  excluded: true,
  records: true,
  warnings: true,
  options: true,
  suppressed: true,
  merges: true,
  policy: true,
}).extend({
  payComponents: z.object(payComponentsShape).partial().optional(),
  // only the path and the rule of a suppression matter to the audit (tables of other tools, older versions)
  suppressed: z.array(z.looseObject({ path: JsonPathSchema, rule: z.enum(SUPPRESSION_RULES) })).optional(),
});
/** An auditable table. See {@link AuditInputSchema}. */
export type AuditInput = z.output<typeof AuditInputSchema>;

/**
 * Kinds of audit finding.
 *
 * @example
 * ```ts
 * report.findings.filter((f) => f.kind === 'recoverable');
 * ```
 */
export const AUDIT_FINDING_KINDS = [
  /** A published figure with fewer persons behind it than the policy's threshold (ANON-2, ANON-4). */
  'below-threshold',
  /** A hidden value a reader narrows to a single value, to within the tolerance, or (a count of a group below the threshold) enough to tell "all" from "none" (ANON-7). */
  'recoverable',
  /** The unpublished figure of a unit's own staff outside its sub-units, a small group, that a reader can recompute (ANON-3). */
  'remainder-disclosed',
  /** Several hidden pay cells whose combined figure (fewer persons than the threshold) a reader can recompute (ANON-3). */
  'combination-disclosed',
  /** The input cannot be read as a published table, or its figures contradict each other. */
  'unreadable',
] as const;
/** A finding kind. See {@link AUDIT_FINDING_KINDS}. */
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

/**
 * How closely a reader narrows a hidden value: `exact` (one value; a percent: every value of its
 * interval rounds to one published figure), `within-tolerance` (an amount or share to within
 * `recoveryTolerancePercent`), `all-or-none` (a count of a group smaller than the threshold, narrowed
 * so that "all" and "none" are not both possible), `undetermined` (the solver could not show it
 * safe: treated as disclosed).
 *
 * @example
 * ```ts
 * report.findings.filter((f) => f.criterion === DISCLOSURE_CRITERIA[0]); // pinned exactly
 * ```
 */
export const DISCLOSURE_CRITERIA = ['exact', 'within-tolerance', 'all-or-none', 'undetermined'] as const;
/** A disclosure criterion. See {@link DISCLOSURE_CRITERIA}. */
export type DisclosureCriterion = (typeof DISCLOSURE_CRITERIA)[number];

/**
 * One relation of the chain that pins a disclosed value: what it says and the published figures in it.
 *
 * @example
 * ```ts
 * const step: AuditRelation = { relation: { nb: '…', nn: '…', en: 'byUnit["Dir"]: women + men + other/unknown = total' }, paths: [['byUnit', 0, 'temporary', 'total', 'count']] };
 * ```
 */
export interface AuditRelation {
  readonly relation: { readonly nb: string; readonly nn: string; readonly en: string };
  readonly paths: readonly JsonPath[];
}

/**
 * One disclosure found by the audit: the `kind`, the `path` of the value (for a unit's own staff,
 * the unit's path, `'(own)'`, then the figure), how it is narrowed (`criterion`) to which
 * `interval` (a count, a mean in NOK, an average of weeks, a percent), the `count` and `threshold` behind a
 * published figure below the threshold, `via` the chain of relations that pins it, and a sentence.
 *
 * @example
 * ```ts
 * const f: AuditFinding = {
 *   kind: 'recoverable', path: ['byUnit', 3, 'temporary', 'women', 'count'], criterion: 'exact', count: null, threshold: 3,
 *   interval: { lower: '1', upper: '1' }, via: [], message: { nb: '…', nn: '…', en: '…' },
 * };
 * ```
 */
export interface AuditFinding {
  readonly kind: AuditFindingKind;
  readonly path: JsonPath;
  readonly criterion?: DisclosureCriterion;
  readonly count: number | null;
  readonly threshold: number | null;
  readonly interval?: { readonly lower: string; readonly upper: string };
  readonly via?: readonly AuditRelation[];
  readonly message: { readonly nb: string; readonly nn: string; readonly en: string };
}

/**
 * The audit's result: `clean` when there is no finding; `findings` (sorted by path); `examined` the
 * hidden values and small unpublished groups checked (not the amounts left out by choice: no secret
 * of a small group); `policy` the thresholds used; `issues` the
 * problems when the input was unreadable.
 *
 * @example
 * ```ts
 * const report = await auditPublication(JSON.parse(text));
 * if (!report.clean) console.log(report.findings.map((f) => f.message.en).join('\n'));
 * ```
 */
export interface AuditReport {
  readonly clean: boolean;
  readonly readable: boolean;
  readonly findings: readonly AuditFinding[];
  readonly examined: number;
  readonly policy: PublicationPolicy;
  readonly issues: readonly AuditIssue[];
}

/**
 * Why an audited table could not be read: the path, what was expected there in English
 * (`message`) and as data (`expectation`, for `formatDiagnostic`'s languages).
 *
 * @example
 * ```ts
 * const report = await auditPublication({ population: {} });
 * report.issues[0]?.path; // ['population', 'total']
 * ```
 */
export interface AuditIssue {
  readonly path: JsonPath;
  readonly message: string;
  readonly expectation: Expectation;
}
