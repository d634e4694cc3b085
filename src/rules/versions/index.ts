import { lastDayOfFinancialYear } from '../../_lib/dates.js';
import { RULES_2020_01_01 } from './2020-01-01.js';
import type { RulesVersion } from './schema.js';

export { RULES_2020_01_01 } from './2020-01-01.js';
export { RulesVersionSchema, type RulesVersion } from './schema.js';

/**
 * Every version of the rules the library knows, oldest first (issue 20). A result is computed with
 * the version in force on the last day of its financial year (DEF-REF) and names it
 * (`rulesVersion`). Pass another list as the `rules` option of `assessDuties`, `planYear`,
 * `publish` or `assessPayTransparencyDuty` to try a law that is not in force yet.
 *
 * @example
 * ```ts
 * RULES_VERSIONS.map((v) => v.validFrom); // ['2020-01-01']
 * ```
 */
export const RULES_VERSIONS: readonly RulesVersion[] = [RULES_2020_01_01];

/**
 * The version of the rules in force on a date: the one with the latest `validFrom` on or before
 * it; the earliest version for a date before every version (the entry points refuse years before
 * 2020 themselves).
 *
 * @param date - an ISO date, e.g. the last day of a financial year
 * @param versions - the versions to choose from (default {@link RULES_VERSIONS}); not empty
 * @returns the version in force
 * @example
 * ```ts
 * rulesInForce('2025-12-31').id; // '2020-01-01'
 * ```
 */
export function rulesInForce(date: string, versions: readonly RulesVersion[] = RULES_VERSIONS): RulesVersion {
  let found: RulesVersion | undefined;
  for (const v of versions) if (v.validFrom <= date && (found === undefined || v.validFrom > found.validFrom)) found = v;
  if (found !== undefined) return found;
  // before every version: the earliest
  return [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0] ?? RULES_2020_01_01;
}

/**
 * The version of the rules for a financial year: the one in force on the year's last day (DEF-REF).
 *
 * @param year - the financial year (the one ending in calendar year `year`)
 * @param fiscalYearEnd - `MM-DD` of the year end, default `12-31`
 * @param versions - the versions to choose from (default {@link RULES_VERSIONS})
 * @returns the version in force
 * @example
 * ```ts
 * rulesForYear(2025, '06-30').id; // '2020-01-01'
 * ```
 */
export function rulesForYear(year: number, fiscalYearEnd = '12-31', versions: readonly RulesVersion[] = RULES_VERSIONS): RulesVersion {
  return rulesInForce(lastDayOfFinancialYear(year, fiscalYearEnd), versions);
}
