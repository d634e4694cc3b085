import type { Employee } from '../models/employee.js';
import { AnalysisOptionsSchema, type AnalysisOptions } from './AnalysisOptionsSchema.js';
import { readPersons } from './_lib/persons.js';
import { byGroupOf } from './_lib/regression.js';
import type { GroupAdjustedGap } from './schema.js';

/**
 * The adjusted gap within each job group (*stillingsgruppe*, work of equal value; EU Directive
 * Art. 10 style, EXP-2): the regression of {@link adjustedGap} on the persons of one group, with
 * the group itself left out of the factors, `flagged` when the threshold test says the gap exceeds
 * the threshold (default: at least 5 %). Groups in the mapping's order, the `null` group (no job
 * group) last; a group with one sex only, or too few persons for the factors, is `not-estimable`.
 * No accounting set per group.
 *
 * @param records - parsed records (`EmployeeSchema` output), one per employment
 * @param options - analysis options; only `statistics.year` is required ({@link AnalysisOptionsSchema})
 * @returns one entry per job group
 * @throws {z.ZodError} when the options are invalid
 * @see ARP.md §9 EXP-2, §8 TRN-5
 * @example
 * ```ts
 * const groups = adjustedGapByGroup(records, { statistics: { year: 2025 } });
 * groups.filter((g) => g.flagged).map((g) => g.group); // e.g. ['Saksbehandlere']
 * ```
 */
export function adjustedGapByGroup(records: readonly Employee[], options: AnalysisOptions): readonly GroupAdjustedGap[] {
  const o = AnalysisOptionsSchema.parse(options);
  return byGroupOf(readPersons(records, o.statistics, o.payConcept), o);
}
