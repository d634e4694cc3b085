/**
 * Preparing the pay-transparency population, in private or shared memory. @internal
 * @module
 */
import type { Employee } from '../../models/employee.js';
import type { TransparencyPopulation } from '../preparePayTransparency.js';
import { resolveTransparencyOptions, type ResolvedTransparencyOptions, type TransparencyOptions } from '../TransparencyOptionsSchema.js';
import { buildPopulation } from './population.js';

/**
 * {@link preparePayTransparency}, with the layout in shared memory when `shared` (for a worker thread
 * of `likestilling/node`). Not exported to users (`transparency/internal.ts`).
 * @internal
 */
export function preparePopulation(
  records: readonly Employee[],
  options: TransparencyOptions | ResolvedTransparencyOptions,
  shared: boolean,
): TransparencyPopulation {
  const o = resolveTransparencyOptions(options);
  const built = buildPopulation(records, o, shared);
  return {
    kind: 'likestilling.transparency-population',
    options: o,
    records: built.records,
    population: { women: built.women, men: built.men },
    excluded: built.excluded,
    warnings: built.warnings,
    state: built.state,
  };
}
