/**
 * The statement (*likestillingsredegjørelse*, LDL § 26 a, ARP.md §4 STM-*) as data: a
 * language-neutral {@link Report} with a zod schema ({@link ReportSchema}) from which the shipped
 * JSON Schema `schemas/report.schema.json` is generated for callers in other languages.
 *
 * Renderers (Markdown, HTML, xlsx) only format what is here: every figure, footnote and piece of
 * text of a rendered statement comes from the report object.
 */
import { z } from 'zod';
import { EmployerTextSchema } from '../models/text.js';
import { PublicPayTransparencySchema } from '../transparency/publishedSchema.js';
import { GapExplanationSchema } from './explanation.js';

/**
 * Current version of the report JSON shape.
 *
 * @example
 * ```ts
 * report.schemaVersion === REPORT_SCHEMA_VERSION; // true for reports of this version
 * ```
 */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * The part-1 tables (ARP.md §5), in the order a statement shows them:
 * `sex-balance` STAT-A1, `temporary` STAT-A2, `part-time` STAT-A3, `parental-leave` STAT-A4 (every
 * year); `pay` STAT-B1/B2, `sex-distribution` STAT-B3, `involuntary-part-time` STAT-B4 (at least
 * every second year).
 *
 * @example
 * ```ts
 * report.part1?.tables.map((t) => t.id); // in TABLE_IDS order
 * ```
 */
export const TABLE_IDS = ['sex-balance', 'temporary', 'part-time', 'parental-leave', 'pay', 'sex-distribution', 'involuntary-part-time'] as const;
/** A part-1 table id. See {@link TABLE_IDS}. */
export type TableId = (typeof TABLE_IDS)[number];

/**
 * Tables that must be given every year (STAT-A*).
 *
 * @example
 * ```ts
 * ANNUAL_TABLE_IDS.includes('temporary'); // true
 * ```
 */
export const ANNUAL_TABLE_IDS = ['sex-balance', 'temporary', 'part-time', 'parental-leave'] as const satisfies readonly TableId[];
/**
 * Tables required at least every second year (STAT-B*); reusable from last year's statement (STM-6).
 *
 * @example
 * ```ts
 * BIENNIAL_TABLE_IDS.includes('pay'); // true
 * ```
 */
export const BIENNIAL_TABLE_IDS = ['pay', 'sex-distribution', 'involuntary-part-time'] as const satisfies readonly TableId[];

/**
 * Columns of the part-1 tables. Counts: `count`, `persons`, `women`, `men`; percentages:
 * `percentOfAll`, `percentOfSex`, `coverage`, `womenPercent`, `shareMean`, `shareMedian`
 * (women's share of men's pay, *kvinners andel av menns lønn*); weeks: `averageWeeks`;
 * NOK (only when the options ask for amounts): `womenMean`, `menMean`.
 *
 * @example
 * ```ts
 * report.part1?.tables.find((t) => t.id === 'pay')?.columns; // ['shareMean', 'shareMedian']
 * ```
 */
export const COLUMN_IDS = [
  'count',
  'percentOfAll',
  'percentOfSex',
  'persons',
  'averageWeeks',
  'shareMean',
  'shareMedian',
  'womenMean',
  'menMean',
  'women',
  'men',
  'womenPercent',
  'coverage',
] as const;
/** A column id. See {@link COLUMN_IDS}. */
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * What a cell's value is: a whole count, a percentage, NOK, or weeks.
 *
 * @example
 * ```ts
 * cell.kind === 'percent'; // a percentage, e.g. "88.2"
 * ```
 */
export const VALUE_KINDS = ['count', 'percent', 'nok', 'weeks'] as const;
/** A value kind. See {@link VALUE_KINDS}. */
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * State of a cell's value: `published`; `hidden` by anonymisation (ANON-*; the cell carries a
 * footnote with the reason); `not-available` (no person behind it, e.g. a share with no men).
 *
 * @example
 * ```ts
 * if (cell.status === 'hidden') console.log(cell.footnotes); // the footnote ids
 * ```
 */
export const CELL_STATUSES = ['published', 'hidden', 'not-available'] as const;
/** A cell status. See {@link CELL_STATUSES}. */
export type CellStatus = (typeof CELL_STATUSES)[number];

/**
 * Kinds of table rows: a sex, other/unknown sex (DEF-SEX), the total, or a level/group.
 *
 * @example
 * ```ts
 * table.rows.filter((r) => r.kind === 'level').map((r) => r.level);
 * ```
 */
export const ROW_KINDS = ['women', 'men', 'otherOrUnknown', 'total', 'level'] as const;
/** A row kind. See {@link ROW_KINDS}. */
export type RowKind = (typeof ROW_KINDS)[number];

const PathSchema = z.array(z.union([z.string(), z.number()]));

/**
 * One value of a part-1 table, with last year's value and the change.
 *
 * @example
 * ```ts
 * ReportCellSchema.parse({ column: 'count', kind: 'count', value: '12', status: 'published', footnotes: [], source: ['population', 'women'] });
 * ```
 */
export const ReportCellSchema = z.object({
  column: z.enum(COLUMN_IDS),
  kind: z.enum(VALUE_KINDS),
  /** This year's value as published: `"12"`, `"88.2"`, `"55280.00"`; `null` when hidden or not available. */
  value: z.string().nullable(),
  status: z.enum(CELL_STATUSES),
  /** Last year's value from last year's statement; `null` when it was hidden or not there. Absent without a previous statement. */
  previous: z.string().nullable().optional(),
  /** `value − previous` (counts, NOK, weeks; percentage points for percentages); `null` when either is missing. */
  change: z.string().nullable().optional(),
  /** Ids of the footnotes explaining a hidden value (every hidden value has one). */
  footnotes: z.array(z.number().int().positive()),
  /** JSON path of the value in the published figures it was read from (empty when computed from several). */
  source: PathSchema,
});
/** A table cell. */
export interface ReportCell extends z.output<typeof ReportCellSchema> {}

/**
 * One row of a part-1 table.
 *
 * @example
 * ```ts
 * ReportRowSchema.parse({ id: 'women', kind: 'women', cells: [] });
 * ```
 */
export const ReportRowSchema = z.object({
  /** Unique in the table: `women`, `men`, `otherOrUnknown`, `total`, or `level:<key>` / `level:` for records without level. */
  id: z.string(),
  kind: z.enum(ROW_KINDS),
  /** The employer's own level/group name for `level` rows (`null` = records without a level); absent otherwise. */
  level: z.string().nullable().optional(),
  cells: z.array(ReportCellSchema),
});
/** A table row. */
export interface ReportRow extends z.output<typeof ReportRowSchema> {}

/**
 * A sentence under a table (e.g. why a share differs from one in another table: another
 * denominator), generated from the published figures.
 *
 * @example
 * ```ts
 * report.part1?.tables.flatMap((t) => t.notes ?? []).map((n) => n.text.nb);
 * ```
 */
export const TableNoteSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  text: z.object({ nb: z.string(), en: z.string(), nn: z.string().optional() }),
});
/** A sentence under a table. */
export interface TableNote extends z.output<typeof TableNoteSchema> {}

/**
 * A part-1 table (ARP.md §5) with this year, last year and the change side by side.
 *
 * @example
 * ```ts
 * const pay = report.part1?.tables.find((t) => t.id === 'pay'); // a ReportTable
 * ```
 */
export const ReportTableSchema = z.object({
  id: z.enum(TABLE_IDS),
  /** The STAT-* rules the table answers. */
  rules: z.array(z.string()),
  frequency: z.enum(['annual', 'biennial']),
  /** Year the figures were mapped (the financial year, or an earlier one for reused biennial figures). */
  mappedYear: z.number().int(),
  /** True when the figures are reused from last year's statement (STM-6). */
  reused: z.boolean(),
  columns: z.array(z.enum(COLUMN_IDS)),
  rows: z.array(ReportRowSchema),
  /** Sentences under the table (absent: none). */
  notes: z.array(TableNoteSchema).optional(),
});
/** A part-1 table. */
export interface ReportTable extends z.output<typeof ReportTableSchema> {}

/**
 * Languages the report renderers write: `nb` bokmål, `nn` nynorsk, `en` English.
 *
 * @example
 * ```ts
 * renderHtml(report, { lang: 'nn' }); // nynorsk
 * ```
 */
export const REPORT_LANGUAGES = ['nb', 'nn', 'en'] as const;
/** A report language. See {@link REPORT_LANGUAGES}. */
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/**
 * Options of the renderers (`renderHtml`, `renderMarkdown`, `renderWorkbook`): `lang`, the
 * language of the text, `nb` bokmål (default), `nn` nynorsk or `en` English; `showRules`, an
 * auditor's appendix with the rule IDs (ARP.md) behind every table, note and duty — a public
 * statement shows none in its headings (default false).
 *
 * @example
 * ```ts
 * RenderOptionsSchema.parse({ lang: 'nn', showRules: true });
 * ```
 */
export const RenderOptionsSchema = z.strictObject({ lang: z.enum(REPORT_LANGUAGES).optional(), showRules: z.boolean().optional() });
/** Options of the renderers. See {@link RenderOptionsSchema}. */
export interface RenderOptions extends z.input<typeof RenderOptionsSchema> {}

/**
 * A text in the languages the library writes: bokmål and English always, nynorsk when the
 * library has it (texts from the diagnostics and the anonymisation fall back to bokmål).
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ nb: 'Skjult', en: 'Hidden' });
 * ```
 */
export const LocalizedTextSchema = z.object({ nb: z.string(), en: z.string(), nn: z.string().optional() });
/** A text in bokmål and English. */
export interface LocalizedText extends z.output<typeof LocalizedTextSchema> {}

/**
 * A footnote explaining hidden values in words (ANON-6): too few persons behind the figure (the
 * threshold), or the figure would let a reader work out another hidden figure by subtraction (which
 * one, and from what), or amounts not published by choice. Built from each suppression's `rule`,
 * `threshold` and `protects`.
 *
 * @example
 * ```ts
 * report.part1?.footnotes.map((f) => `${f.id}. ${f.text.en}`);
 * ```
 */
export const FootnoteSchema = z.object({
  id: z.number().int().positive(),
  /** `primary` / `secondary` / `by-choice` (from the suppression), or `not-available`. */
  rule: z.string(),
  /** The rule IDs behind it (ANON-2, ANON-3, STAT-B0 …), for the auditor's appendix. */
  rules: z.array(z.string()).optional(),
  /** The threshold that applied (persons), when one did. */
  threshold: z.number().int().nullable().optional(),
  text: LocalizedTextSchema,
  /** Paths of the hidden values in the published figures. */
  paths: z.array(PathSchema),
});
/** A footnote. */
export interface Footnote extends z.output<typeof FootnoteSchema> {}

/**
 * One sentence of the generated factual commentary (STM-3 part 1: assessment against earlier years).
 *
 * @example
 * ```ts
 * report.part1?.commentary.map((c) => c.text.nb).join(' ');
 * ```
 */
export const CommentarySchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  /** The sentence as generated; the employer may edit it. Never a personal reason (STM-8). */
  text: LocalizedTextSchema,
});
/** A commentary sentence. */
export interface Commentary extends z.output<typeof CommentarySchema> {}

/**
 * A completeness problem of the statement (as a library diagnostic: code, severity, path, params).
 *
 * @example
 * ```ts
 * report.completeness.issues.filter((i) => i.code === 'missing_figure');
 * ```
 */
export const ReportIssueSchema = z.object({
  /** A library diagnostic code (`DIAGNOSTIC_CODES`, e.g. `missing_figure`); a string so that new codes keep old readers valid. */
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  path: PathSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  text: LocalizedTextSchema,
});
/** A completeness problem. */
export interface ReportIssue extends z.output<typeof ReportIssueSchema> {}

/**
 * The employer's own assessment of the figures and possible structural causes (STM-3; never
 * personal reasons, STM-8): paragraphs (each the same in every language, or per language), or a
 * list of paragraphs per language (`{ "nb": […], "en": […] }`) — each statement shows its own
 * language's (nynorsk falls back to bokmål, English to bokmål).
 *
 * @example
 * ```ts
 * AssessmentSchema.parse({ nb: ['Forskjellen skyldes …'], en: ['The difference is due to …'] });
 * ```
 */
export const AssessmentSchema = z.union([
  z.array(EmployerTextSchema),
  z.strictObject({ nb: z.array(z.string()).optional(), nn: z.array(z.string()).optional(), en: z.array(z.string()).optional() }),
]);
/** The employer's assessment. See {@link AssessmentSchema}. */
export type Assessment = z.output<typeof AssessmentSchema>;

/** Representatives who took part in a step (ACT-5), as written in the cycle (role and organisation, per language when given so). */
const ParticipantsSchema = z.array(EmployerTextSchema);

/**
 * One entry of a part-2 element: a record of the cycle rendered as editable structured text.
 *
 * @example
 * ```ts
 * report.part2?.find((e) => e.id === 'process')?.items.filter((i) => i.step === 'a');
 * ```
 */
export const Part2ItemSchema = z.object({
  /** What the item is: `document`, `forum`, `finding`, `cause-analysis`, `measure`, `evaluation`, `plan`, `text`. */
  type: z.string(),
  /** The cycle record's id, when it has one. */
  ref: z.string().nullable(),
  /** The employer's text (per language when given so). */
  title: EmployerTextSchema.nullable(),
  text: EmployerTextSchema.nullable(),
  /** ISO date of the step, when known. */
  date: z.string().nullable(),
  /** Step of the four-step method (ACT-3 `a`–`d`), when the item is a step. */
  step: z.string().nullable(),
  grounds: z.array(z.string()),
  /** Area codes (ACT-2), and the employer's own areas (per language when given so). */
  areas: z.array(EmployerTextSchema),
  representatives: ParticipantsSchema,
  /** Further facts as label/value pairs (labels are library keys, e.g. `owner`, `deadline`, `status`, `finding`). */
  details: z.array(z.object({ label: z.string(), value: EmployerTextSchema })),
});
/** A part-2 item. */
export interface Part2Item extends z.output<typeof Part2ItemSchema> {}

/**
 * The five elements of part 2 (STM-3): policy, organisation, process (steps a–c), results, plans.
 *
 * @example
 * ```ts
 * report.part2?.map((e) => e.id); // ['policy', 'organisation', 'process', 'results', 'plans']
 * ```
 */
export const PART2_ELEMENTS = ['policy', 'organisation', 'process', 'results', 'plans'] as const;
/** A part-2 element id. See {@link PART2_ELEMENTS}. */
export type Part2ElementId = (typeof PART2_ELEMENTS)[number];

/**
 * One part-2 element: the employer's free text plus the structured items from the cycle.
 *
 * @example
 * ```ts
 * report.part2?.find((e) => e.id === 'plans')?.paragraphs.push('Edited by the employer.');
 * ```
 */
export const Part2ElementSchema = z.object({
  id: z.enum(PART2_ELEMENTS),
  /** Free text paragraphs (editable; per language when given so). */
  paragraphs: z.array(EmployerTextSchema),
  items: z.array(Part2ItemSchema),
});
/** A part-2 element. */
export interface Part2Element extends z.output<typeof Part2ElementSchema> {}

/**
 * Options of {@link ReportSchema}'s `options`: every choice the library made, stated in the result.
 *
 * @example
 * ```ts
 * StatementOptionsSchema.parse({ includeNok: true, levelOrder: ['Leder', 'Rådgiver'] }).breakdown; // 'level'
 * ```
 */
export const StatementOptionsSchema = z.object({
  /** Breakdown of STAT-B1/B3: the employer's job levels (default) or job groups (DEF-GRP). */
  breakdown: z.enum(['level', 'group']).default('level'),
  /** Publish NOK means besides the percent shares (STAT-B0: optional; default false, ratios only). */
  includeNok: z.boolean().default(false),
  /**
   * Biennial figures (STM-6): `auto` (default) takes this year's pay figures when the published
   * mapping has any, else reuses last year's; `current` always this year's; `reuse` always last year's.
   */
  biennial: z.enum(['auto', 'current', 'reuse']).default('auto'),
  /**
   * The employer's order of its levels/groups in the tables, top first (e.g. `["Toppleder",
   * "Leder", …]`); keys not listed follow in the mapping's order. Default: the mapping's order.
   */
  levelOrder: z.array(z.string()).default([]),
});
/** Resolved statement options. */
export interface StatementOptions extends z.output<typeof StatementOptionsSchema> {}
/** Statement options as accepted (every field optional). */
export interface StatementOptionsInput extends z.input<typeof StatementOptionsSchema> {}

/**
 * The duties of the year the statement was checked against (from the duty assessment, COV-*).
 *
 * @example
 * ```ts
 * report.duties.statement; // true: the statement duty applies (STM-1)
 * ```
 */
export const ReportDutiesSchema = z.object({
  /** The version of the rules the duties were assessed with (e.g. `"2020-01-01"`); absent in reports of older versions. */
  rulesVersion: z.string().optional(),
  fourStepMethod: z.boolean(),
  biennialMapping: z.boolean(),
  statement: z.boolean(),
  documentationDuty: z.boolean(),
  /** The legal basis of each duty line (paragraph and rule id), with the reason in both languages. */
  basis: z.array(
    z.object({
      duty: z.string(),
      applies: z.boolean(),
      paragraph: z.string(),
      rule: z.string(),
      reason: z.object({ nb: z.string(), nn: z.string().optional(), en: z.string() }),
    }),
  ),
});
/** The duties summary of a report. */
export interface ReportDuties extends z.output<typeof ReportDutiesSchema> {}

/**
 * The documentation record (COV-5) entry: what was done, when, with whom.
 *
 * @example
 * ```ts
 * report.documentation?.map((d) => `${d.date} ${d.step}: ${d.what}`);
 * ```
 */
export const DocumentationEntrySchema = z.object({
  step: z.string().nullable(),
  type: z.string(),
  ref: z.string().nullable(),
  date: z.string().nullable(),
  what: EmployerTextSchema,
  representatives: ParticipantsSchema,
});
/** A documentation entry. */
export interface DocumentationEntry extends z.output<typeof DocumentationEntrySchema> {}

/**
 * The report: the statement (*likestillingsredegjørelse*) for employers with the statement duty
 * (STM-1), or the documentation record (*dokumentasjon*, COV-5) for those without.
 *
 * @example
 * ```ts
 * const report = ReportSchema.parse(JSON.parse(text)); // e.g. last year's statement
 * buildStatement({ employer, year: 2025, published, cycle, previous: report });
 * ```
 */
export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  kind: z.enum(['statement', 'documentation']),
  year: z.number().int(),
  employer: z.object({
    /** The name (per language when given so). */
    name: EmployerTextSchema,
    organisationNumber: z.string(),
    sector: z.string(),
  }),
  /** Reference date of the stock figures (DEF-REF), when figures were given. */
  referenceDate: z.string().nullable(),
  duties: ReportDutiesSchema,
  /** Completeness against the year's duties: every missing piece listed. */
  completeness: z.object({
    complete: z.boolean(),
    issues: z.array(ReportIssueSchema),
  }),
  /** Part 1, the actual state of gender equality (STM-3, ARP.md §5); `null` in a documentation record. */
  part1: z
    .object({
      tables: z.array(ReportTableSchema),
      /** Year of the biennial figures (STAT-B*), `null` when none. */
      biennialMappedYear: z.number().int().nullable(),
      /** Year of last year's statement compared against, `null` when none was given. */
      previousYear: z.number().int().nullable(),
      commentary: z.array(CommentarySchema),
      /** The employer's own assessment and possible structural causes (never personal reasons); editable; paragraphs, or paragraphs per language. */
      assessment: AssessmentSchema,
      footnotes: z.array(FootnoteSchema),
      /** What the pay gap is made of (EXP-1…EXP-3), from a published gap analysis; absent when none was given. */
      explanation: GapExplanationSchema.optional(),
    })
    .nullable(),
  /** Part 2, the five STM-3 elements; `null` in a documentation record. */
  part2: z.array(Part2ElementSchema).nullable(),
  /** The documentation record (COV-5); `null` in a statement. */
  documentation: z.array(DocumentationEntrySchema).nullable(),
  options: StatementOptionsSchema,
  /** An appendix: the public pay-transparency indicators (a)–(f) as published (TRN-7), when `buildStatement` was given them. */
  transparency: PublicPayTransparencySchema.optional(),
});
/** The statement or documentation record. See {@link ReportSchema}. */
export interface Report extends z.output<typeof ReportSchema> {}
/** What {@link ReportSchema} accepts. */
export interface ReportInput extends z.input<typeof ReportSchema> {}

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
