/**
 * The financial-year calendar on checked arguments, shared by `schedule/` (the public functions of
 * `schedule/fiscalYear.ts` check their arguments, then call these) and `rules/` (the duties of a
 * year and the average headcount). It lives here, not in `schedule/_lib`, so that `rules/` does not
 * depend on `schedule/`: the dependency runs one way, `schedule/` → `rules/`.
 * @internal
 */
import { addMonths, format, getDaysInMonth, lastDayOfMonth } from 'date-fns';

/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) with date-fns, independent of the process time
 * zone: dates are built as local midnight from their parts and formatted back from local parts, so
 * no UTC/local conversion ever happens.
 */
function toDate(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  d.setHours(0, 0, 0, 0);
  return d;
}
function iso(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}
/** The parts of an ISO date (checked at the entry points: `IsoDateSchema`). */
function parts(isoDate: string): { year: number; month: number; day: number } {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)), day: Number(isoDate.slice(8, 10)) };
}
/** The parts of a financial year end (checked at the entry points: `FiscalYearEndSchema`). */
function parseMonthDay(fiscalYearEnd: string): { month: number; day: number } {
  return { month: Number(fiscalYearEnd.slice(0, 2)), day: Number(fiscalYearEnd.slice(3, 5)) };
}

/** Whether a checked year end is a month's last day. @internal */
export function isMonthEnd(fiscalYearEnd: string): boolean {
  const { month, day } = parseMonthDay(fiscalYearEnd);
  return day >= getDaysInMonth(toDate(2024, month, 1));
}

/** The last day of a financial year (checked arguments). @internal */
export function lastDayOf(year: number, fiscalYearEnd: string): string {
  const { month, day } = parseMonthDay(fiscalYearEnd);
  if (isMonthEnd(fiscalYearEnd)) return iso(lastDayOfMonth(toDate(year, month, 1)));
  return iso(toDate(year, month, day));
}

/** `fiscalYearOf` of a checked date and year end. @internal */
export function fiscalYearOfDate(date: string, fiscalYearEnd: string): number {
  const { year } = parts(date);
  return date <= lastDayOf(year, fiscalYearEnd) ? year : year + 1;
}

/** `monthsAfterYearEnd` of checked arguments. @internal */
export function monthsAfter(year: number, months: number, fiscalYearEnd: string): string {
  const last = parts(lastDayOf(year, fiscalYearEnd));
  const base = toDate(last.year, last.month, last.day);
  if (isMonthEnd(fiscalYearEnd)) return iso(lastDayOfMonth(addMonths(toDate(last.year, last.month, 1), months)));
  return iso(addMonths(base, months));
}

/** `monthEndDates` of checked arguments. @internal */
export function monthEndDatesOf(year: number, fiscalYearEnd: string): string[] {
  const out: string[] = [];
  for (let k = -11; k <= 0; k++) out.push(monthsAfter(year, k, fiscalYearEnd));
  return out;
}
