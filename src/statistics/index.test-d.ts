import { describe, expectTypeOf, it } from 'vitest';
import type { Employee } from '../models/employee.js';
import {
  accumulateMapping,
  computeMapping,
  finalizeMapping,
  mergePartialMappings,
  type Mapping,
  type PartialMapping,
  type ResolvedStatisticsOptions,
  type StatisticsOptions,
} from './index.js';

describe('statistics types', () => {
  it('computeMapping takes readonly records and options with only year required', () => {
    expectTypeOf(computeMapping).parameter(0).toEqualTypeOf<readonly Employee[]>();
    expectTypeOf<{ year: number }>().toMatchTypeOf<StatisticsOptions>();
    expectTypeOf(computeMapping).returns.toEqualTypeOf<Mapping>();
  });
  it('the mergeable API composes', () => {
    expectTypeOf(accumulateMapping).returns.toEqualTypeOf<PartialMapping>();
    expectTypeOf(mergePartialMappings).returns.toEqualTypeOf<PartialMapping>();
    expectTypeOf(finalizeMapping).parameter(0).toEqualTypeOf<PartialMapping>();
    // a mapping's resolved options can be reused for the next part
    expectTypeOf<ResolvedStatisticsOptions>().toMatchTypeOf<Parameters<typeof accumulateMapping>[1]>();
  });
  it('figures are strings or null, never numbers', () => {
    expectTypeOf<Mapping['pay']['total']['women']['mean']>().toEqualTypeOf<string | null>();
    expectTypeOf<Mapping['temporary']['women']['percentOfAll']>().toEqualTypeOf<string | null>();
    expectTypeOf<Mapping['population']['total']>().toEqualTypeOf<number>();
  });
});
