/**
 * The exclusion counts of a result (DEF-POP, DEF-SEX), from the record pass's and the person
 * pass's counts: one place for the ARP mapping and the pay-transparency indicators.
 * @internal
 * @module
 */
import type { RecordExclusions } from './accumulateMapping.js';
import type { ExclusionReason } from './types.js';

/**
 * Records and persons left out, by reason.
 * @param records - the record pass's counts (not active, kind excluded, invalid)
 * @param persons - the person pass's counts: employments merged into a person, persons without a position percent, persons of other or unknown sex
 * @returns a count for every {@link ExclusionReason}
 * @example
 * ```ts
 * exclusionCounts({ notActive: 3, kindExcluded: 1, invalid: 0 }, { merged: 2, noPct: 0, otherSex: 1 })['merged-into-person']; // 2
 * ```
 * @internal
 */
export function exclusionCounts(
  records: RecordExclusions,
  persons: { readonly merged: number; readonly noPct: number; readonly otherSex: number },
): Record<ExclusionReason, number> {
  return {
    'not-active-on-reference-date': records.notActive,
    'employment-kind-excluded': records.kindExcluded,
    'merged-into-person': persons.merged,
    'no-position-percent': persons.noPct,
    'sex-not-female-or-male': persons.otherSex,
    'invalid-record': records.invalid,
  };
}
