/**
 * Calendar helpers of the a-melding importer: ISO dates, months and the financial year (DEF-REF).
 * Pure string/integer arithmetic on UTC dates; no clock. @internal
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date `YYYY-MM-DD`. @internal */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Days in month `month` (1–12) of `year`. @internal */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM` of a month given by year and 1-based month. @internal */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** First day `YYYY-MM-01` of a `YYYY-MM` month. @internal */
export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

/** Last day of a `YYYY-MM` month. @internal */
export function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The ISO date one day after `date`. @internal */
export function nextDay(date: string): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1);
  return new Date(t).toISOString().slice(0, 10);
}

/** A financial year (*regnskapsår*): first and last day and the months that overlap it. @internal */
export interface FinancialYear {
  readonly year: number;
  readonly fiscalYearEnd: string;
  readonly start: string;
  readonly last: string;
  /** `YYYY-MM` of every month overlapping [start, last], in order. */
  readonly months: readonly string[];
}

/**
 * The financial year named `year` that ends on `year-<fiscalYearEnd>` (`MM-DD`; `12-31` is the
 * calendar year). A year ending 30 June 2025 is "2025" and starts 1 July 2024. @internal
 */
export function financialYear(year: number, fiscalYearEnd: string): FinancialYear {
  const last = lastDayIn(year, fiscalYearEnd);
  const previousEnd = lastDayIn(year - 1, fiscalYearEnd);
  const start = nextDay(previousEnd);
  const months: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (;;) {
    const key = monthKey(y, m);
    if (firstDayOfMonth(key) > last) break;
    months.push(key);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return { year, fiscalYearEnd, start, last, months };
}

/** `year-MM-DD`, where `02-29` means the last day of February (as `fiscalYearBounds` in statistics). */
function lastDayIn(year: number, monthDay: string): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/** The financial year (by name) that contains `date`, for a given year end. @internal */
export function financialYearOf(date: string, fiscalYearEnd: string): number {
  const y = Number(date.slice(0, 4));
  return date <= lastDayIn(y, fiscalYearEnd) ? y : y + 1;
}
