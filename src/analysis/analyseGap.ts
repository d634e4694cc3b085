import type { Employee } from '../models/employee.js';
import { AnalysisOptionsSchema, stripColumns, type AnalysisOptions } from './AnalysisOptionsSchema.js';
import { decompositionsOf } from './_lib/decompose.js';
import { readPersons } from './_lib/persons.js';
import { byGroupOf, regress } from './_lib/regression.js';
import type { GapAnalysis } from './schema.js';

/**
 * The whole gap analysis of step b of the four-step method (*analysere årsaker*, ACT-3; ARP.md §9):
 * the exact decomposition for each breakdown ({@link decomposeGap}, EXP-1), the adjusted gap
 * ({@link adjustedGap}, EXP-2), the adjusted gap per job group ({@link adjustedGapByGroup}), and
 * the options used — from one read of the records. This is the **internal** form: it may carry the
 * accounting set (employee ids, EXP-3) and figures of small groups. Publish it with
 * {@link publishGapAnalysis}; describe a decomposition with {@link describeGapDecomposition}.
 * Its JSON is validated by {@link GapAnalysisSchema}.
 *
 * @param records - parsed records (`EmployeeSchema` output), one per employment
 * @param options - analysis options; only `statistics.year` is required ({@link AnalysisOptionsSchema})
 * @returns the internal gap analysis
 * @throws {z.ZodError} when the options are invalid (each issue names its path)
 * @see ARP.md §9 EXP-1, EXP-2, EXP-3
 * @example
 * ```ts
 * const analysis = analyseGap(records, { statistics: { year: 2025 }, breakdowns: ['level', 'group'] });
 * analysis.decomposition.level?.composition?.percentOfMen; // '5.4'
 * analysis.adjusted.gapPercent;                            // 0.6
 * analysis.byGroup.filter((g) => g.flagged);               // groups over the threshold
 * ```
 */
export function analyseGap(records: readonly Employee[], options: AnalysisOptions): GapAnalysis {
  const o = AnalysisOptionsSchema.parse(options);
  const persons = readPersons(records, o.statistics, o.payConcept);
  let women = 0;
  for (let k = 0; k < persons.count; k++) women += persons.female[k]!;
  return {
    kind: 'likestilling.gap-analysis',
    year: o.statistics.year,
    referenceDate: o.statistics.referenceDate,
    population: {
      women,
      men: persons.count - women,
      noPositionPercent: persons.left.noPositionPercent,
      sexNotFemaleOrMale: persons.left.sexNotFemaleOrMale,
      records: persons.records,
    },
    decomposition: decompositionsOf(persons, o.breakdowns, o.weighting, o.statistics.percentDecimals),
    adjusted: regress(persons, null, o.factors, o, records).result,
    byGroup: byGroupOf(persons, o),
    options: stripColumns(o),
  };
}
