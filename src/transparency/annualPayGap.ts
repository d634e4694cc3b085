import { payGapFigure, rangesOf } from './_lib/figures.js';
import { stateOf } from './_lib/guard.js';
import type { TransparencyPopulation } from './preparePayTransparency.js';
import type { PayGapFigure } from './types.js';

/**
 * Annual pay beside indicators (a) and (c) (TRN-1, TRN-3): women's and men's mean and median
 * gross annual pay (`monthsPerYear` × monthly pay of all components, at the actual position — the
 * directive's "pay level" is annual pay and the corresponding hourly pay) and the gaps, over the
 * same persons as {@link hourlyPayGap}.
 *
 * @param population - from {@link preparePayTransparency}
 * @returns the figure
 * @throws TypeError when `population` is not from {@link preparePayTransparency}
 * @see ARP.md §8 TRN-1, TRN-2; Directive (EU) 2023/970 Art. 3(1), 9(1)(a)
 * @example
 * ```ts
 * annualPayGap(preparePayTransparency(records, { year: 2026 })).mean.women; // e.g. '621000.00'
 * ```
 */
export function annualPayGap(population: TransparencyPopulation): PayGapFigure {
  const state = stateOf(population, 'annualPayGap');
  return payGapFigure(state, 'annual', rangesOf(state, 0, false), rangesOf(state, 1, false), population.options);
}
