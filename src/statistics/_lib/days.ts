/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`), pure and clock-free: a date is turned into
 * its day number since 1970-01-01 (UTC), so day differences are exact integers. @internal
 */

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date (days since 1970-01-01). @internal */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** ISO date of a day number. @internal */
export function isoOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether `year` is a leap year. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Cheap shape check of an ISO date string `dddd-dd-dd` (the schema has validated real dates). @internal */
export function looksLikeIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}
