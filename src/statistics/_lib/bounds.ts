/** The financial year's bounds on checked arguments (`fiscalYearBounds` checks them, then calls this). @internal */
import { isLeapYear, isoOfDayNumber, dayNumber } from './days.js';

function lastDayIn(year: number, monthDay: string): string {
  // 29 February means the last day of February (28th in a common year).
  const md = monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${md}`;
}

/** `fiscalYearBounds` of checked arguments. @internal */
export function boundsOf(year: number, fiscalYearEnd: string): { readonly start: string; readonly last: string } {
  const last = lastDayIn(year, fiscalYearEnd);
  const previous = lastDayIn(year - 1, fiscalYearEnd);
  return { start: isoOfDayNumber(dayNumber(previous) + 1), last };
}
