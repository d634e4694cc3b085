import { z } from 'zod';
import { LikestillingInputError, parseInput } from '../_lib/input.js';
import { recordIssues } from '../models/internal.js';
import { EMPLOYMENT_KINDS, IsoDateSchema, type Employee, type EmploymentKind } from '../models/employee.js';
import { FinancialYearSchema, FiscalYearEndSchema } from '../models/employer.js';
import { financialYearBounds, monthEndDatesOf } from '../_lib/dates.js';

/**
 * How "regularly employs" is counted (COV-6 **[default]** `month-end-mean`): the mean of the 12
 * month-end headcounts of the financial year, or the headcount on one reference date.
 */
export const HEADCOUNT_METHODS = ['month-end-mean', 'reference-date'] as const;
/** A headcount method. See {@link HEADCOUNT_METHODS}. */
export type HeadcountMethod = (typeof HEADCOUNT_METHODS)[number];

/**
 * The options of {@link averageHeadcount} (every option optional; each is reported back in the result).
 *
 * @example
 * ```ts
 * AverageHeadcountOptionsSchema.parse({ method: 'reference-date', referenceDate: '2025-12-31' });
 * ```
 */
export const AverageHeadcountOptionsSchema = z.strictObject({
  /** Financial year end `MM-DD` (default `12-31`). */
  fiscalYearEnd: FiscalYearEndSchema.optional(),
  /** COV-6 [default] `month-end-mean`. */
  method: z.enum(HEADCOUNT_METHODS).optional(),
  /** For `reference-date`: the date counted (default the financial year's last day). */
  referenceDate: IsoDateSchema.optional(),
  /** Employment kinds counted (COV-6 [default] ordinary and maritime; freelancers are not employees). */
  includeKinds: z.array(z.enum(EMPLOYMENT_KINDS)).min(1).readonly().optional(),
});
/** Options of {@link averageHeadcount}: what {@link AverageHeadcountOptionsSchema} accepts. */
export interface AverageHeadcountOptions extends z.input<typeof AverageHeadcountOptionsSchema> {}

/** The fields of a parsed employee record that {@link averageHeadcount} reads. */
export type HeadcountRecord = Pick<Employee, 'employeeId' | 'personId' | 'employmentKind' | 'startDate' | 'endDate'>;

const AverageHeadcountArgs = z.object({ year: FinancialYearSchema, options: AverageHeadcountOptionsSchema.optional() });

/** The headcount on one count date. */
export interface HeadcountOnDate {
  readonly date: string;
  /** Persons (not employments, not FTE) with an active employment of a counted kind. */
  readonly persons: number;
}

/** Why a record did not count on any count date. */
export const HEADCOUNT_EXCLUSION_REASONS = ['employment-kind-excluded', 'not-active-on-count-dates'] as const;
/** A headcount exclusion reason. See {@link HEADCOUNT_EXCLUSION_REASONS}. */
export type HeadcountExclusionReason = (typeof HEADCOUNT_EXCLUSION_REASONS)[number];

/** The result of {@link averageHeadcount}: the figure and how it was computed. */
export interface HeadcountResult {
  readonly year: number;
  /** The average headcount (persons; may have decimals). */
  readonly average: number;
  /** The sum of the per-date headcounts: `average = sum / dates.length` exactly. */
  readonly sum: number;
  readonly source: 'computed';
  readonly method: HeadcountMethod;
  readonly fiscalYearEnd: string;
  readonly fiscalYearStart: string;
  readonly fiscalYearLast: string;
  readonly includeKinds: readonly EmploymentKind[];
  /** The headcount on each count date. */
  readonly dates: readonly HeadcountOnDate[];
  /** Records read. */
  readonly records: number;
  /** Records that counted on no count date, by reason (nothing is dropped silently). */
  readonly excluded: Readonly<Record<HeadcountExclusionReason, number>>;
  /** A sentence stating the method (for results that must say how they were computed). */
  readonly description: string;
}

/**
 * The average number of persons the employer regularly employs in a financial year (COV-6),
 * computed from employment records: by default the mean of the 12 month-end headcounts, counting
 * persons (`personId`, else `employeeId`) once however many employments they hold, kinds ordinary
 * and maritime (temporary and part-time staff included; freelancers and hired-in workers not).
 * An employment is active on date `d` when `startDate ≤ d ≤ endDate` (open end = ongoing).
 *
 * @param records - parsed employee records of the legal entity ({@link EmployeeSchema} output; only
 *   the fields of {@link HeadcountRecord} are read, and checked)
 * @param year - the financial year
 * @param options - method, reference date, kinds, financial year end
 * @returns the average and how it was computed
 * @throws {@link LikestillingInputError} on malformed input: `records` not an array or a record whose
 *   read fields are not of their parsed types (`records[3].startDate`; the first 20 listed), a bad
 *   year or option (`options.fiscalYearEnd`)
 * @example
 * ```ts
 * const hc = averageHeadcount(employees, 2025);
 * assessDuties(employer, 2025, { headcount: hc });
 * ```
 */
export function averageHeadcount(records: readonly HeadcountRecord[], year: number, options?: AverageHeadcountOptions): HeadcountResult {
  const args = parseInput('averageHeadcount', AverageHeadcountArgs, { year, options });
  const bad = recordIssues(records, ['records'], ['employeeId', 'personId', 'employmentKind', 'startDate', 'endDate']);
  if (bad.length > 0) throw new LikestillingInputError('averageHeadcount', bad);
  return headcountOf(records, args.year, args.options ?? {});
}

function headcountOf(records: readonly HeadcountRecord[], year: number, options: z.output<typeof AverageHeadcountOptionsSchema>): HeadcountResult {
  const fiscalYearEnd = options.fiscalYearEnd ?? '12-31';
  const method = options.method ?? 'month-end-mean';
  const includeKinds = options.includeKinds ?? (['ordinary', 'maritime'] as const);
  const bounds = financialYearBounds(year, fiscalYearEnd);
  const dates = method === 'month-end-mean' ? monthEndDatesOf(year, fiscalYearEnd) : [options.referenceDate ?? bounds.last];

  const persons = dates.map(() => new Set<string>());
  const excluded: Record<HeadcountExclusionReason, number> = { 'employment-kind-excluded': 0, 'not-active-on-count-dates': 0 };
  for (const r of records) {
    if (!includeKinds.includes(r.employmentKind)) {
      excluded['employment-kind-excluded']++;
      continue;
    }
    let counted = false as boolean; // set in the callback (`as`: not narrowed to false here)
    dates.forEach((d, i) => {
      if (r.startDate <= d && (r.endDate === null || d <= r.endDate)) {
        persons[i]?.add(r.personId ?? r.employeeId);
        counted = true;
      }
    });
    if (!counted) excluded['not-active-on-count-dates']++;
  }
  const perDate = dates.map((date, i) => ({ date, persons: persons[i]?.size ?? 0 }));
  const sum = perDate.reduce((s, d) => s + d.persons, 0);
  const description =
    method === 'month-end-mean'
      ? `mean of the 12 month-end headcounts of financial year ${year} (persons, kinds ${includeKinds.join(', ')}; COV-6)`
      : `headcount on ${dates[0] ?? bounds.last} (persons, kinds ${includeKinds.join(', ')}; COV-6 option)`;
  return {
    year,
    average: sum / dates.length,
    sum,
    source: 'computed',
    method,
    fiscalYearEnd,
    fiscalYearStart: bounds.start,
    fiscalYearLast: bounds.last,
    includeKinds: [...includeKinds],
    dates: perDate,
    records: records.length,
    excluded,
    description,
  };
}
