import { z } from 'zod';
import { EMPLOYMENT_KINDS, PAY_COMPONENTS } from '../models/employee.js';
import { PAY_CONCEPTS } from '../statistics/types.js';
import { PublicationPolicySchema, type PublicationPolicy } from './policy.js';

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

/**
 * One hidden value and why (ANON-2, ANON-3): `path` of the value, `rule`, the `count` that
 * triggered it (persons of the sex in the cell, the attribute count or the rest of the cell),
 * the `threshold` it failed, for `secondary` the value it `protects`, and a sentence in bokmål
 * and English for the report. No amounts, names or ids.
 *
 * @example
 * ```ts
 * const s: Suppression = {
 *   path: ['pay', 'byLevel', 0, 'women', 'mean'], rule: 'primary', count: 4, threshold: 5,
 *   reason: { nb: 'Skjult: …', en: 'Hidden: …' },
 * };
 * ```
 */
export const SuppressionSchema = z.object({
  path: JsonPathSchema,
  rule: z.enum(SUPPRESSION_RULES),
  count: z.int().min(0).nullable(),
  threshold: z.int().min(0).nullable(),
  protects: JsonPathSchema.optional(),
  reason: z.object({ nb: z.string(), en: z.string() }),
});
/** A suppression entry. See {@link SuppressionSchema}. */
export type Suppression = z.output<typeof SuppressionSchema>;

/**
 * A merge of small job levels (`mergeSmallLevels`): the levels `from` (keys in the mapping) are
 * published as the one cell `key` in every pay section.
 *
 * @example
 * ```ts
 * const m: LevelMerge = { from: ['L3', 'L4'], key: 'L3 + L4', reason: { nb: '…', en: '…' } };
 * ```
 */
export const LevelMergeSchema = z.object({
  from: z.array(z.string()),
  key: z.string(),
  reason: z.object({ nb: z.string(), en: z.string() }),
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
});
/** A published table. See {@link PublishedMappingSchema}. */
export type PublishedMapping = z.output<typeof PublishedMappingSchema>;

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
}).extend({ payComponents: z.object(payComponentsShape).partial().optional() });
/** An auditable table. See {@link AuditInputSchema}. */
export type AuditInput = z.output<typeof AuditInputSchema>;

/**
 * Kinds of audit finding (`bounded` is only used in {@link AuditReport.bounded}).
 *
 * @example
 * ```ts
 * report.findings.filter((f) => f.kind === 'recoverable');
 * ```
 */
export const AUDIT_FINDING_KINDS = [
  /** A published figure with fewer persons behind it than the policy's threshold (ANON-2, ANON-4). */
  'below-threshold',
  /** A hidden value an attacker recomputes exactly or to within the tolerance (ANON-3). */
  'recoverable',
  /** An unpublished remainder (a unit's own staff outside its sub-units) whose small figure can be recomputed (ANON-3). */
  'remainder-disclosed',
  /** Several hidden cells whose combined figure (fewer persons than the threshold) can be recomputed (ANON-3). */
  'combination-disclosed',
  /** The input could not be read as a published table. */
  'unreadable',
  /** A hidden value narrowed only to a wider interval than the tolerance: information, listed under `bounded`, never under `findings`. */
  'bounded',
] as const;
/** A finding kind. See {@link AUDIT_FINDING_KINDS}. */
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

/**
 * One disclosure found by the audit: the `kind`, the `path` of the value (for a remainder, the
 * unit's path plus `'(own)'`), the `count` and `threshold` behind it, and for a recovered value the
 * attacker's `estimate` and its `error` bound (same unit as the value), and `via` the paths used.
 *
 * @example
 * ```ts
 * const f: AuditFinding = {
 *   kind: 'recoverable', path: ['pay', 'byLevel', 0, 'women', 'mean'], count: 4, threshold: 5,
 *   estimate: '41000.00', error: '0.28', via: [['pay', 'total', 'women', 'mean']],
 *   message: { nb: '…', en: '…' },
 * };
 * ```
 */
export interface AuditFinding {
  readonly kind: AuditFindingKind;
  readonly path: JsonPath;
  readonly count: number | null;
  readonly threshold: number | null;
  readonly estimate?: string;
  readonly error?: string;
  readonly via?: readonly JsonPath[];
  readonly message: { readonly nb: string; readonly en: string };
}

/**
 * The audit's result: `clean` when there is no finding; `findings` (sorted by path); `bounded`
 * lists hidden values the attacker pins down only to a wider interval than the tolerance
 * (information, not a finding); `policy` the thresholds used; `issues` the schema problems when
 * the input was unreadable.
 *
 * @example
 * ```ts
 * const report = auditPublication(JSON.parse(text));
 * if (!report.clean) console.log(report.findings.map((f) => f.message.en).join('\n'));
 * ```
 */
export interface AuditReport {
  readonly clean: boolean;
  readonly readable: boolean;
  readonly findings: readonly AuditFinding[];
  readonly bounded: readonly AuditFinding[];
  readonly policy: PublicationPolicy;
  readonly issues: readonly { readonly path: JsonPath; readonly message: string }[];
}
