import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accumulateMapping,
  computeMapping,
  deserializePartialMapping,
  finalizeMapping,
  mergePartialMappings,
  serializePartialMapping,
} from '../../src/statistics/index.js';
import { payroll } from './_arbitraries.js';

const OPTIONS = { year: 2025 } as const;
const roundTrip = (p: ReturnType<typeof accumulateMapping>) => deserializePartialMapping(JSON.parse(JSON.stringify(serializePartialMapping(p))));

describe('serialised partial mappings', () => {
  it('round-trip through JSON and merge as if in one process', () => {
    fc.assert(
      fc.property(payroll(50, { persons: 12 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), (records, cut, merge) => {
        const options = { ...OPTIONS, mergePersons: merge };
        const a = roundTrip(accumulateMapping(records.slice(0, cut), options));
        const b = roundTrip(accumulateMapping(records.slice(cut), options));
        expect(finalizeMapping(mergePartialMappings(a, b))).toEqual(computeMapping(records, options));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses what is not a serialised partial mapping, with a clear error', () => {
    expect(() => deserializePartialMapping({})).toThrow(/not a serialised partial mapping/);
    const good = serializePartialMapping(accumulateMapping([], OPTIONS));
    expect(() => deserializePartialMapping({ ...good, persons: { ...good.persons, key: ['x'] } })).toThrow(/different lengths/);
    expect(() => deserializePartialMapping({ ...good, options: { year: 'x' } })).toThrow();
  });
});
