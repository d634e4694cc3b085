/**
 * Indicator (g) and the joint pay assessment test per category (TRN-3 (g), TRN-5) over a range of
 * the population's categories, so the categories may be computed in parts (two threads in
 * `likestilling/node`) and put together in order. @internal
 * @module
 */
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';
import type { CategoryFigures } from '../types.js';
import { figureOf, gapRatio, rangesOf, statOf, type Ranges } from './figures.js';
import { assessCategory } from './jointAssessment.js';
import { BASIC, HOURLY, scratchOf, VARIABLE, type PopulationState } from './population.js';

/** The figures of categories `from` … `to` − 1 (in the population's order). @internal */
export function categoryFigures(state: PopulationState, o: ResolvedTransparencyOptions, from: number, to: number): CategoryFigures[] {
  const scratch = scratchOf(state);
  return state.categories.slice(from, to).map((key, k) => {
    const c = from + k;
    const all: [Ranges, Ranges] = [rangesOf(state, 0, false, c), rangesOf(state, 1, false, c)];
    const recipients: [Ranges, Ranges] = [rangesOf(state, 0, true, c), rangesOf(state, 1, true, c)];
    const hw = statOf(state, HOURLY, all[0], scratch);
    const hm = statOf(state, HOURLY, all[1], scratch);
    const figure = (measure: typeof BASIC | typeof VARIABLE, ranges: [Ranges, Ranges]): CategoryFigures['basic'] =>
      figureOf(state, measure, statOf(state, measure, ranges[0], scratch), statOf(state, measure, ranges[1], scratch), o);
    return {
      key,
      population: { women: hw.count, men: hm.count },
      hourly: figureOf(state, HOURLY, hw, hm, o),
      basic: figure(BASIC, all),
      variable: figure(VARIABLE, recipients),
      jointAssessment: assessCategory(key, gapRatio(hw.mean, hm.mean), o),
    };
  });
}

/**
 * The first category of the second part when the categories are split between two threads: the
 * calling thread takes the categories holding about `share` of the persons. @internal
 */
export function categorySplit(state: PopulationState, share: number): number {
  const C = state.categories.length;
  const { blockStart } = state;
  const target = share * state.n;
  let persons = 0;
  for (let c = 0; c < C; c++) {
    if (persons >= target) return c;
    persons += blockStart[(c + 1) * 2]! - blockStart[c * 2]! + blockStart[(C + c + 1) * 2]! - blockStart[(C + c) * 2]!;
  }
  return C;
}
