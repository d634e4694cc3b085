import type { Employee } from '../models/employee.js';
import { accumulate } from './accumulateMapping.js';
import { beginFinalize, completeFinalize } from './finalizeMapping.js';
import type { StatisticsOptions } from './StatisticsOptionsSchema.js';
import type { Mapping } from './types.js';

/**
 * Computes the internal mapping (*kartlegging*) of the equality statement's part 1 (ARP.md §5,
 * STAT-A1…A4 and STAT-B0…B4) from employment records: headcount by sex, temporary, part-time and
 * involuntary part-time employees, parental leave, and monthly full-time-equivalent pay (mean,
 * median, women's share of men's) for both pay concepts and per component — for the employer,
 * per job level, per job group and per organisational unit at every depth. Every record left out
 * of a figure is counted in `excluded` with its reason; every convention used is in `options`.
 *
 * Pure and exact (DEF-ROUND): money as integer øre and exact rationals, rounded once at output.
 * Equal to `finalizeMapping(accumulateMapping(records, options))`.
 *
 * @param records - parsed records ({@link EmployeeSchema} output), one per employment
 * @param options - statistics options; only `year` is required ({@link StatisticsOptionsSchema})
 * @returns the mapping
 * @throws {@link LikestillingInputError} when `records` is not an array or the options are invalid
 *   (`options.year`, `options.fiscalYearEnd` …). Records are not parsed again: a malformed record is
 *   counted in `excluded['invalid-record']`.
 * @see ARP.md §5 (STAT-*, DEF-*)
 * @example
 * ```ts
 * const records = rows.map((row) => EmployeeSchema.parse(row));
 * const mapping = computeMapping(records, { year: 2025 });
 * mapping.population;                    // { women, men, other, unknown, total }
 * mapping.pay.total.womenShareOfMen.mean; // e.g. '88.2'
 * ```
 */
export function computeMapping(records: readonly Employee[], options: StatisticsOptions): Mapping {
  return completeFinalize(beginFinalize(accumulate('computeMapping', records, options, false)));
}
