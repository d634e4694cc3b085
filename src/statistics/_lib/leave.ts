import type { Employee } from '../../models/employee.js';
import { dayNumber } from '../../_lib/dates.js';
import { LEAVE_UNITS_PER_WEEK } from './personTable.js';

const WEEKS_TEXT = /^(\d+)(?:\.(\d+))?$/;

/**
 * Weeks given directly, as exact leave units (1/7 000 000 week): the number is read through its
 * shortest decimal text; digits beyond the sixth decimal of a week (0.6 s) are rounded half-up.
 * @internal
 */
export function weeksToUnits(weeks: number): number {
  if (!(weeks > 0)) return 0;
  // Fast path, same result: when weeks·10^6 is within 0.001 of an integer, the decimals of the
  // text beyond the sixth are 000… (round down) or 999… (round up) — both give that integer.
  // The product is off by far less than 0.001 for any weeks below 10^6.
  const scaled = weeks * 1_000_000;
  const nearest = Math.round(scaled);
  if (weeks < 1_000_000 && Math.abs(scaled - nearest) < 0.001) return nearest * 7;
  const m = WEEKS_TEXT.exec(String(weeks));
  if (m === null) return Math.round(weeks * 1_000_000) * 7; // exponent notation: below 1e-6 weeks
  const whole = Number(m[1]);
  const frac = m[2] ?? '';
  let micro = Number((frac + '000000').slice(0, 6));
  if (frac.length > 6 && Number(frac[6]) >= 5) micro += 1;
  return (whole * 1_000_000 + micro) * 7;
}

/**
 * Parental-leave units of one employment inside the financial year (DEF-PL): Σ over periods of
 * days inside [first, last] × leave percent (hundredths) × 100, or weeks given directly. Periods,
 * when given, take precedence over `parentalLeaveWeeks` ("instead of", ARP.md DEF-PL). The leave
 * percent is read to two decimals.
 * @internal
 */
export function leaveUnitsOf(record: Employee, first: string, last: string, firstDay: number, lastDay: number): number {
  const periods = record.parentalLeavePeriods;
  if (periods.length > 0) {
    let units = 0;
    for (const p of periods) {
      if (p.endDate < first || p.startDate > last) continue;
      const s = p.startDate < first ? firstDay : dayNumber(p.startDate);
      const e = p.endDate > last ? lastDay : dayNumber(p.endDate);
      units += (e - s + 1) * Math.round(p.percent * 100) * 100;
    }
    return units;
  }
  return record.parentalLeaveWeeks === null ? 0 : weeksToUnits(record.parentalLeaveWeeks);
}

/** Leave units per week, re-exported for formatting. @internal */
export const UNITS_PER_WEEK = BigInt(LEAVE_UNITS_PER_WEEK);
