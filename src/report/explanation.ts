/**
 * The statement's section "what the pay gap is made of" (ARP.md §9 EXP-1…EXP-3 in part 1, STM-3)
 * as data: the published decomposition of women's and men's mean pay, the adjusted gap and the
 * adjusted gap per job group, and the sentences that say them — built by `buildStatement` from a
 * published gap analysis (`publishGapAnalysis` of `likestilling/analysis`). Every value here is
 * published: a hidden one is `null` with status `hidden`, and the section's sentence on what is
 * hidden says why (ANON-6) without a value.
 */
import { z } from 'zod';

const Text = z.object({ nb: z.string(), en: z.string(), nn: z.string().optional() });

/**
 * The parts of the decomposition as the statement shows them (EXP-1): the whole difference, then
 * composition, within cells, men outside and women outside the common support.
 *
 * @example
 * ```ts
 * EXPLANATION_PARTS[1]; // 'composition'
 * ```
 */
export const EXPLANATION_PARTS = ['total', 'composition', 'withinCells', 'menOutsideSupport', 'womenOutsideSupport'] as const;
/** A part of the decomposition. See {@link EXPLANATION_PARTS}. */
export type ExplanationPart = (typeof EXPLANATION_PARTS)[number];

/** Whether a value of the explanation is published, hidden (ANON-2, ANON-3) or has nothing behind it. */
const Status = z.enum(['published', 'hidden', 'not-available']);

/**
 * One part of a decomposition in the statement: percentage points of men's mean pay (the
 * presented percents, which add up to the whole difference) and, when the statement shows
 * amounts, NOK per month; `null` when hidden or not available.
 *
 * @example
 * ```ts
 * ExplanationPartSchema.parse({ part: 'composition', points: '5.7', nok: null, status: 'published' });
 * ```
 */
export const ExplanationPartSchema = z.object({
  part: z.enum(EXPLANATION_PARTS),
  points: z.string().nullable(),
  nok: z.string().nullable(),
  status: Status,
});
/** One part of a decomposition in the statement. */
export interface ExplanationPartValue extends z.output<typeof ExplanationPartSchema> {}

/**
 * A sentence of the explanation: a code, its parameters and its text in each language. The
 * employer may edit the text (and re-render with `likestilling report --render`).
 *
 * @example
 * ```ts
 * report.part1?.explanation?.paragraphs.map((p) => p.text.en);
 * ```
 */
export const ExplanationSentenceSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  text: Text,
});
/** A sentence of the explanation. */
export interface ExplanationSentence extends z.output<typeof ExplanationSentenceSchema> {}

/**
 * The statement's explanation of the pay gap (EXP-1…EXP-3): one decomposition per breakdown of
 * the analysis (its parts and its sentence), the adjusted gap (percent with its interval, the
 * p-value, whether it is over the threshold), the adjusted gap per job group, and the paragraphs
 * around them (the adjusted gap in words, per group, what is hidden and why, how to read it, the
 * method). Percentages are decimal strings with the statistics' decimals; the regression's figures
 * are rounded estimates.
 *
 * @example
 * ```ts
 * const e = report.part1?.explanation;
 * e?.decompositions[0]?.text.en; // "Of the 6.0 percentage points between women's and men's mean pay, 5.7 come from …"
 * e?.adjusted.gapPercent;         // '0.4'
 * ```
 */
export const GapExplanationSchema = z.object({
  /** The publication threshold the analysis was published under (ANON-2). */
  payMinPersons: z.int().min(1),
  decompositions: z.array(
    z.object({
      breakdown: z.string(),
      parts: z.array(ExplanationPartSchema),
      /** The assessment's sentence for this breakdown (`describeGapDecomposition`). */
      text: Text,
    }),
  ),
  adjusted: z.object({
    status: Status,
    /** (1 − e^b) × 100: positive when women are paid less. */
    gapPercent: z.string().nullable(),
    confidenceLevel: z.number(),
    lower: z.string().nullable(),
    upper: z.string().nullable(),
    /** The two-sided p-value, to three significant digits. */
    pValue: z.number().nullable(),
    significant: z.boolean().nullable(),
    n: z.int().min(0),
    /** The factors compared on (built-in names, or the caller's columns). */
    factors: z.array(z.string()),
    /** The threshold in percent, and whether the adjusted gap is over it (null when not published). */
    threshold: z.number(),
    exceeded: z.boolean().nullable(),
  }),
  groups: z.array(
    z.object({
      group: z.string().nullable(),
      status: Status,
      gapPercent: z.string().nullable(),
      flagged: z.boolean().nullable(),
    }),
  ),
  /** The explanation in words, in order: the adjusted gap, its significance and threshold, the groups, what is hidden and why, how to read it, the method. */
  paragraphs: z.array(ExplanationSentenceSchema),
});
/** The statement's explanation of the pay gap. See {@link GapExplanationSchema}. */
export interface GapExplanation extends z.output<typeof GapExplanationSchema> {}
