/**
 * The statement (*likestillingsredegjørelse*, LDL § 26 a, ARP.md §4 STM-*) as data: a
 * language-neutral {@link Report} with a zod schema ({@link ReportSchema}) from which the shipped
 * JSON Schema `schemas/report.schema.json` is generated for callers in other languages.
 *
 * Renderers (Markdown, HTML, xlsx) only format what is here: every figure, footnote and piece of
 * text of a rendered statement comes from the report object.
 */
import { z } from 'zod';
import { EmployerTextSchema, LocalizedTextSchema } from '../models/text.js';
import { PublicPayTransparencySchema } from '../transparency/publishedSchema.js';
import { GapExplanationSchema } from './explanation.js';
import { PathSchema } from './_lib/path.js';
import { ReportTableSchema } from './tables.js';

export * from './tables.js';
export * from './publishedFigures.js';

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
