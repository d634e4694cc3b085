import { payGapFigure, rangesOf } from './_lib/figures.js';
import { stateOf } from './_lib/guard.js';
import { HOURLY } from './_lib/population.js';
import type { TransparencyPopulation } from './preparePayTransparency.js';
import type { PayGapFigure } from './types.js';

/**
 * Indicators (a) and (c) of Art. 9(1) (TRN-3): the mean and the median gender pay gap of hourly
 * pay (all pay components, TRN-1), with women's and men's mean and median hourly pay in NOK. The
 * gap is (men − women) / men × 100 from the unrounded values, rounded once half away from zero
 * (TRN-2); money half-up to whole øre.
 *
 * @param population - from {@link preparePayTransparency}
 * @returns the figure; `persons` are the women and men of the population
 * @throws TypeError when `population` is not from {@link preparePayTransparency}
 * @see ARP.md §8 TRN-1, TRN-2, TRN-3; Directive (EU) 2023/970 Art. 9(1)(a), (c)
 * @example
 * ```ts
 * const hourly = hourlyPayGap(preparePayTransparency(records, { year: 2026 }));
 * hourly.mean;   // { women: '318.46', men: '361.03', gapPercent: '11.8' }
 * hourly.median.gapPercent; // e.g. '9.4'
 * ```
 */
export function hourlyPayGap(population: TransparencyPopulation): PayGapFigure {
  const state = stateOf(population, 'hourlyPayGap');
  return payGapFigure(state, HOURLY, rangesOf(state, 0, false), rangesOf(state, 1, false), population.options);
}
