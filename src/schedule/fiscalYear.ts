import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { IsoDateSchema } from '../models/employee.js';
import { FinancialYearSchema, FiscalYearEndSchema } from '../models/employer.js';
import { financialYearOfDate, isMonthEnd, lastDayOfFinancialYear, monthEndDatesOf, yearEndPlusMonths } from '../_lib/dates.js';

// The entry points' arguments (paths start with the parameter's name).
const YearEndArgs = z.object({ fiscalYearEnd: FiscalYearEndSchema });
const YearArgs = z.object({ year: FinancialYearSchema, fiscalYearEnd: FiscalYearEndSchema.optional() });
const DateArgs = z.object({ date: IsoDateSchema, fiscalYearEnd: FiscalYearEndSchema.optional() });
const MonthsArgs = YearArgs.extend({ months: z.int().min(-1200).max(1200) });

/**
 * Whether a financial year end `MM-DD` is the last day of its month (`01-31`, `02-29`, `06-30` …).
 * Deadlines counted from such a year end fall on a month's last day too. `02-29` means the last
 * day of February (28th in a common year); `02-28` is taken literally, the 28th, as in the
 * statistics' `fiscalYearBounds`.
 *
 * @param fiscalYearEnd - `MM-DD`
 * @returns `true` for a month-end year end
 * @throws {@link LikestillingInputError} when `fiscalYearEnd` is not a real `MM-DD`
 * @example
 * ```ts
 * isMonthEndYearEnd('06-30'); // true
 * isMonthEndYearEnd('06-15'); // false
 * ```
 */
export function isMonthEndYearEnd(fiscalYearEnd: string): boolean {
  return isMonthEnd(parseInput('isMonthEndYearEnd', YearEndArgs, { fiscalYearEnd }).fiscalYearEnd);
}

/**
 * The last day of financial year `year` (the year that ends in calendar year `year`); the same
 * day as `fiscalYearBounds(year, fiscalYearEnd).last`.
 *
 * @param year - the financial year
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns the ISO date of the last day
 * @throws {@link LikestillingInputError} when `year` is not a financial year (an integer 1900–9999)
 *   or `fiscalYearEnd` not a real `MM-DD`
 * @example
 * ```ts
 * fiscalYearLastDay(2025, '02-29'); // '2025-02-28' (last day of February)
 * ```
 */
export function fiscalYearLastDay(year: number, fiscalYearEnd?: string): string {
  const args = parseInput('fiscalYearLastDay', YearArgs, { year, fiscalYearEnd });
  return lastDayOfFinancialYear(args.year, args.fiscalYearEnd ?? '12-31');
}

/**
 * The financial year a date falls in.
 *
 * @param date - an ISO date
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns the financial year
 * @throws {@link LikestillingInputError} when `date` is not an ISO date or `fiscalYearEnd` not a real `MM-DD`
 * @example
 * ```ts
 * fiscalYearOf('2024-09-15', '06-30'); // 2025
 * ```
 */
export function fiscalYearOf(date: string, fiscalYearEnd?: string): number {
  const args = parseInput('fiscalYearOf', DateArgs, { date, fiscalYearEnd });
  return financialYearOfDate(args.date, args.fiscalYearEnd ?? '12-31');
}

/**
 * The date `months` months after the financial year's last day (the deadline rule of STM-5).
 * When the year end is a month end, the result is the last day of the target month (30 June + 6
 * months = 31 December); otherwise the same day of month, clamped to the month's length.
 *
 * @param year - the financial year
 * @param months - whole months after the year end
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns the ISO date
 * @throws {@link LikestillingInputError} when `year` is not a financial year, `months` not a whole
 *   number of months (−1200 to 1200) or `fiscalYearEnd` not a real `MM-DD`
 * @example
 * ```ts
 * monthsAfterYearEnd(2025, 6, '06-30'); // '2025-12-31'
 * monthsAfterYearEnd(2025, 7, '06-30'); // '2026-01-31'
 * ```
 */
export function monthsAfterYearEnd(year: number, months: number, fiscalYearEnd?: string): string {
  const args = parseInput('monthsAfterYearEnd', MonthsArgs, { year, months, fiscalYearEnd });
  return yearEndPlusMonths(args.year, args.months, args.fiscalYearEnd ?? '12-31');
}

/**
 * The twelve month-end count dates of a financial year (COV-6 default: the mean of the 12
 * month-end headcounts), oldest first, the last being the year's last day. For a year end that is
 * not a month end, the same day of each month is used (clamped to the month's length).
 *
 * @param year - the financial year
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns 12 ISO dates
 * @throws {@link LikestillingInputError} when `year` is not a financial year or `fiscalYearEnd` not a real `MM-DD`
 * @example
 * ```ts
 * monthEndDates(2025); // ['2025-01-31', '2025-02-28', …, '2025-12-31']
 * ```
 */
export function monthEndDates(year: number, fiscalYearEnd?: string): string[] {
  const args = parseInput('monthEndDates', YearArgs, { year, fiscalYearEnd });
  return monthEndDatesOf(args.year, args.fiscalYearEnd ?? '12-31');
}
