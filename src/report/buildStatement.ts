import { z } from 'zod';
import {
  PublicPayTransparencySchema,
  PublishedPayTransparencySchema,
  type PublicPayTransparency,
  type PublishedPayTransparency,
} from '../transparency/publishedSchema.js';
import type { Diagnostic } from '../_lib/diagnostics.js';
import { LikestillingInputError, parseInput } from '../_lib/input.js';
import { formatDiagnostic } from '../_lib/messages.js';
import { EqualityCycleSchema } from '../models/cycle.js';
import { validateCycle } from '../models/validateCycle.js';
import { EmployerSchema } from '../models/employer.js';
import { LocalizedTextSchema } from '../models/text.js';
import { RuleYearSchema } from '../rules/internal.js';
import { assessDuties, DUTIES, type DutyAssessment } from '../rules/assessDuties.js';
import { generateCommentary } from './_lib/commentary.js';
import { FootnoteRegistry, TABLE_ORDER, currentTables, hasBiennialFigures, reusedTable, withPrevious } from './_lib/part1.js';
import { buildDocumentation, buildPart2, missingElements } from './_lib/part2.js';
import type { PublishedFigures, Report, ReportDuties, ReportIssue, ReportTable, TableId } from './types.js';
import { AssessmentSchema, BIENNIAL_TABLE_IDS, PublishedFiguresSchema, REPORT_SCHEMA_VERSION, ReportSchema, StatementOptionsSchema } from './types.js';
import { shareDenominatorNote } from './_lib/notes.js';
import { explainGap } from './_lib/analysis.js';
import { PublishedGapAnalysisSchema } from '../analysis/publishedSchema.js';

export { AssessmentSchema, type Assessment } from './types.js';
import { expecting } from '../locales/index.js';

/**
 * What {@link buildStatement} takes, as a schema: the employer, the year, the cycle and,
 * optionally, the published figures, last year's statement, the duties, options and the
 * employer's own assessment. Parsed objects and plain JSON (`JSON.parse` of the files the library
 * writes) are both accepted: defaults are filled here.
 *
 * @example
 * ```ts
 * const input = BuildStatementInputSchema.parse({ employer, year: 2025, cycle: { financialYear: 2025 } });
 * ```
 */
export const BuildStatementInputSchema = z.strictObject({
  /** The employer (the legal entity, COV-7). */
  employer: EmployerSchema,
  /** The financial year of the statement (2020 or later). */
  year: RuleYearSchema,
  /**
   * The published part-1 figures of the year: the anonymisation's `PublishedMapping` (hidden values
   * `null`, `suppressed` list). Omit for a documentation record (COV-5), which has no part 1.
   */
  published: PublishedFiguresSchema.optional(),
  /** Last year's statement, for the comparison columns and reused biennial figures (STM-6). */
  previous: ReportSchema.optional(),
  /** The year's four-step cycle (ACT-3) with the part-2 context (STM-3). */
  cycle: EqualityCycleSchema,
  /** The duties of the year (a `DutyAssessment`); default `assessDuties(employer, year)`. */
  duties: z
    .object({
      year: z.int(),
      fourStepMethod: z.boolean(),
      biennialMapping: z.boolean(),
      statement: z.boolean(),
      documentationDuty: z.boolean(),
      basis: z.array(z.object({ duty: z.enum(DUTIES), applies: z.boolean(), paragraph: z.string(), rule: z.string(), reason: LocalizedTextSchema })).readonly(),
      rulesVersion: z.string().optional(),
    })
    .optional(),
  /** How to build it (every choice stated in the report's `options`). */
  options: StatementOptionsSchema.optional(),
  /**
   * The employer's own assessment of the figures and possible structural causes (STM-3; never
   * personal reasons, STM-8): paragraphs (each the same in every language or per language), or a
   * list of paragraphs per language (`{ "nb": […], "en": […] }`). Shown after the generated
   * commentary, in the statement's own language.
   */
  assessment: AssessmentSchema.optional(),
  /**
   * The published gap analysis of the year (`publishGapAnalysis` of `likestilling/analysis`,
   * EXP-1…EXP-3): part 1 then explains the pay gap — what the decomposition and the adjusted gap
   * say, per job group, and what is hidden and why (`part1.explanation`).
   */
  analysis: PublishedGapAnalysisSchema.optional(),
  /**
   * An appendix of the pay-transparency indicators: the result of `publishPayTransparency` (or its
   * public part). Only the public part (a)–(f) goes into the statement; (g) is for the authority
   * and the representatives (TRN-7).
   */
  transparency: z.union([PublishedPayTransparencySchema, PublicPayTransparencySchema]).optional(),
});
/** What {@link buildStatement} takes: see {@link BuildStatementInputSchema} (a parsed `Employer`, `EqualityCycle`, `Report` and `DutyAssessment` fit). */
export interface BuildStatementInput extends z.input<typeof BuildStatementInputSchema> {}

function issue(d: Diagnostic): ReportIssue {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d.params ?? {})) params[k] = Array.isArray(v) ? v.join(', ') : (v as string | number);
  const base = {
    code: d.code,
    severity: d.severity,
    path: [...d.path],
    text: { nb: formatDiagnostic(d, 'nb'), nn: formatDiagnostic(d, 'nn'), en: formatDiagnostic(d, 'en') },
  };
  return Object.keys(params).length > 0 ? { ...base, params } : base;
}

function dutiesOf(
  d: Pick<ReportDuties, 'fourStepMethod' | 'biennialMapping' | 'statement' | 'documentationDuty' | 'rulesVersion'> & {
    readonly basis: readonly ReportDuties['basis'][number][];
  },
): ReportDuties {
  return {
    ...(d.rulesVersion !== undefined ? { rulesVersion: d.rulesVersion } : {}),
    fourStepMethod: d.fourStepMethod,
    biennialMapping: d.biennialMapping,
    statement: d.statement,
    documentationDuty: d.documentationDuty,
    basis: d.basis.map((b) => ({
      duty: b.duty,
      applies: b.applies,
      paragraph: b.paragraph,
      rule: b.rule,
      reason: b.reason.nn === undefined ? { nb: b.reason.nb, en: b.reason.en } : { nb: b.reason.nb, nn: b.reason.nn, en: b.reason.en },
    })),
  };
}

/** A table counts as given when at least one value is published or hidden by anonymisation. */
function isGiven(t: ReportTable): boolean {
  return t.rows.some((r) => r.cells.some((c) => c.status !== 'not-available'));
}

/**
 * Builds the year's statement (*likestillingsredegjørelse*, LDL § 26 a) — or, for an employer
 * without the statement duty, the documentation record (*dokumentasjon*, COV-5) — and checks it
 * against the duties of that year.
 *
 * - Part 1 (STM-3, ARP.md §5): the tables of STAT-A1…A4 and STAT-B1…B4 from the published
 *   figures, last year's values and the change side by side, women's share of men's pay per
 *   level in percent (NOK only with `options.includeNok`), a factual commentary generated from
 *   published figures only, and a footnote for every hidden value from its suppression reason.
 * - Biennial figures (STM-2, STM-6): with no pay figures this year (or `biennial: 'reuse'`) the
 *   STAT-B tables are reused from `previous`, marked `reused` with their `mappedYear`.
 * - Why the gap (EXP-1…EXP-3): with `analysis`, a published gap analysis (`publishGapAnalysis` of
 *   `likestilling/analysis`), `part1.explanation` says what the decomposition and the adjusted
 *   gap say, per job group, and what is hidden and why — from published values only.
 * - Part 2: the five STM-3 elements from the cycle as structured, editable text.
 * - Completeness (`completeness.issues`): a required figure missing (`missing_figure`), a part-2
 *   element missing (`missing_statement_element`), a step without representatives
 *   (`missing_representatives`), a measure linked to no finding (`measure_without_finding`),
 *   unknown references, biennial figures older than last year (`stale_biennial_figures`).
 *   `complete` is true only when there is no issue at all.
 *
 * Pure: no I/O, no clock; the inputs are not changed.
 *
 * @param input - employer, year, published figures, last year's statement, cycle, duties, options
 * @returns the report (validated shape: {@link ReportSchema})
 * @throws {@link LikestillingInputError} on malformed input, every bad path named
 *   (`cycle.findings[0].grounds`, `published.pay.total`, `previous.part1` …); and when `duties` is not
 *   given and the employer's headcount for the year is needed but unknown (`employer.headcounts`: a
 *   private employer without a headcount fact)
 * @see LDL § 26 a; ARP.md STM-1…STM-8, §5, COV-5
 * @example
 * ```ts
 * const report = buildStatement({ employer, year: 2025, published: publish(mapping), previous: lastYear, cycle });
 * report.completeness.complete; // false when anything required is missing
 * const html = renderHtml(report, { lang: 'nb' });
 * ```
 */
export function buildStatement(input: BuildStatementInput): Report {
  const parsed = parseInput('buildStatement', BuildStatementInputSchema, input);
  const { employer, year, cycle } = parsed;
  // A documentation record of last year (COV-5) has no figures to compare with.
  const previous = parsed.previous?.part1 !== null ? parsed.previous : undefined;
  const options = parsed.options ?? StatementOptionsSchema.parse({});
  const duties = parsed.duties ?? dutiesOfYear(employer, year);
  const diagnostics: Diagnostic[] = validateCycle(cycle).map((d) => ({ ...d, path: ['cycle', ...d.path] }));
  if (duties.year !== year) {
    diagnostics.push({
      code: 'invalid_value',
      severity: 'error',
      path: ['duties', 'year'],
      ...expecting('dutiesOfYear', { year }),
      found: String(duties.year),
    });
  }
  if (cycle.financialYear !== year) {
    diagnostics.push({
      code: 'invalid_value',
      severity: 'error',
      path: ['cycle', 'financialYear'],
      ...expecting('cycleOfYear', { year }),
      found: String(cycle.financialYear),
    });
  }
  if (parsed.published !== undefined && parsed.published.year !== year) {
    diagnostics.push({
      code: 'invalid_value',
      severity: 'error',
      path: ['published', 'year'],
      ...expecting('figuresOfYear', { year }),
      found: String(parsed.published.year),
    });
  }
  if (parsed.analysis !== undefined && parsed.analysis.year !== year) {
    diagnostics.push({
      code: 'invalid_value',
      severity: 'error',
      path: ['analysis', 'year'],
      ...expecting('figuresOfYear', { year }),
      found: String(parsed.analysis.year),
    });
  }
  if (previous !== undefined && previous.year >= year) {
    diagnostics.push({
      code: 'invalid_value',
      severity: 'error',
      path: ['previous', 'year'],
      ...expecting('statementBefore', { year }),
      found: String(previous.year),
    });
  }
  const head = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year,
    employer: { name: employer.name, organisationNumber: employer.organisationNumber, sector: employer.sector },
    duties: dutiesOf(duties),
    options,
  } as const;

  if (!duties.statement) {
    // COV-5: documentation duty only, no public statement.
    const issues = diagnostics.map(issue);
    return {
      ...head,
      kind: 'documentation',
      referenceDate: parsed.published?.referenceDate ?? null,
      completeness: { complete: issues.length === 0, issues },
      part1: null,
      part2: null,
      documentation: buildDocumentation(cycle),
    };
  }

  diagnostics.push(...missingElements(cycle));

  const published = parsed.published;
  const notes = new FootnoteRegistry(published?.suppressed ?? [], published);
  const tables = new Map<TableId, ReportTable>();
  let biennialMappedYear: number | null = null;
  if (published === undefined) {
    for (const id of TABLE_ORDER) {
      diagnostics.push({ code: 'missing_figure', severity: 'error', path: ['published'], params: { figure: id } });
    }
  } else {
    const decimals = decimalsOf(published);
    const current = currentTables(published, options, notes, decimals);
    const prevBiennial = previous?.part1?.tables.filter((t) => (BIENNIAL_TABLE_IDS as readonly string[]).includes(t.id)) ?? [];
    const reuse = options.biennial === 'reuse' || (options.biennial === 'auto' && !hasBiennialFigures(published) && prevBiennial.length > 0);
    for (const id of TABLE_ORDER) {
      const isBiennial = (BIENNIAL_TABLE_IDS as readonly string[]).includes(id);
      if (isBiennial && reuse) {
        const prev = prevBiennial.find((t) => t.id === id);
        if (prev !== undefined && previous !== undefined) tables.set(id, reusedTable(prev, previous, notes));
        continue;
      }
      const t = current.get(id);
      if (t !== undefined) tables.set(id, withPrevious(t, previous));
    }
    // STM-6: reused figures are valid only when reportYear − mappedYear ≤ 1.
    const biennialYears = [...tables.values()].filter((t) => t.frequency === 'biennial').map((t) => t.mappedYear);
    biennialMappedYear = biennialYears.length > 0 ? Math.min(...biennialYears) : null;
    if (reuse && biennialMappedYear !== null && year - biennialMappedYear > 1) {
      diagnostics.push({
        code: 'stale_biennial_figures',
        severity: 'error',
        path: ['previous', 'part1', 'tables'],
        ...expecting('mappedInYears', { from: year - 1, to: year }),
        params: { mappedYear: biennialMappedYear },
      });
    }
    for (const id of TABLE_ORDER) {
      const t = tables.get(id);
      const involuntaryUnanswered = id === 'involuntary-part-time' && t !== undefined && !t.reused && unansweredInvoluntary(published);
      const noLevels = id === 'sex-distribution' && t !== undefined && !t.rows.some((r) => r.kind === 'level');
      if (t === undefined || !isGiven(t) || involuntaryUnanswered || noLevels) {
        diagnostics.push({ code: 'missing_figure', severity: 'error', path: ['part1', 'tables', id], params: { figure: id } });
      }
    }
  }

  // a sentence where two shares of the same thing differ by their denominator (STAT-A1, STAT-B3)
  const distribution = tables.get('sex-distribution');
  const note = shareDenominatorNote(tables.get('sex-balance'), distribution);
  if (note !== null && distribution !== undefined) tables.set('sex-distribution', { ...distribution, notes: [...(distribution.notes ?? []), note] });
  const ordered = TABLE_ORDER.flatMap((id) => {
    const t = tables.get(id);
    return t === undefined ? [] : [t];
  });
  const hiddenCount = ordered.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.filter((c) => c.status === 'hidden').length, 0), 0);
  const reusedFrom = ordered.some((t) => t.reused) ? biennialMappedYear : null;
  const commentary = generateCommentary(tables, published?.referenceDate ?? null, reusedFrom, hiddenCount);
  const issues = diagnostics.map(issue);

  return {
    ...head,
    kind: 'statement',
    referenceDate: published?.referenceDate ?? null,
    completeness: { complete: issues.length === 0, issues },
    part1: {
      tables: ordered,
      biennialMappedYear,
      previousYear: previous?.year ?? null,
      commentary,
      assessment: parsed.assessment === undefined ? [] : Array.isArray(parsed.assessment) ? [...parsed.assessment] : { ...parsed.assessment },
      footnotes: notes.list(),
      ...(parsed.analysis === undefined
        ? {}
        : { explanation: explainGap(parsed.analysis, options.includeNok, published === undefined ? 1 : decimalsOf(published)) }),
    },
    part2: buildPart2(cycle),
    documentation: null,
    ...(parsed.transparency === undefined ? {} : { transparency: publicPart(parsed.transparency) }),
  };
}

/** The public part of a published pay-transparency result (TRN-7): the statement's appendix. */
function publicPart(t: PublishedPayTransparency | PublicPayTransparency): PublicPayTransparency {
  return {
    kind: t.kind,
    schemaVersion: t.schemaVersion,
    year: t.year,
    referenceDate: t.referenceDate,
    policy: t.policy,
    population: t.population,
    public: t.public,
    hidden: t.hidden.filter((h) => h.audience === 'public'),
    options: t.options,
  };
}

/** The duties of the year, an input error of `buildStatement` when they cannot be assessed (`employer.headcounts`). */
function dutiesOfYear(employer: z.output<typeof EmployerSchema>, year: number): DutyAssessment {
  try {
    return assessDuties(employer, year);
  } catch (error) {
    // the same paths: buildStatement's `employer` and `year` are assessDuties' parameters
    if (error instanceof LikestillingInputError) throw new LikestillingInputError('buildStatement', error.issues);
    throw error;
  }
}

/** DEF-INV: part-timers exist but none answered — the figure was not mapped. */
function unansweredInvoluntary(p: PublishedFigures): boolean {
  const t = p.involuntaryPartTime.total;
  return t.answered === 0 && t.partTimers !== null && t.partTimers > 0;
}

function decimalsOf(p: PublishedFigures): number {
  const o = p.options;
  if (typeof o === 'object' && o !== null && 'percentDecimals' in o && typeof o.percentDecimals === 'number') return o.percentDecimals;
  return 1;
}
