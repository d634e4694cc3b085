import type { Employee } from '../models/employee.js';

/**
 * Whether an employment is active on a date (DEF-REF, DEF-POP): start ≤ date ≤ end, an empty end
 * being ongoing. Compares ISO dates as text (valid for `YYYY-MM-DD`).
 *
 * @param record - the employment (only `startDate` and `endDate` are read)
 * @param date - an ISO date, e.g. the reference date `"2025-12-31"`
 * @returns `true` when active on that date
 * @example
 * ```ts
 * isActiveOnDate({ startDate: '2025-01-01', endDate: null }, '2025-12-31');         // true
 * isActiveOnDate({ startDate: '2025-01-01', endDate: '2025-12-30' }, '2025-12-31'); // false
 * ```
 */
export function isActiveOnDate(record: Pick<Employee, 'startDate' | 'endDate'>, date: string): boolean {
  return record.startDate <= date && (record.endDate === null || record.endDate >= date);
}
