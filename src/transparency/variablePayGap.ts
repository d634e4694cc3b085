import { payGapFigure, rangesOf } from './_lib/figures.js';
import { stateOf } from './_lib/guard.js';
import { VARIABLE } from './_lib/population.js';
import type { TransparencyPopulation } from './preparePayTransparency.js';
import type { PayGapFigure } from './types.js';

/**
 * Indicators (b) and (d) of Art. 9(1) (TRN-3): the mean and the median gap of hourly
 * complementary or variable pay (the `variableComponents`, TRN-1), among the workers who receive
 * any (whose variable components sum to more than 0). Same hourly conversion and rounding as
 * {@link hourlyPayGap}.
 *
 * @param population - from {@link preparePayTransparency}
 * @returns the figure; `persons` are the recipients of each sex (null values when there are none)
 * @throws TypeError when `population` is not from {@link preparePayTransparency}
 * @see ARP.md §8 TRN-1, TRN-2, TRN-3; Directive (EU) 2023/970 Art. 9(1)(b), (d)
 * @example
 * ```ts
 * variablePayGap(preparePayTransparency(records, { year: 2026 })).median.gapPercent; // e.g. '21.4'
 * ```
 */
export function variablePayGap(population: TransparencyPopulation): PayGapFigure {
  const state = stateOf(population, 'variablePayGap');
  return payGapFigure(state, VARIABLE, rangesOf(state, 0, true), rangesOf(state, 1, true), population.options);
}
