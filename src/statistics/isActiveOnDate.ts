import { inputIssue, LikestillingInputError } from '../_lib/input.js';
import { requireRecord } from '../models/internal.js';
import type { Employee } from '../models/employee.js';
import { expecting } from '../locales/index.js';
import { isActiveOn } from '../rules/definitions/population.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether an employment is active on a date (DEF-REF, DEF-POP): start ≤ date ≤ end, an empty end
 * being ongoing. Compares ISO dates as text (valid for `YYYY-MM-DD`).
 *
 * @param record - the employment (only `startDate` and `endDate` are read)
 * @param date - an ISO date, e.g. the reference date `"2025-12-31"`
 * @returns `true` when active on that date
 * @throws {@link LikestillingInputError} when `record.startDate` / `record.endDate` are not ISO
 *   dates (`endDate` may be `null`) or `date` is not one
 * @example
 * ```ts
 * isActiveOnDate({ startDate: '2025-01-01', endDate: null }, '2025-12-31');         // true
 * isActiveOnDate({ startDate: '2025-01-01', endDate: '2025-12-30' }, '2025-12-31'); // false
 * ```
 */
export function isActiveOnDate(record: Pick<Employee, 'startDate' | 'endDate'>, date: string): boolean {
  requireRecord('isActiveOnDate', record, ['record'], ['startDate', 'endDate']);
  if (typeof date !== 'string' || !ISO_DATE.test(date))
    throw new LikestillingInputError('isActiveOnDate', [inputIssue(['date'], 'invalid_format', expecting('isoDateText'))]);
  return isActiveOn(record.startDate, record.endDate ?? date, date);
}
