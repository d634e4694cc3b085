import type { TransparencyPopulation } from '../preparePayTransparency.js';
import type { PopulationState } from './population.js';

/**
 * The state of a population from {@link preparePayTransparency}; a TypeError naming the argument
 * for anything else (never a crash from inside). @internal
 */
export function stateOf(population: TransparencyPopulation, fn: string): PopulationState {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a population from plain JavaScript may be anything
  if (typeof population !== 'object' || population === null || population.kind !== 'likestilling.transparency-population') {
    throw new TypeError(`${fn}: expected the population from preparePayTransparency(records, options)`);
  }
  return population.state;
}
