import { z } from 'zod';
import { RULES_2020_01_01 } from '../rules/versions/2020-01-01.js';

/** The defaults of the rules of 2020 (ANON-2, ANON-3); `publish` takes those of the version in force for its year. */
const DEFAULTS = RULES_2020_01_01.publicationPolicy;

/**
 * How a small level is merged when the policy's `mergeSmallLevels` is on: `given-order` merges it
 * with the next level in the order the mapping lists them (the employer's order; the last level
 * merges with the one before it), `sorted-key` does the same after sorting the level keys
 * (code-point order, independent of locale). The `null` level is never merged.
 *
 * @example
 * ```ts
 * publish(mapping, { mergeSmallLevels: true, levelOrder: LEVEL_ORDERS[1] });
 * ```
 */
export const LEVEL_ORDERS = ['given-order', 'sorted-key'] as const;
/** A level order. See {@link LEVEL_ORDERS}. */
export type LevelOrder = (typeof LEVEL_ORDERS)[number];

/**
 * The publication policy (*anonymiseringsregler*): every threshold of ANON-2 is an option, with
 * the library's [default]s. The policy used is stated in every published table and audit.
 *
 * - `payMinPersons` (5): a pay figure (mean, median, NOK amounts and the women's-share ratios) of
 *   a sex in a cell is published only with at least this many persons of that sex (ANON-2, ANON-4).
 * - `attributeMinCount` (3): a count of persons with an attribute (temporary, part-time,
 *   involuntary part-time, parental leave) is published only if it is 0 or at least this.
 * - `attributeMinRest` (3): … and the rest of the cell (persons of the sex without the attribute)
 *   is 0 or at least this.
 * - `parentalLeaveMinPersons` (5): an average of parental-leave weeks needs this many persons.
 * - `ratiosOnly` (false): publish no NOK amounts, only the women's-share ratios (STAT-B0, ANON-4).
 * - `mergeSmallLevels` (false): instead of hiding the pay figures of a small job level, merge it
 *   with its neighbour (the Finnish Ombud's practice) and report the merge; `levelOrder` says which
 *   level is the neighbour.
 * - `recoveryTolerancePercent` (1): a hidden value the attacker can narrow to within this percent
 *   counts as recovered (ANON-3). With 0 only a pinned value counts: a hidden mean may then be
 *   narrowed to a few øre.
 *
 * @example
 * ```ts
 * const policy = PublicationPolicySchema.parse({ payMinPersons: 3 }); // the Finnish Ombud's 3
 * policy.attributeMinCount; // 3
 * ```
 * @see ARP.md §6 ANON-2, ANON-3, ANON-4
 */
export const PublicationPolicySchema = z.strictObject({
  payMinPersons: z.int().min(1).default(DEFAULTS.payMinPersons),
  attributeMinCount: z.int().min(1).default(DEFAULTS.attributeMinCount),
  attributeMinRest: z.int().min(1).default(DEFAULTS.attributeMinRest),
  parentalLeaveMinPersons: z.int().min(1).default(DEFAULTS.parentalLeaveMinPersons),
  ratiosOnly: z.boolean().default(DEFAULTS.ratiosOnly),
  mergeSmallLevels: z.boolean().default(DEFAULTS.mergeSmallLevels),
  levelOrder: z.enum(LEVEL_ORDERS).default(DEFAULTS.levelOrder),
  recoveryTolerancePercent: z.number().min(0).max(100).default(DEFAULTS.recoveryTolerancePercent),
});

/** A resolved publication policy (every option filled). See {@link PublicationPolicySchema}. */
export type PublicationPolicy = z.output<typeof PublicationPolicySchema>;
/** What {@link PublicationPolicySchema} accepts (every option optional). */
export type PublicationPolicyInput = z.input<typeof PublicationPolicySchema>;
