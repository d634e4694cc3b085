import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { formatRatio } from '../_lib/money.js';
import { requireRecord } from '../models/internal.js';
import type { Employee } from '../models/employee.js';
import { FinancialYearSchema, FiscalYearEndSchema } from '../models/employer.js';
import { leaveUnitsOf, UNITS_PER_WEEK } from './_lib/leave.js';
import { dayNumber, financialYearBounds } from '../_lib/dates.js';

const Args = z.object({
  year: FinancialYearSchema,
  options: z.strictObject({ fiscalYearEnd: FiscalYearEndSchema.optional(), decimals: z.int().min(0).max(6).optional() }).optional(),
});

/**
 * Parental-leave weeks (*foreldrepermisjon*) of one employment inside a financial year (DEF-PL):
 * Σ over its periods of (days of the period inside the year × leave percent / 100) / 7, or the
 * weeks given directly when the record has no periods. Exact; rounded half-up once, at the end.
 *
 * @param record - a parsed employee record (its leave fields are checked: `parentalLeavePeriods`, `parentalLeaveWeeks`)
 * @param year - the financial year (the calendar year it ends in)
 * @param options - `fiscalYearEnd` (`MM-DD`, default `12-31`) and `decimals` (default 1)
 * @returns the weeks as a decimal string, `"0.0"` when no leave falls in the year
 * @throws {@link LikestillingInputError} on a record whose leave fields are not parsed ones, a bad
 *   year or option (`options.decimals`)
 * @see ARP.md §5 DEF-PL
 * @example
 * ```ts
 * const r = EmployeeSchema.parse({ employeeId: 'a', gender: 'male', startDate: '2020-01-01',
 *   parentalLeavePeriods: [{ startDate: '2024-12-01', endDate: '2025-02-11' }] });
 * parentalLeaveWeeks(r, 2025); // '6.0' (1 Jan – 11 Feb = 42 days)
 * ```
 */
export function parentalLeaveWeeks(
  record: Employee,
  year: number,
  options?: { readonly fiscalYearEnd?: string | undefined; readonly decimals?: number | undefined },
): string {
  const args = parseInput('parentalLeaveWeeks', Args, { year, options });
  requireRecord('parentalLeaveWeeks', record, ['record'], ['parentalLeavePeriods', 'parentalLeaveWeeks']);
  const o = args.options ?? {};
  const { start, last } = financialYearBounds(args.year, o.fiscalYearEnd ?? '12-31');
  const units = leaveUnitsOf(record, start, last, dayNumber(start), dayNumber(last));
  return formatRatio(BigInt(units), UNITS_PER_WEEK, o.decimals ?? 1) ?? '0';
}
