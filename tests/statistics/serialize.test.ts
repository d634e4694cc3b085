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
import { EmployeeSchema } from '../../src/models/employee.js';
import { small } from '../fixtures/statistics/small.js';
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

  it('refuses a negative position-percent sum or employment count (it would be divided by, or indexed with)', () => {
    const records = small.map((r) => EmployeeSchema.parse(r));
    const good = serializePartialMapping(accumulateMapping(records, OPTIONS));
    expect(good.persons.key.length).toBeGreaterThan(0);
    const minus = (column: readonly number[]) => column.map((v, i) => (i === 0 ? -1 : v));
    expect(() => deserializePartialMapping({ ...good, persons: { ...good.persons, pctSum: minus(good.persons.pctSum) } })).toThrow(/negative/);
    expect(() => deserializePartialMapping({ ...good, persons: { ...good.persons, activeCount: minus(good.persons.activeCount) } })).toThrow(/negative/);
    expect(deserializePartialMapping(good).records).toBe(records.length);
  });
});
