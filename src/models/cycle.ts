import { z } from 'zod';
import { EmployerTextSchema } from './text.js';
import type { Diagnostic } from '../_lib/diagnostics.js';
import { parseInput } from '../_lib/input.js';
import { IsoDateSchema } from './employee.js';
import { FinancialYearSchema } from './employer.js';
import { expecting } from '../locales/index.js';

/**
 * The grounds of discrimination (*diskrimineringsgrunnlag*) the employer's activity duty covers
 * (ACT-1): eleven grounds plus combinations. Age is not among them (see
 * {@link AUTHORITY_ONLY_GROUNDS}).
 */
export const GROUNDS = [
  'sex',
  'pregnancy',
  'parental-leave',
  'care-responsibilities',
  'ethnicity',
  'religion',
  'belief',
  'disability',
  'sexual-orientation',
  'gender-identity',
  'gender-expression',
  'combinations',
] as const;
/** A ground of the employer duty. See {@link GROUNDS}. */
export type Ground = (typeof GROUNDS)[number];

/**
 * Grounds covered only by the § 24 public-authority duty (COV-8, ACT-1): age (*alder*) is
 * protected by the act but is not part of the employer duty.
 */
export const AUTHORITY_ONLY_GROUNDS = ['age'] as const;
/** A ground of the § 24 duty only. See {@link AUTHORITY_ONLY_GROUNDS}. */
export type AuthorityOnlyGround = (typeof AUTHORITY_ONLY_GROUNDS)[number];

/** Every ground a finding may name: {@link GROUNDS} plus {@link AUTHORITY_ONLY_GROUNDS}. */
export const ALL_GROUNDS = [...GROUNDS, ...AUTHORITY_ONLY_GROUNDS] as const;
/** Any ground. See {@link ALL_GROUNDS}. */
export type AnyGround = (typeof ALL_GROUNDS)[number];

/**
 * The areas the activity duty covers at least (ACT-2): recruitment (*rekruttering*), pay and
 * working conditions (*lønns- og arbeidsvilkår*), promotion and development (*forfremmelse og
 * utviklingsmuligheter*), accommodation (*tilrettelegging*) and combining work and family life
 * (*mulighet for å kombinere arbeid og familieliv*).
 */
export const AREAS = ['recruitment', 'pay-and-working-conditions', 'promotion-and-development', 'accommodation', 'work-and-family-life'] as const;
/** An area. See {@link AREAS}. */
export type Area = (typeof AREAS)[number];

/**
 * The harassment topics the employer must also prevent (ACT-2): harassment (*trakassering*),
 * sexual harassment (*seksuell trakassering*) and gender-based violence (*kjønnsbasert vold*).
 */
export const HARASSMENT_TOPICS = ['harassment', 'sexual-harassment', 'gender-based-violence'] as const;
/** A harassment topic. See {@link HARASSMENT_TOPICS}. */
export type HarassmentTopic = (typeof HARASSMENT_TOPICS)[number];

/**
 * The four steps of the activity duty (ACT-3), all within each year: (a) investigate risks and
 * obstacles (*undersøke og kartlegge*), (b) analyse causes (*analysere årsaker*), (c) implement
 * measures (*iverksette tiltak*), (d) evaluate the results (*vurdere resultater*).
 */
export const STEPS = ['investigate', 'analyse-causes', 'implement-measures', 'evaluate'] as const;
/** A step. See {@link STEPS}. */
export type Step = (typeof STEPS)[number];

/** The letter of each step in the law (ACT-3 a–d). */
export const STEP_LETTERS: Readonly<Record<Step, 'a' | 'b' | 'c' | 'd'>> = {
  investigate: 'a',
  'analyse-causes': 'b',
  'implement-measures': 'c',
  evaluate: 'd',
};

/** What kind of finding step a made: a risk of discrimination or an obstacle to equality. */
export const FINDING_KINDS = ['risk', 'obstacle'] as const;
/** A finding kind. See {@link FINDING_KINDS}. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Status of a measure (ACT-6): planned, in progress, done. */
export const MEASURE_STATUSES = ['planned', 'in-progress', 'done'] as const;
/** A measure status. See {@link MEASURE_STATUSES}. */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

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

type Collection = 'findings' | 'causeAnalyses' | 'measures' | 'evaluations';
const COLLECTION_STEP: Readonly<Record<Collection, Step>> = {
  findings: 'investigate',
  causeAnalyses: 'analyse-causes',
  measures: 'implement-measures',
  evaluations: 'evaluate',
};

/**
 * Checks a parsed cycle for what the schema cannot see, and returns every problem as a
 * diagnostic with its path (e.g. `['measures', 2, 'findingIds', 0]`):
 *
 * - `missing_representatives` (warning): a step record without employee representatives (ACT-5);
 *   `params.step` is the step letter a–d.
 * - `measure_without_finding` (warning): a measure linked to no finding (ACT-6).
 * - `unknown_reference` (error): an id that names no finding / measure in the cycle
 *   (`params.kind` = `finding` | `measure`).
 * - `invalid_value` (error): a duplicate id within a collection.
 * - `invalid_value` (warning): the ground `age` in a cycle that does not include the § 24
 *   authority duty (ACT-1, COV-8).
 *
 * @param cycle - a cycle, parsed with {@link EqualityCycleSchema} or not (it is parsed here)
 * @returns the diagnostics, empty when the cycle is consistent
 * @throws {@link LikestillingInputError} when `cycle` does not match {@link EqualityCycleSchema}
 *   (paths such as `findings[0].grounds`)
 * @example
 * ```ts
 * const issues = validateCycle(json);
 * const errors = issues.filter((d) => d.severity === 'error');
 * ```
 */
export function validateCycle(cycle: EqualityCycleInput): Diagnostic[] {
  return cycleDiagnostics(parseInput('validateCycle', EqualityCycleSchema, cycle));
}

/** {@link validateCycle} of a parsed cycle. */
function cycleDiagnostics(cycle: EqualityCycle): Diagnostic[] {
  const out: Diagnostic[] = [];
  const collections: Collection[] = ['findings', 'causeAnalyses', 'measures', 'evaluations'];
  const idSets: Record<Collection, Set<string>> = { findings: new Set(), causeAnalyses: new Set(), measures: new Set(), evaluations: new Set() };

  for (const name of collections) {
    const records: readonly { readonly id: string; readonly representatives: readonly Representative[] }[] = cycle[name];
    records.forEach((r, i) => {
      if (idSets[name].has(r.id)) {
        out.push({ code: 'invalid_value', severity: 'error', path: [name, i, 'id'], ...expecting('uniqueId', { list: name }), found: r.id });
      }
      idSets[name].add(r.id);
      if (r.representatives.length === 0) {
        out.push({
          code: 'missing_representatives',
          severity: 'warning',
          path: [name, i, 'representatives'],
          ...expecting('representative'),
          params: { step: STEP_LETTERS[COLLECTION_STEP[name]] },
        });
      }
    });
  }

  const checkRefs = (name: Collection, field: 'findingIds' | 'measureIds', ids: readonly string[], i: number): void => {
    const kind = field === 'findingIds' ? 'finding' : 'measure';
    const known = field === 'findingIds' ? idSets.findings : idSets.measures;
    ids.forEach((id, j) => {
      if (!known.has(id)) {
        out.push({
          code: 'unknown_reference',
          severity: 'error',
          path: [name, i, field, j],
          ...expecting('referenceId', { kind }),
          found: id,
          params: { kind },
        });
      }
    });
  };

  cycle.causeAnalyses.forEach((c, i) => checkRefs('causeAnalyses', 'findingIds', c.findingIds, i));
  cycle.measures.forEach((m, i) => {
    if (m.findingIds.length === 0) {
      out.push({ code: 'measure_without_finding', severity: 'warning', path: ['measures', i, 'findingIds'], ...expecting('findingOfMeasure') });
    }
    checkRefs('measures', 'findingIds', m.findingIds, i);
  });
  cycle.evaluations.forEach((e, i) => checkRefs('evaluations', 'measureIds', e.measureIds, i));

  if (!cycle.includesAuthorityDuty) {
    cycle.findings.forEach((f, i) => {
      f.grounds.forEach((g, j) => {
        if ((AUTHORITY_ONLY_GROUNDS as readonly string[]).includes(g)) {
          out.push({
            code: 'invalid_value',
            severity: 'warning',
            path: ['findings', i, 'grounds', j],
            ...expecting('employerGround'),
            found: g,
          });
        }
      });
    });
  }
  return out;
}
