import { z } from 'zod';
import { EmployerTextSchema } from './text.js';
import { IsoDateSchema } from './employee.js';
import { FinancialYearSchema } from './employer.js';
import { ALL_GROUNDS, AREAS, FINDING_KINDS, HARASSMENT_TOPICS, MEASURE_STATUSES } from './cycleTerms.js';

export * from './cycleTerms.js';

/**
 * A representative of the employees who took part in a step (ACT-5: the work is done in
 * cooperation with the employee representatives, *tillitsvalgte*).
 *
 * @example
 * ```ts
 * RepresentativeSchema.parse({ role: 'hovedtillitsvalgt', organisation: 'Fagforbundet' });
 * ```
 */
export const RepresentativeSchema = z.strictObject({
  /** The role, e.g. "main union representative" (*hovedtillitsvalgt*). */
  role: EmployerTextSchema,
  /** The union or body, e.g. "Fagforbundet". */
  organisation: EmployerTextSchema.optional(),
  /** The person's name: kept in the cycle record only, never printed in a diagnostic. */
  name: z.string().min(1).optional(),
});
/** A representative after parsing. */
export interface Representative extends z.output<typeof RepresentativeSchema> {}

const Id = z.string().min(1);
const Ids = z.array(Id).readonly();
const NonEmptyIds = z.array(Id).min(1).readonly();

/** The fields every documented step record carries (ACT-6): id, date, representatives. */
const StepRecordShape = {
  id: Id,
  /** When the step (or this part of it) was done. */
  date: IsoDateSchema,
  /** The employee representatives who took part (ACT-5). */
  representatives: z.array(RepresentativeSchema).readonly().default([]),
} as const;

/**
 * A finding of step a (ACT-3 a, ACT-4): a risk of discrimination or an obstacle to equality, with
 * the grounds and areas it concerns.
 *
 * @example
 * ```ts
 * FindingSchema.parse({
 *   id: 'F1', date: '2025-03-01', kind: 'risk', description: 'Few women in leader positions',
 *   grounds: ['sex'], areas: ['promotion-and-development'],
 *   representatives: [{ role: 'hovedtillitsvalgt', organisation: 'Fagforbundet' }],
 * });
 * ```
 */
export const FindingSchema = z.strictObject({
  ...StepRecordShape,
  kind: z.enum(FINDING_KINDS),
  description: EmployerTextSchema,
  grounds: z.array(z.enum(ALL_GROUNDS)).min(1).readonly(),
  areas: z.array(z.enum(AREAS)).readonly().default([]),
  harassmentTopics: z.array(z.enum(HARASSMENT_TOPICS)).readonly().default([]),
  /** Areas beyond ACT-2's list (the list is a minimum). */
  otherAreas: z.array(EmployerTextSchema).readonly().default([]),
  /** How it was found (pay mapping, survey, exit interviews …). */
  method: EmployerTextSchema.optional(),
  /** The organisational unit it concerns, as a unit path; absent = the whole employer. */
  unit: z.string().min(1).optional(),
  /** Actual discrimination was found: it must be stopped at once (ACT-3 c). */
  discriminationFound: z.boolean().default(false),
});
/** A finding after parsing. */
export interface Finding extends z.output<typeof FindingSchema> {}

/**
 * A cause analysis of step b (ACT-3 b): the possible (structural) causes of one or more findings.
 *
 * @example
 * ```ts
 * CauseAnalysisSchema.parse({ id: 'C1', date: '2025-04-01', findingIds: ['F1'], causes: 'Recruitment from a male-dominated field' });
 * ```
 */
export const CauseAnalysisSchema = z.strictObject({
  ...StepRecordShape,
  findingIds: NonEmptyIds,
  /** The causes found; structural causes, never personal reasons (STM-3). */
  causes: EmployerTextSchema,
});
/** A cause analysis after parsing. */
export interface CauseAnalysis extends z.output<typeof CauseAnalysisSchema> {}

/**
 * A measure of step c (ACT-3 c, ACT-6): the finding(s) it answers, goal, owner, deadline, status
 * and result.
 *
 * @example
 * ```ts
 * MeasureSchema.parse({
 *   id: 'M1', date: '2025-05-01', findingIds: ['F1'], description: 'Leader programme with equal intake',
 *   goal: '40 % women among new leaders', owner: 'HR director', deadline: '2026-06-30', status: 'planned',
 * });
 * ```
 */
export const MeasureSchema = z.strictObject({
  ...StepRecordShape,
  /** The findings the measure answers (ACT-6). Empty = not linked (reported by `validateCycle`). */
  findingIds: Ids.default([]),
  description: EmployerTextSchema,
  goal: EmployerTextSchema,
  /** Who is responsible (a role, e.g. "HR director"). */
  owner: EmployerTextSchema,
  deadline: IsoDateSchema,
  status: z.enum(MEASURE_STATUSES).default('planned'),
  /** The result so far (ACT-6), `null` when none yet. */
  result: EmployerTextSchema.nullable().default(null),
});
/** A measure after parsing. */
export interface Measure extends z.output<typeof MeasureSchema> {}

/**
 * An evaluation of step d (ACT-3 d): how the measures worked; feeds next year's step a.
 *
 * @example
 * ```ts
 * EvaluationSchema.parse({ id: 'E1', date: '2025-11-15', measureIds: ['M1'], assessment: 'Intake 45 % women' });
 * ```
 */
export const EvaluationSchema = z.strictObject({
  ...StepRecordShape,
  measureIds: NonEmptyIds,
  assessment: EmployerTextSchema,
  /** What follows for next year's step a. */
  nextSteps: EmployerTextSchema.optional(),
});
/** An evaluation after parsing. */
export interface Evaluation extends z.output<typeof EvaluationSchema> {}

/**
 * A policy document, strategy, guideline or plan that anchors the equality work (STM-3 part 2 (1)).
 *
 * @example
 * ```ts
 * PolicyDocumentSchema.parse({ title: 'Likestillingspolicy', kind: 'policy', adopted: '2023-05-01' });
 * ```
 */
export const PolicyDocumentSchema = z.strictObject({
  title: EmployerTextSchema,
  /** E.g. "policy", "strategy", "guideline", "plan". */
  kind: EmployerTextSchema.optional(),
  adopted: IsoDateSchema.optional(),
  /** Where it can be read (URL or document reference). */
  reference: z.string().min(1).optional(),
});
/** A policy document after parsing. */
export interface PolicyDocument extends z.output<typeof PolicyDocumentSchema> {}

/**
 * A forum where the equality work is done (STM-3 part 2 (2)): who takes part and how often.
 *
 * @example
 * ```ts
 * ForumSchema.parse({ name: 'AMU', participants: ['HR', 'hovedtillitsvalgt'], frequency: 'quarterly' });
 * ```
 */
export const ForumSchema = z.strictObject({
  name: EmployerTextSchema,
  /** Who takes part (roles). */
  participants: z.array(EmployerTextSchema).min(1).readonly(),
  /** How often it meets, e.g. "quarterly". */
  frequency: EmployerTextSchema,
  /** The organisational level, as a unit path (absent = the whole employer). */
  unit: z.string().min(1).optional(),
});
/** A forum after parsing. */
export interface Forum extends z.output<typeof ForumSchema> {}

/**
 * The part-2 context the statement needs beyond the four steps (STM-3): how the work is set in
 * policy (1), how it is organised (2), results (4) and plans ahead (5). Element (3) comes from
 * the findings, cause analyses and measures.
 *
 * @example
 * ```ts
 * StatementContextSchema.parse({ plansAhead: 'Repeat the pay mapping in 2026' });
 * ```
 */
export const StatementContextSchema = z.strictObject({
  policies: z.array(PolicyDocumentSchema).readonly().default([]),
  organisation: z
    .strictObject({
      description: EmployerTextSchema.optional(),
      fora: z.array(ForumSchema).readonly().default([]),
    })
    .default({ fora: [] }),
  /** A summary of the results of the work and measures (element 4), beyond each measure's result. */
  results: EmployerTextSchema.optional(),
  /** Plans and expectations ahead (element 5). */
  plansAhead: EmployerTextSchema.optional(),
});
/** The statement context after parsing. */
export interface StatementContext extends z.output<typeof StatementContextSchema> {}

/**
 * One financial year's equality work (the four steps of ACT-3, documented per ACT-6), plus the
 * part-2 context of the statement (STM-3). Schema validation checks each record; cross-references
 * (a measure's finding must exist …) are checked by {@link validateCycle}.
 *
 * @example
 * ```ts
 * const cycle = EqualityCycleSchema.parse({
 *   financialYear: 2025,
 *   findings: [{ id: 'F1', date: '2025-03-01', kind: 'risk', description: 'Pay gap in level 3', grounds: ['sex'],
 *                areas: ['pay-and-working-conditions'], representatives: [{ role: 'hovedtillitsvalgt' }] }],
 *   measures: [{ id: 'M1', date: '2025-05-01', findingIds: ['F1'], description: 'Review pay in level 3',
 *                goal: 'Gap below 3 %', owner: 'HR director', deadline: '2026-04-30',
 *                representatives: [{ role: 'hovedtillitsvalgt' }] }],
 * });
 * validateCycle(cycle); // []
 * ```
 */
export const EqualityCycleSchema = z.strictObject({
  financialYear: FinancialYearSchema,
  findings: z.array(FindingSchema).readonly().default([]),
  causeAnalyses: z.array(CauseAnalysisSchema).readonly().default([]),
  measures: z.array(MeasureSchema).readonly().default([]),
  evaluations: z.array(EvaluationSchema).readonly().default([]),
  context: StatementContextSchema.default({ policies: [], organisation: { fora: [] } }),
  /** The cycle also covers the § 24 authority duty (COV-8): age is then an accepted ground. */
  includesAuthorityDuty: z.boolean().default(false),
});
/** A yearly cycle after parsing. */
export interface EqualityCycle extends z.output<typeof EqualityCycleSchema> {}
/** What {@link EqualityCycleSchema} accepts. */
export interface EqualityCycleInput extends z.input<typeof EqualityCycleSchema> {}
