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
function parts(isoDate: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) throw new RangeError(`expected an ISO date YYYY-MM-DD (got "${isoDate}")`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
function parseMonthDay(fiscalYearEnd: string): { month: number; day: number } {
  const m = /^(\d{2})-(\d{2})$/.exec(fiscalYearEnd);
  const month = Number(m?.[1]);
  const day = Number(m?.[2]);
  if (m === null || month < 1 || month > 12 || day < 1 || day > getDaysInMonth(toDate(2024, month, 1))) {
    throw new RangeError(`expected a financial year end MM-DD (got "${fiscalYearEnd}")`);
  }
  return { month, day };
}

/**
 * Whether a financial year end `MM-DD` is the last day of its month (`01-31`, `02-29`, `06-30` …).
 * Deadlines counted from such a year end fall on a month's last day too. `02-29` means the last
 * day of February (28th in a common year); `02-28` is taken literally, the 28th, as in the
 * statistics' `fiscalYearBounds`.
 *
 * @param fiscalYearEnd - `MM-DD`
 * @returns `true` for a month-end year end
 * @throws RangeError when `fiscalYearEnd` is not a real `MM-DD`
 * @example
 * ```ts
 * isMonthEndYearEnd('06-30'); // true
 * isMonthEndYearEnd('06-15'); // false
 * ```
 */
export function isMonthEndYearEnd(fiscalYearEnd: string): boolean {
  const { month, day } = parseMonthDay(fiscalYearEnd);
  return day >= getDaysInMonth(toDate(2024, month, 1));
}

/**
 * The last day of financial year `year` (the year that ends in calendar year `year`); the same
 * day as `fiscalYearBounds(year, fiscalYearEnd).last`.
 *
 * @param year - the financial year
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns the ISO date of the last day
 * @throws RangeError when `fiscalYearEnd` is not a real `MM-DD`
 * @example
 * ```ts
 * fiscalYearLastDay(2025, '02-29'); // '2025-02-28' (last day of February)
 * ```
 */
export function fiscalYearLastDay(year: number, fiscalYearEnd = '12-31'): string {
  const { month, day } = parseMonthDay(fiscalYearEnd);
  if (isMonthEndYearEnd(fiscalYearEnd)) return iso(lastDayOfMonth(toDate(year, month, 1)));
  return iso(toDate(year, month, day));
}

/**
 * The financial year a date falls in.
 *
 * @param date - an ISO date
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns the financial year
 * @throws RangeError on a malformed date or year end
 * @example
 * ```ts
 * fiscalYearOf('2024-09-15', '06-30'); // 2025
 * ```
 */
export function fiscalYearOf(date: string, fiscalYearEnd = '12-31'): number {
  const { year } = parts(date);
  return date <= fiscalYearLastDay(year, fiscalYearEnd) ? year : year + 1;
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
 * @throws RangeError when `fiscalYearEnd` is not a real `MM-DD`
 * @example
 * ```ts
 * monthsAfterYearEnd(2025, 6, '06-30'); // '2025-12-31'
 * monthsAfterYearEnd(2025, 7, '06-30'); // '2026-01-31'
 * ```
 */
export function monthsAfterYearEnd(year: number, months: number, fiscalYearEnd = '12-31'): string {
  const last = parts(fiscalYearLastDay(year, fiscalYearEnd));
  const base = toDate(last.year, last.month, last.day);
  if (isMonthEndYearEnd(fiscalYearEnd)) return iso(lastDayOfMonth(addMonths(toDate(last.year, last.month, 1), months)));
  return iso(addMonths(base, months));
}

/**
 * The twelve month-end count dates of a financial year (COV-6 default: the mean of the 12
 * month-end headcounts), oldest first, the last being the year's last day. For a year end that is
 * not a month end, the same day of each month is used (clamped to the month's length).
 *
 * @param year - the financial year
 * @param fiscalYearEnd - `MM-DD` (default `12-31`)
 * @returns 12 ISO dates
 * @throws RangeError when `fiscalYearEnd` is not a real `MM-DD`
 * @example
 * ```ts
 * monthEndDates(2025); // ['2025-01-31', '2025-02-28', …, '2025-12-31']
 * ```
 */
export function monthEndDates(year: number, fiscalYearEnd = '12-31'): string[] {
  const out: string[] = [];
  for (let k = -11; k <= 0; k++) out.push(monthsAfterYearEnd(year, k, fiscalYearEnd));
  return out;
}
