/**
 * Dates, one way for the whole package. A date travels between modules either as its ISO text
 * `YYYY-MM-DD` (records, options, output) or as a {@link DateKey}, the integer yyyymmdd
 * (2025-12-31 → 20 251 231): it orders like the date, is read from the text's eight digits
 * without a division and is written back the same way, and a stored or serialised key reads as the
 * date. Where a count of days is needed (parental-leave days, seniority), {@link dayNumberOfKey}
 * turns a key into days since 1970-01-01 on the spot; day numbers do not travel.
 *
 * The financial year (*regnskapsår*, DEF-REF) is here too: its last day, its bounds, the year a
 * date falls in and the month-ends that close it. Pure integer and string arithmetic on the
 * proleptic Gregorian calendar: no clock, no `Date`, no time zone.
 * @internal
 * @module
 */

/**
 * A calendar date as the integer yyyymmdd (`year · 10 000 + month · 100 + day`); -1 where a
 * function gives "not a date".
 * @example
 * ```ts
 * const key: DateKey = 20251231; // 2025-12-31
 * ```
 */
export type DateKey = number;

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `year` is a leap year (Gregorian).
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The days of month `month` (1–12) of `year`.
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * Whether year, month (1–12) and day make a real calendar date (a year from 0 on).
 * @example
 * ```ts
 * isValidDate(2025, 2, 29); // false
 * ```
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The {@link DateKey} of a year, month and day (not checked: see {@link isValidDate}).
 * @example
 * ```ts
 * dateKeyOfParts(2025, 2, 1); // 20250201
 * ```
 */
export function dateKeyOfParts(year: number, month: number, day: number): DateKey {
  return year * 10_000 + month * 100 + day;
}

/**
 * The year of a {@link DateKey}.
 * @example
 * ```ts
 * yearOfKey(20250201); // 2025
 * ```
 */
export function yearOfKey(key: DateKey): number {
  return Math.floor(key / 10_000);
}

/**
 * The month (1–12) of a {@link DateKey}.
 * @example
 * ```ts
 * monthOfKey(20250201); // 2
 * ```
 */
export function monthOfKey(key: DateKey): number {
  return Math.floor(key / 100) % 100;
}

/**
 * The day of the month of a {@link DateKey}.
 * @example
 * ```ts
 * dayOfKey(20250201); // 1
 * ```
 */
export function dayOfKey(key: DateKey): number {
  return key % 100;
}

/**
 * The {@link DateKey} of a value shaped `dddd-dd-dd`, or -1 for any other value. The shape check and
 * the conversion are one pass over the eight digits; the calendar is not checked (the schemas have
 * checked it, and {@link isIsoDate} does): this is the engine's per-record read.
 * @example
 * ```ts
 * dateKeyOf('2025-12-31'); // 20251231
 * dateKeyOf('31.12.2025'); // -1
 * ```
 */
export function dateKeyOf(value: unknown): DateKey {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y1 = value.charCodeAt(0) - 48;
  const y2 = value.charCodeAt(1) - 48;
  const y3 = value.charCodeAt(2) - 48;
  const y4 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  // every digit 0–9: as unsigned, a code below '0' is huge
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9 || m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1;
  return ((y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 100 + m1 * 10 + m2) * 100 + d1 * 10 + d2;
}

/**
 * Whether a value has the shape `dddd-dd-dd` (the calendar is not checked: see {@link isIsoDate}).
 * @example
 * ```ts
 * looksLikeIsoDate('2025-02-30'); // true (the shape)
 * looksLikeIsoDate('2025-2-3'); // false
 * ```
 */
export function looksLikeIsoDate(value: unknown): value is string {
  return dateKeyOf(value) >= 0;
}

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD`.
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(text: string): boolean {
  const key = dateKeyOf(text);
  return key >= 0 && isValidDate(yearOfKey(key), monthOfKey(key), dayOfKey(key));
}

function pad2(v: number): string {
  return v < 10 ? '0' + String(v) : String(v);
}

/**
 * The ISO text `YYYY-MM-DD` of a {@link DateKey}.
 * @example
 * ```ts
 * isoOfDateKey(20250201); // '2025-02-01'
 * ```
 */
export function isoOfDateKey(key: DateKey): string {
  return String(yearOfKey(key)).padStart(4, '0') + '-' + pad2(monthOfKey(key)) + '-' + pad2(dayOfKey(key));
}

/**
 * Days since 1970-01-01 of a {@link DateKey} (H. Hinnant's `days_from_civil`, integer arithmetic):
 * the difference of two is the number of days between them.
 * @example
 * ```ts
 * dayNumberOfKey(19700102); // 1
 * dayNumberOfKey(20251231) - dayNumberOfKey(20250101); // 364
 * ```
 */
export function dayNumberOfKey(key: DateKey): number {
  const m = monthOfKey(key);
  const d = dayOfKey(key);
  const y = yearOfKey(key) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (checked by the caller).
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * ```
 */
export function dayNumber(iso: string): number {
  return dayNumberOfKey(dateKeyOf(iso));
}

/**
 * The ISO date one day after `iso` (a checked `YYYY-MM-DD`).
 * @example
 * ```ts
 * nextDay('2024-02-28'); // '2024-02-29'
 * nextDay('2025-12-31'); // '2026-01-01'
 * ```
 */
export function nextDay(iso: string): string {
  const key = dateKeyOf(iso);
  const y = yearOfKey(key);
  const m = monthOfKey(key);
  const d = dayOfKey(key);
  if (d < daysInMonth(y, m)) return isoOfDateKey(key + 1);
  return isoOfDateKey(m === 12 ? dateKeyOfParts(y + 1, 1, 1) : dateKeyOfParts(y, m + 1, 1));
}

/**
 * `iso` plus `months` calendar months; the day is clamped to the month's length (31 August + 6
 * months = 28 or 29 February), as date-fns `addMonths`.
 * @example
 * ```ts
 * addMonths('2025-08-31', 6); // '2026-02-28'
 * addMonths('2025-03-15', -3); // '2024-12-15'
 * ```
 */
export function addMonths(iso: string, months: number): string {
  const key = dateKeyOf(iso);
  const index = yearOfKey(key) * 12 + monthOfKey(key) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoOfDateKey(dateKeyOfParts(y, m, Math.min(dayOfKey(key), daysInMonth(y, m))));
}

/**
 * The month text `YYYY-MM` of a year and a month (1–12).
 * @example
 * ```ts
 * monthKey(2025, 3); // '2025-03'
 * ```
 */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/**
 * The first day `YYYY-MM-01` of a month `YYYY-MM`.
 * @example
 * ```ts
 * firstDayOfMonth('2025-02'); // '2025-02-01'
 * ```
 */
export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

/**
 * The last day of a month `YYYY-MM`.
 * @example
 * ```ts
 * lastDayOfMonth('2024-02'); // '2024-02-29'
 * ```
 */
export function lastDayOfMonth(month: string): string {
  return `${month}-${pad2(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
}

/**
 * Whether a financial year's end `MM-DD` (checked) is a month's last day. `02-29` is (February's
 * last day, the 28th in a common year); `02-28` is not (it stays the 28th in a leap year).
 * @example
 * ```ts
 * isMonthEnd('06-30'); // true
 * isMonthEnd('06-15'); // false
 * ```
 */
export function isMonthEnd(fiscalYearEnd: string): boolean {
  return Number(fiscalYearEnd.slice(3, 5)) >= daysInMonth(2024, Number(fiscalYearEnd.slice(0, 2)));
}

/**
 * The last day of the financial year named `year` that ends on `fiscalYearEnd` (`MM-DD`, checked;
 * `12-31` is the calendar year). `02-29` means the last day of February (the 28th in a common year).
 * @see ARP.md DEF-REF
 * @example
 * ```ts
 * lastDayOfFinancialYear(2025, '06-30'); // '2025-06-30'
 * lastDayOfFinancialYear(2025, '02-29'); // '2025-02-28'
 * ```
 */
export function lastDayOfFinancialYear(year: number, fiscalYearEnd: string): string {
  const monthDay = fiscalYearEnd === '02-29' && !isLeapYear(year) ? '02-28' : fiscalYearEnd;
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * The first and last day of the financial year named `year` (checked arguments).
 * @see ARP.md DEF-REF
 * @example
 * ```ts
 * financialYearBounds(2025, '06-30'); // { start: '2024-07-01', last: '2025-06-30' }
 * ```
 */
export function financialYearBounds(year: number, fiscalYearEnd: string): { readonly start: string; readonly last: string } {
  return { start: nextDay(lastDayOfFinancialYear(year - 1, fiscalYearEnd)), last: lastDayOfFinancialYear(year, fiscalYearEnd) };
}

/**
 * The financial year (by name: the year it ends in) that holds the ISO date `date` (checked).
 * @see ARP.md DEF-REF
 * @example
 * ```ts
 * financialYearOfDate('2024-07-01', '06-30'); // 2025
 * ```
 */
export function financialYearOfDate(date: string, fiscalYearEnd: string): number {
  const year = Number(date.slice(0, 4));
  return date <= lastDayOfFinancialYear(year, fiscalYearEnd) ? year : year + 1;
}

/**
 * The day `months` months after the last day of financial year `year` (checked arguments): a
 * year that ends on a month's last day gives the last day of the month `months` later, any other
 * the same day of that month (clamped to its length).
 * @example
 * ```ts
 * yearEndPlusMonths(2025, 6, '12-31'); // '2026-06-30'
 * yearEndPlusMonths(2025, -10, '12-31'); // '2025-02-28'
 * ```
 */
export function yearEndPlusMonths(year: number, months: number, fiscalYearEnd: string): string {
  const last = lastDayOfFinancialYear(year, fiscalYearEnd);
  if (!isMonthEnd(fiscalYearEnd)) return addMonths(last, months);
  const month = addMonths(firstDayOfMonth(last.slice(0, 7)), months).slice(0, 7);
  return lastDayOfMonth(month);
}

/**
 * The twelve month-ends of financial year `year`, the last one its last day (checked arguments).
 * @example
 * ```ts
 * monthEndDatesOf(2025, '12-31')[0]; // '2025-01-31'
 * ```
 */
export function monthEndDatesOf(year: number, fiscalYearEnd: string): string[] {
  const out: string[] = [];
  for (let k = -11; k <= 0; k++) out.push(yearEndPlusMonths(year, k, fiscalYearEnd));
  return out;
}
