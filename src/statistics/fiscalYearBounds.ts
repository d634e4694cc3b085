import { isLeapYear, isoOfDayNumber, dayNumber } from './_lib/days.js';

/** First and last day (ISO dates) of a financial year (*regnskapsår*). */
export interface FiscalYearBounds {
  /** First day, e.g. `"2025-01-01"`. */
  readonly start: string;
  /** Last day, e.g. `"2025-12-31"`: the default reference date (DEF-REF). */
  readonly last: string;
}

function lastDayIn(year: number, monthDay: string): string {
  // 29 February means the last day of February (28th in a common year).
  const md = monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${md}`;
}

/**
 * The bounds of the financial year that ends in `year` on `fiscalYearEnd` (`MM-DD`). The year
 * starts the day after the previous year's end (DEF-REF: the reference date is the last day).
 *
 * @param year - the calendar year the financial year ends in
 * @param fiscalYearEnd - last day as `MM-DD` (default `"12-31"`); `"02-29"` means the last day of February
 * @returns the first and last day as ISO dates
 * @example
 * ```ts
 * fiscalYearBounds(2025);          // { start: '2025-01-01', last: '2025-12-31' }
 * fiscalYearBounds(2025, '06-30'); // { start: '2024-07-01', last: '2025-06-30' }
 * ```
 */
export function fiscalYearBounds(year: number, fiscalYearEnd = '12-31'): FiscalYearBounds {
  const last = lastDayIn(year, fiscalYearEnd);
  const previous = lastDayIn(year - 1, fiscalYearEnd);
  return { start: isoOfDayNumber(dayNumber(previous) + 1), last };
}
