import { stateOf } from './_lib/guard.js';
import { quartileBands } from './_lib/quartiles.js';
import type { TransparencyPopulation } from './preparePayTransparency.js';
import type { QuartileBand } from './types.js';

/**
 * Indicator (f) of Art. 9(1) (TRN-3, TRN-4): the share of women and of men in each quartile pay
 * band. The n women and men are sorted by hourly pay ascending; band k (0 lowest … 3 highest) takes
 * positions ⌊k·n/4⌋ to ⌊(k+1)·n/4⌋ − 1, so the sizes sum to n and differ by at most one. Persons
 * with equal hourly pay who straddle a boundary are spread over the bands in their tie group's own
 * women/men proportion (`quartileTies: 'spread'`, the UK's SI 2017/172 reg. 13: a band may hold a
 * fraction of a tied person), or cut in the order they first appear in the records
 * (`'sort-order'`, as British Columbia). Percentages come from the exact counts, half-up.
 *
 * @param population - from {@link preparePayTransparency}
 * @returns the four bands, lowest first, each with the persons of each sex behind it
 * @throws TypeError when `population` is not from {@link preparePayTransparency}
 * @see ARP.md §8 TRN-3, TRN-4; Directive (EU) 2023/970 Art. 9(1)(f)
 * @example
 * ```ts
 * const bands = quartilePayBands(preparePayTransparency(records, { year: 2026 }));
 * bands.map((b) => b.womenPercent); // e.g. ['62.0', '55.5', '49.0', '38.5']
 * ```
 */
export function quartilePayBands(population: TransparencyPopulation): QuartileBand[] {
  const state = stateOf(population, 'quartilePayBands');
  return quartileBands(state, population.options);
}
