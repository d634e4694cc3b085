/**
 * The financial year as the a-melding importer reads it (DEF-REF): its first and last day and the
 * months that overlap it. The date arithmetic is `src/_lib/dates.ts`'s. @internal
 */
import { financialYearBounds, firstDayOfMonth, monthKey } from '../../../_lib/dates.js';

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
 * calendar year). A year ending 30 June 2025 is "2025" and starts 1 July 2024.
 * @internal
 * @example
 * ```ts
 * financialYear(2025, '06-30').months[0]; // '2024-07'
 * ```
 */
export function financialYear(year: number, fiscalYearEnd: string): FinancialYear {
  const { start, last } = financialYearBounds(year, fiscalYearEnd);
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
