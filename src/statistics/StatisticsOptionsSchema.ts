import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { EMPLOYMENT_KINDS, IsoDateSchema, PAY_COMPONENTS, type EmploymentKind, type PayComponent } from '../models/employee.js';
import { financialYearBounds } from '../_lib/dates.js';
import { PARENTAL_LEAVE_POPULATIONS, type ResolvedStatisticsOptions } from './types.js';
import { expecting } from '../locales/index.js';

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `MM-DD`, a real month and day (29 February allowed: it means the last day of February). */
const MonthDaySchema = z.string().refine(
  (text) => {
    const m = MONTH_DAY.exec(text);
    if (m === null) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
  },
  { message: 'expected a month and day MM-DD, e.g. 12-31', params: expecting('monthDayExample') },
);

/**
 * Options of the statistics engine (*kartlegging*, ARP.md §5). Every **[default]** convention of
 * ARP.md is an option here and is echoed, resolved, in the result's `options`
 * ({@link ResolvedStatisticsOptions}).
 *
 * - `year` (required): the financial year (*regnskapsår*), named by the calendar year it ends in.
 * - `fiscalYearEnd` (default `"12-31"`): last day of the financial year as `MM-DD`; with `"06-30"`
 *   and year 2025 the financial year is 2024-07-01 … 2025-06-30.
 * - `referenceDate` (DEF-REF, default the last day of the financial year).
 * - `includeKinds` (DEF-POP, default `ordinary`, `maritime`; freelancers out).
 * - `mergePersons` (DEF-POP, default `true`): employments with the same `personId` (or, without
 *   one, the same `employeeId`) are one person.
 * - `partTimeBelow` (DEF-PT, default 100): part-time when the position percent is below this.
 * - `monthlyPayComponents` / `agreedPayComponents` (DEF-PAY): the components summed for
 *   *månedslønn* (default base, fixed, irregular, bonus) and *avtalt månedslønn* (base, fixed).
 * - `percentDecimals` / `weeksDecimals` (DEF-AVG, default 1, half-up at presentation only).
 * - `parentalLeavePopulation` (DEF-REF/DEF-PL, default `financial-year`).
 *
 * @example
 * ```ts
 * const options = StatisticsOptionsSchema.parse({ year: 2025 });
 * options.referenceDate; // '2025-12-31'
 * options.includeKinds;  // ['ordinary', 'maritime']
 * ```
 */
export const StatisticsOptionsSchema = z
  .strictObject({
    year: z.number().int().min(1900).max(9998),
    fiscalYearEnd: MonthDaySchema.default('12-31'),
    referenceDate: IsoDateSchema.optional(),
    includeKinds: z.array(z.enum(EMPLOYMENT_KINDS)).min(1).default(['ordinary', 'maritime']),
    mergePersons: z.boolean().default(true),
    partTimeBelow: z.number().gt(0).max(200).default(100),
    monthlyPayComponents: z.array(z.enum(PAY_COMPONENTS)).min(1).default(['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus']),
    agreedPayComponents: z.array(z.enum(PAY_COMPONENTS)).min(1).default(['basePay', 'fixedAllowances']),
    percentDecimals: z.number().int().min(0).max(6).default(1),
    weeksDecimals: z.number().int().min(0).max(6).default(1),
    rounding: z.literal('half-up').default('half-up'),
    parentalLeavePopulation: z.enum(PARENTAL_LEAVE_POPULATIONS).default('financial-year'),
  })
  .transform((o): ResolvedStatisticsOptions => {
    const bounds = financialYearBounds(o.year, o.fiscalYearEnd);
    return {
      year: o.year,
      fiscalYearEnd: o.fiscalYearEnd,
      fiscalYearStart: bounds.start,
      fiscalYearLast: bounds.last,
      referenceDate: o.referenceDate ?? bounds.last,
      includeKinds: inOrder(EMPLOYMENT_KINDS, o.includeKinds),
      mergePersons: o.mergePersons,
      partTimeBelow: o.partTimeBelow,
      monthlyPayComponents: inOrder(PAY_COMPONENTS, o.monthlyPayComponents),
      agreedPayComponents: inOrder(PAY_COMPONENTS, o.agreedPayComponents),
      percentDecimals: o.percentDecimals,
      rounding: o.rounding,
      parentalLeavePopulation: o.parentalLeavePopulation,
      weeksDecimals: o.weeksDecimals,
    };
  });

/** What {@link StatisticsOptionsSchema} accepts: only `year` is required. */
export interface StatisticsOptions extends z.input<typeof StatisticsOptionsSchema> {}

/** Deduplicated, in the canonical order of `all`, so equal option sets resolve equal. */
function inOrder<T extends EmploymentKind | PayComponent>(all: readonly T[], chosen: readonly T[]): readonly T[] {
  const set = new Set(chosen);
  return all.filter((x) => set.has(x));
}

/**
 * Resolves statistics options: fills every default and derives the financial year's bounds.
 *
 * @param options - the options as given (only `year` is required)
 * @returns the resolved options, as echoed in `Mapping.options`
 * @throws {@link LikestillingInputError} when an option is invalid (e.g. `fiscalYearEnd: "13-01"`:
 *   path `options.fiscalYearEnd`)
 * @example
 * ```ts
 * resolveStatisticsOptions({ year: 2025, fiscalYearEnd: '06-30' }).fiscalYearStart; // '2024-07-01'
 * ```
 */
export function resolveStatisticsOptions(options: StatisticsOptions): ResolvedStatisticsOptions {
  return parseInput('resolveStatisticsOptions', StatisticsOptionsSchema, options, ['options']);
}
