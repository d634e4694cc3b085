import { z } from 'zod';

/**
 * The first financial year of the rules modelled (the 2020 amendment, in force 1 January 2020).
 *
 * @example
 * ```ts
 * planYear({ year: FIRST_RULE_YEAR }).biennialMappingRequired; // false (first mapping 2021)
 * ```
 */
export const FIRST_RULE_YEAR = 2020;

/**
 * A financial year the modelled rules apply to: from {@link FIRST_RULE_YEAR} (the 2020 amendment) to 9999.
 *
 * @example
 * ```ts
 * RuleYearSchema.safeParse(2019).success; // false
 * ```
 */
export const RuleYearSchema = z.int().min(FIRST_RULE_YEAR).max(9999);
