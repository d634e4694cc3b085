import { percentText, rangesOf } from './_lib/figures.js';
import { stateOf } from './_lib/guard.js';
import type { TransparencyPopulation } from './preparePayTransparency.js';
import type { VariablePayFigure } from './types.js';

/**
 * Indicator (e) of Art. 9(1) (TRN-3): the share of women and of men receiving complementary or
 * variable pay (variable components summing to more than 0), as a count and a percent of that sex
 * in the population (half-up, `percentDecimals`).
 *
 * @param population - from {@link preparePayTransparency}
 * @returns recipients per sex
 * @throws TypeError when `population` is not from {@link preparePayTransparency}
 * @see ARP.md §8 TRN-3; Directive (EU) 2023/970 Art. 9(1)(e)
 * @example
 * ```ts
 * variablePayRecipients(preparePayTransparency(records, { year: 2026 })).women;
 * // { count: 205, percentOfSex: '49.8' }
 * ```
 */
export function variablePayRecipients(population: TransparencyPopulation): VariablePayFigure['recipients'] {
  const state = stateOf(population, 'variablePayRecipients');
  const count = (ranges: readonly number[]): number => {
    let c = 0;
    for (let r = 0; r < ranges.length; r += 2) c += ranges[r + 1]! - ranges[r]!;
    return c;
  };
  const women = count(rangesOf(state, 0, true));
  const men = count(rangesOf(state, 1, true));
  const d = population.options.percentDecimals;
  return {
    women: { count: women, percentOfSex: percentText(women, state.women, d) },
    men: { count: men, percentOfSex: percentText(men, state.n - state.women, d) },
  };
}
