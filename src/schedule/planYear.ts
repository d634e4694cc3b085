import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { STEPS, STEP_LETTERS, type Step } from '../models/cycle.js';
import { FinancialYearSchema, FiscalYearEndSchema } from '../models/employer.js';
import { RuleYearSchema } from '../rules/internal.js';
import { RULES_2020_01_01 } from '../rules/versions/2020-01-01.js';
import { rulesForYear } from '../rules/versions/index.js';
import { RulesVersionSchema } from '../rules/versions/schema.js';
import type { LocalizedText } from '../models/text.js';
import { financialYearBounds, yearEndPlusMonths } from '../_lib/dates.js';
import { expecting, localised } from '../locales/index.js';

/** Figures due every year (ARP.md §5): STAT-A1 to STAT-A4. */
export const ANNUAL_FIGURES = ['STAT-A1', 'STAT-A2', 'STAT-A3', 'STAT-A4'] as const;
/** Figures due at least every second year (ACT-4, ARP.md §5): STAT-B0 to STAT-B4. */
export const BIENNIAL_FIGURES = ['STAT-B0', 'STAT-B1', 'STAT-B2', 'STAT-B3', 'STAT-B4'] as const;
/** A figure ID. See {@link ANNUAL_FIGURES} and {@link BIENNIAL_FIGURES}. */
export type FigureId = (typeof ANNUAL_FIGURES)[number] | (typeof BIENNIAL_FIGURES)[number];

/** The financial year of the first biennial mapping at the latest (ACT-4), in the rules of 2020. */
export const FIRST_MAPPING_YEAR = RULES_2020_01_01.mapping.firstMappingYear;

/**
 * The input of {@link planYear}: the financial year, and optionally the last mapping year, the
 * financial year end, the year's duty assessment and the deadline months.
 *
 * @example
 * ```ts
 * PlanYearInputSchema.parse({ year: 2025, lastMappingYear: 2024, fiscalYearEnd: '06-30' });
 * ```
 */
export const PlanYearInputSchema = z
  .strictObject({
    /** The financial year (2020 or later). */
    year: RuleYearSchema,
    /**
     * The last financial year, up to and including `year`, in which the biennial mapping (pay by sex,
     * involuntary part-time) was made; `null` or absent = none yet.
     */
    lastMappingYear: FinancialYearSchema.nullable().optional(),
    /** `MM-DD`, default `12-31`. Financial year `Y` is the one ending in calendar year `Y`. */
    fiscalYearEnd: FiscalYearEndSchema.optional(),
    /**
     * The duty assessment of the same year (`assessDuties`): when the employer has no statement
     * duty (COV-5), nothing is due but the documentation. Absent = the employer has the duty.
     */
    duties: z.object({ year: z.int(), statement: z.boolean(), biennialMapping: z.boolean(), fourStepMethod: z.boolean() }).optional(),
    /** STM-5 [default] 6: months after the year end to adopt the annual report with the statement. */
    adoptionMonths: z.int().min(0).max(24).optional(),
    /** STM-5 [default] 7: months after the year end to file it. */
    filingMonths: z.int().min(0).max(24).optional(),
    /** The versions of the rules to choose from (default `RULES_VERSIONS`): the one in force on the year's last day is used. */
    rules: z.array(RulesVersionSchema).min(1).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.lastMappingYear != null && input.lastMappingYear > input.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastMappingYear'],
        message: 'the last mapping is after the planned year',
        params: expecting('yearNotAfter', { year: input.year }),
      });
    }
    if (input.duties !== undefined && input.duties.year !== input.year) {
      ctx.addIssue({ code: 'custom', path: ['duties', 'year'], message: 'duties of another year', params: expecting('dutiesOfYear', { year: input.year }) });
    }
  });
/** The input of {@link planYear}: what {@link PlanYearInputSchema} accepts (a `DutyAssessment` as `duties`). */
export interface PlanYearInput extends z.input<typeof PlanYearInputSchema> {}

/** A figure due in the year. */
export interface DueFigure {
  readonly id: FigureId;
  readonly frequency: 'annual' | 'biennial';
  /** For a biennial figure not mapped this year: the year whose figures are reused (STM-6). */
  readonly reusedFrom: number | null;
}

/** One of the four steps in the year (ACT-3): all within the financial year, not necessarily at once. */
export interface PlannedStep {
  readonly step: Step;
  readonly letter: 'a' | 'b' | 'c' | 'd';
  /** The window: the financial year. */
  readonly from: string;
  readonly to: string;
}

/** One reason in the plan, with its rule. */
export interface PlanBasis {
  readonly rule: string;
  readonly paragraph: string | null;
  readonly text: LocalizedText;
}

/** The result of {@link planYear}. */
export interface YearPlan {
  readonly year: number;
  readonly fiscalYearEnd: string;
  readonly fiscalYearStart: string;
  readonly fiscalYearLast: string;
  /** DEF-REF: the reference date of the year's figures (the financial year's last day). */
  readonly referenceDate: string;
  readonly lastMappingYear: number | null;
  /** Whether the employer must publish a statement for the year (STM-1). */
  readonly statementRequired: boolean;
  /** Whether the biennial figures (STAT-B*) must be mapped for this year (ACT-4). */
  readonly biennialMappingRequired: boolean;
  /** The year whose biennial figures the statement may reuse (STM-6), or `null`. */
  readonly mayReuseMappingFrom: number | null;
  /** Figures due in the year's statement. */
  readonly dueFigures: readonly DueFigure[];
  /** The four steps (ACT-3), when the four-step method applies. */
  readonly steps: readonly PlannedStep[];
  /** Annual report with the statement adopted by (STM-5, regnskapsloven § 3-1). */
  readonly adoptionDeadline: string;
  /** Annual report filed by (STM-5, regnskapsloven § 8-2). */
  readonly filingDeadline: string;
  readonly basis: readonly PlanBasis[];
  /** The version of the rules used (its `id`, e.g. `"2020-01-01"`): the one in force on the year's last day. */
  readonly rulesVersion: string;
  /** The conventions used. */
  readonly options: { readonly adoptionMonths: number; readonly filingMonths: number; readonly firstMappingYear: number };
}

/**
 * What must be mapped and published for one financial year, and by when (ACT-3, ACT-4, STM-2,
 * STM-5, STM-6). No clock: everything follows from the input.
 *
 * - STAT-A1…A4 are due every year.
 * - STAT-B0…B4 (pay by sex, sex distribution per level/group, involuntary part-time) are due when
 *   no mapping was made the year before — at least every second year — and from 2021 at the latest
 *   (in 2020 they are not yet due). In a year without a new mapping, last year's figures may be
 *   reused (STM-6: valid when `year − mappedYear ≤ 1`).
 * - The four steps run within the financial year (ACT-3).
 * - Deadlines follow the accounts (STM-5 [default]): adopted within 6 months of the year's end,
 *   filed within 7 months: 30 June and 31 July for a calendar year; a year ending 30 June 2025
 *   gives 31 December 2025 and 31 January 2026 (month-end year ends give month-end deadlines).
 *
 * @param input - year, last mapping year, financial year end, optionally the year's duties
 * @returns the plan; dates are ISO strings
 * @throws {@link LikestillingInputError} on malformed input (every bad path named), a year before
 *   2020, a last mapping after the year, or duties of another year (`duties.year`)
 * @see LDL §§ 26, 26 a; regnskapsloven §§ 3-1, 8-2; ARP.md ACT-3, ACT-4, STM-2, STM-5, STM-6
 * @example
 * ```ts
 * const plan = planYear({ year: 2025, lastMappingYear: 2024, fiscalYearEnd: '06-30' });
 * plan.biennialMappingRequired; // false
 * plan.mayReuseMappingFrom; // 2024
 * plan.adoptionDeadline; // '2025-12-31'
 * plan.filingDeadline; // '2026-01-31'
 * ```
 */
export function planYear(input: PlanYearInput): YearPlan {
  const parsed = parseInput('planYear', PlanYearInputSchema, input);
  const { year, duties } = parsed;
  const last = parsed.lastMappingYear ?? null;
  const fiscalYearEnd = parsed.fiscalYearEnd ?? '12-31';
  const rules = rulesForYear(year, fiscalYearEnd, parsed.rules);
  const { firstMappingYear, everyYears, reuseWindowYears } = rules.mapping;
  const para = (rule: string, fallback: string): string => rules.legalBasis[rule] ?? fallback;
  const adoptionMonths = parsed.adoptionMonths ?? rules.deadlines.adoptionMonths;
  const filingMonths = parsed.filingMonths ?? rules.deadlines.filingMonths;
  const bounds = financialYearBounds(year, fiscalYearEnd);
  const statementRequired = duties?.statement ?? true;
  const hasMappingDuty = duties?.biennialMapping ?? true;
  const hasSteps = duties?.fourStepMethod ?? true;
  const basis: PlanBasis[] = [];

  let biennialMappingRequired: boolean;
  let mayReuseMappingFrom: number | null = null;
  if (!hasMappingDuty) {
    biennialMappingRequired = false;
    basis.push({
      rule: 'COV-5',
      paragraph: para('COV-5', 'LDL § 26 a'),
      text: localised((c) => c.plan.basis.noStatement),
    });
  } else if (last === year) {
    biennialMappingRequired = true;
    basis.push({ rule: 'ACT-4', paragraph: para('ACT-4', 'LDL § 26'), text: localised((c) => c.plan.basis.mappedThisYear(year)) });
  } else if (last !== null && year - last < everyYears && year - last <= reuseWindowYears) {
    // STM-6: reportYear − mappedYear ≤ 1 (the rules' reuse window) → the figures of last year may be reused.
    biennialMappingRequired = false;
    mayReuseMappingFrom = last;
    basis.push({
      rule: 'STM-6',
      paragraph: para('STM-6', 'LDL § 26 a'),
      text: localised((c) => c.plan.basis.reuse(last)),
    });
  } else if (year < firstMappingYear) {
    // ACT-4: first biennial mapping for financial year 2021 at the latest.
    biennialMappingRequired = false;
    basis.push({
      rule: 'ACT-4',
      paragraph: para('ACT-4', 'LDL § 26'),
      text: localised((c) => c.plan.basis.firstMapping(firstMappingYear)),
    });
  } else {
    // ACT-4: at least every second year; no mapping the year before → due now.
    biennialMappingRequired = true;
    basis.push({
      rule: 'ACT-4',
      paragraph: para('ACT-4', 'LDL § 26'),
      text: localised((c) => (last === null ? c.plan.basis.noEarlierMapping : c.plan.basis.lastMapping(last))),
    });
  }

  const dueFigures: DueFigure[] = [];
  if (statementRequired) {
    for (const id of ANNUAL_FIGURES) dueFigures.push({ id, frequency: 'annual', reusedFrom: null });
    if (biennialMappingRequired || mayReuseMappingFrom !== null) {
      for (const id of BIENNIAL_FIGURES) dueFigures.push({ id, frequency: 'biennial', reusedFrom: mayReuseMappingFrom });
    }
    basis.push({ rule: 'STM-2', paragraph: para('STM-2', 'LDL § 26 a'), text: localised((c) => c.plan.basis.everyYear) });
  }

  const steps: PlannedStep[] = hasSteps ? STEPS.map((step) => ({ step, letter: STEP_LETTERS[step], from: bounds.start, to: bounds.last })) : [];
  if (hasSteps) {
    basis.push({
      rule: 'ACT-3',
      paragraph: para('ACT-3', 'LDL § 26'),
      text: localised((c) => c.plan.basis.fourSteps),
    });
  }

  const adoptionDeadline = yearEndPlusMonths(year, adoptionMonths, fiscalYearEnd);
  const filingDeadline = yearEndPlusMonths(year, filingMonths, fiscalYearEnd);
  basis.push({
    rule: 'STM-5',
    paragraph: para('STM-5', 'regnskapsloven §§ 3-1, 8-2'),
    text: localised((c) => c.plan.basis.deadlines(adoptionDeadline, filingDeadline)),
  });

  return {
    year,
    fiscalYearEnd,
    fiscalYearStart: bounds.start,
    fiscalYearLast: bounds.last,
    referenceDate: bounds.last,
    lastMappingYear: last,
    statementRequired,
    biennialMappingRequired,
    mayReuseMappingFrom,
    dueFigures,
    steps,
    adoptionDeadline,
    filingDeadline,
    basis,
    rulesVersion: rules.id,
    options: { adoptionMonths, filingMonths, firstMappingYear },
  };
}
