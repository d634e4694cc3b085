import { categoryFigures } from './_lib/categories.js';
import { stateOf } from './_lib/guard.js';
import type { TransparencyPopulation } from './preparePayTransparency.js';
import type { CategoryFigures } from './types.js';

/**
 * Indicator (g) of Art. 9(1) (TRN-3) and the joint pay assessment test of Art. 10 (TRN-5), per
 * category of workers: the employer's own grouping of equal work or work of equal value (the
 * `categoryBy` field of each person's main employment, default the job group; DEF-GRP, never
 * inferred). For each category: women and men, hourly pay (all components), basic hourly pay and
 * complementary or variable hourly pay (among its recipients in the category), each with mean and
 * median gaps; and whether the category still requires a joint pay assessment: |mean hourly gap| ≥
 * `jointAssessmentThresholdPercent` (default 5, compared unrounded), not justified and not remedied
 * by the deadline (`categoryAssessments`). For the authority and the workers' representatives only
 * (TRN-7).
 *
 * A category's figures are those of the whole computation on that category's persons alone.
 * Persons without a category are listed last with `key: null` (reason `not-a-category`), so the
 * categories add up to the population.
 *
 * @param population - from {@link preparePayTransparency}
 * @returns the categories in natural key order, `null` last
 * @throws TypeError when `population` is not from {@link preparePayTransparency}
 * @see ARP.md §8 TRN-3 (g), TRN-5, TRN-7; DEF-GRP; Directive (EU) 2023/970 Art. 9(1)(g), 10
 * @example
 * ```ts
 * const categories = categoryPayGaps(preparePayTransparency(records, { year: 2026 }));
 * categories.filter((c) => c.jointAssessment.required).map((c) => c.key); // e.g. ['Gruppe 007']
 * ```
 */
export function categoryPayGaps(population: TransparencyPopulation): CategoryFigures[] {
  const state = stateOf(population, 'categoryPayGaps');
  return categoryFigures(state, population.options, 0, state.categories.length);
}
