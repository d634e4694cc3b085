import type { Employee } from '../models/employee.js';
import { naturalCompare } from '../statistics/_lib/naturalCompare.js';
import { AnalysisOptionsSchema, type AnalysisOptions, type ParsedAnalysisOptions } from './AnalysisOptionsSchema.js';
import { readPersons, type Persons } from './_lib/persons.js';
import { regress } from './_lib/regression.js';
import type { GroupAdjustedGap } from './schema.js';

/**
 * The adjusted gap within each job group (*stillingsgruppe*, work of equal value; EU Directive
 * Art. 10 style, EXP-2): the regression of {@link adjustedGap} on the persons of one group, with
 * the group itself left out of the factors, `flagged` when the threshold test says the gap exceeds
 * the threshold (default: at least 5 %). Groups in the mapping's order, the `null` group (no job
 * group) last; a group with one sex only, or too few persons for the factors, is `not-estimable`.
 * No accounting set per group.
 *
 * @param records - parsed records ({@link EmployeeSchema} output), one per employment
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

/** The adjusted gap per group over read persons. @internal */
export function byGroupOf(persons: Persons, o: ParsedAnalysisOptions): GroupAdjustedGap[] {
  const members = new Map<number, number[]>();
  for (let k = 0; k < persons.count; k++) {
    const g = persons.group[k]!;
    const list = members.get(g);
    if (list === undefined) members.set(g, [k]);
    else list.push(k);
  }
  const factors = o.factors.filter((f) => f !== 'group');
  const ids = [...members.keys()].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : naturalCompare(persons.groups[a]!, persons.groups[b]!)));
  return ids.map((g) => {
    const adjusted = regress(persons, Int32Array.from(members.get(g)!), factors, o, null).result;
    return { group: g < 0 ? null : persons.groups[g]!, adjusted, flagged: adjusted.threshold?.exceeded ?? false };
  });
}
