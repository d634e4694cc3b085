/**
 * `finalizeMapping`: a partial mapping → the mapping, by stage (`finalize/`): the person pass (the
 * rules of `src/rules/definitions/` applied to each person), the cell layout, the counts, the pay
 * plan, the pay orderings and the assembly. The hot loops are in `kernels/`.
 * @module
 */
import { partTimeBoundHundredths } from '../rules/definitions/partTime.js';
import { requirePartial, type PartialMapping } from './accumulateMapping.js';
import { assembleMapping } from './finalize/assembly.js';
import { buildLayout, cellLuts } from './finalize/cellLayout.js';
import { countCells } from './finalize/counts.js';
import { emptyStats, orderingBuffers, orderingTasks, runOrdering, SAME_AS_EMPLOYER, type PayStats } from './finalize/orderings.js';
import { planPay, type PayPlan } from './finalize/payPlan.js';
import { personPass } from './finalize/personPass.js';
import type { Mapping } from './types.js';

/**
 * Turns a partial mapping into the internal mapping (*kartlegging*) with every part-1 figure
 * (ARP.md §5: STAT-A1…A4, STAT-B0…B4) for the employer, by job level, by job group and by
 * organisational unit at every depth (a unit includes its sub-units). Pure.
 *
 * Exactness (DEF-ROUND): pay is integer øre (or 1/`payDivisor` øre, for an average that is not a
 * whole øre); full-time-equivalent values (øre × 100 / percent)
 * are never rounded — means and medians are exact rationals, rounded once, half-up, to whole øre;
 * percentages are rounded once, half-up, to `percentDecimals`. Zero denominators give `null`.
 *
 * Exclusions (`excluded`): `not-active-on-reference-date`, `employment-kind-excluded` and
 * `invalid-record` count records; `merged-into-person` counts the further active employments
 * merged into a person; `no-position-percent` and `sex-not-female-or-male` count persons of the
 * population left out of pay figures or of the women/men comparisons.
 *
 * @param partial - from {@link accumulateMapping} or {@link mergePartialMappings}
 * @returns the internal mapping
 * @throws {@link LikestillingInputError} when `partial` is not a partial mapping (JSON goes through
 *   `deserializePartialMapping` first)
 * @example
 * ```ts
 * const mapping = finalizeMapping(accumulateMapping(records, { year: 2025 }));
 * mapping.pay.total.womenShareOfMen.mean; // e.g. '88.2'
 * ```
 */
export function finalizeMapping(partial: PartialMapping): Mapping {
  requirePartial('finalizeMapping', partial, ['partial']);
  return completeFinalize(beginFinalize(partial));
}

/** Runs every ordering of `f` in this thread, each breakdown whole, then {@link endFinalize}. @internal */
export function completeFinalize(f: Finalizing): Mapping {
  const buffers = orderingBuffers(f.plan);
  for (const task of orderingTasks(f.plan)) runOrdering(f.plan, task, f.stats, buffers);
  return endFinalize(f);
}

/**
 * A finalization under way: the counts and the pay plan done, the pay orderings to run
 * ({@link runOrdering}, each task once, in any order and in any thread), then {@link endFinalize}.
 * @internal
 */
export interface Finalizing {
  readonly plan: PayPlan;
  /** The pay figures per measure, filled by the orderings. */
  readonly stats: PayStats;
  /** Assembles the mapping from the counts and `stats`, once every ordering has run. */
  readonly assemble: () => Mapping;
}

/** The counts and the pay plan of {@link finalizeMapping}: everything but the pay orderings. @internal */
export function beginFinalize(partial: PartialMapping): Finalizing {
  const o = partial.options;
  const { table: t, levels, groups, units } = partial.state;
  // per person: sex, flags, kind, exclusions (DEF-SEX, DEF-POP, DEF-PAY, DEF-PT, DEF-TMP, DEF-INV, DEF-PL)
  const persons = personPass(t, partTimeBoundHundredths(o.partTimeBelow), levels.values.length, groups.values.length, units.values.length);
  // the cells: the employer, the levels, groups and units in use (DEF-GRP)
  const layout = buildLayout(partial, persons.used);
  const luts = cellLuts(partial, layout);
  // counts per cell and sex (STAT-A1…A3, B3, B4, A4)
  const counts = countCells(t, persons, layout, luts);
  // pay (DEF-PAY, DEF-AVG): per measure, per cell, women and men
  const plan = planPay(partial, persons.flags, persons.eligibleCount, luts.levelLut, luts.groupLut, luts.unitLut, layout, persons.minPct, persons.maxPct);
  const stats = emptyStats(plan);
  return { plan, stats, assemble: () => assembleMapping(partial, persons, layout, counts, stats) };
}

/**
 * The mapping from a finalization whose orderings have all run: cells whose persons are the
 * employer's take the employer's figures ({@link SAME_AS_EMPLOYER}), then the figures are assembled.
 * @internal
 */
export function endFinalize(f: Finalizing): Mapping {
  for (const stats of f.stats.values()) {
    for (let c = 2; c < stats.length; c++) if (stats[c]!.count === SAME_AS_EMPLOYER) stats[c] = stats[c & 1]!;
  }
  return f.assemble();
}
