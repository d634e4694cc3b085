import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { FinancialYearSchema, FiscalYearEndSchema } from '../models/employer.js';
import { financialYearBounds } from '../_lib/dates.js';

/** First and last day (ISO dates) of a financial year (*regnskapsår*). */
export interface FiscalYearBounds {
  /** First day, e.g. `"2025-01-01"`. */
  readonly start: string;
  /** Last day, e.g. `"2025-12-31"`: the default reference date (DEF-REF). */
  readonly last: string;
}

/**
 * The bounds of the financial year that ends in `year` on `fiscalYearEnd` (`MM-DD`). The year
 * starts the day after the previous year's end (DEF-REF: the reference date is the last day).
 *
 * @param year - the calendar year the financial year ends in
 * @param fiscalYearEnd - last day as `MM-DD` (default `"12-31"`); `"02-29"` means the last day of February
 * @returns the first and last day as ISO dates
 * @throws {@link LikestillingInputError} when `year` is not a financial year (an integer 1900–9999) or
 *   `fiscalYearEnd` not a real `MM-DD`
 * @example
 * ```ts
 * fiscalYearBounds(2025);          // { start: '2025-01-01', last: '2025-12-31' }
 * fiscalYearBounds(2025, '06-30'); // { start: '2024-07-01', last: '2025-06-30' }
 * ```
 */
export function fiscalYearBounds(year: number, fiscalYearEnd?: string): FiscalYearBounds {
  const args = parseInput('fiscalYearBounds', Args, { year, fiscalYearEnd });
  return financialYearBounds(args.year, args.fiscalYearEnd ?? '12-31');
}

const Args = z.object({ year: FinancialYearSchema, fiscalYearEnd: FiscalYearEndSchema.optional() });
