import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulateMapping, computeMapping, deserializePartialMapping, finalizeMapping, mergePartialMappings, serializePartialMapping } from './index.js';
import { EmployeeSchema } from '../models/employee.js';
import { small } from '../../tests/fixtures/statistics/small.js';
import { payroll } from '../../tests/statistics/_arbitraries.js';

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
    expect(() => deserializePartialMapping({})).toThrow(/deserializePartialMapping: invalid input[^]*format: expected "likestilling\.partial-mapping"/);
    const good = serializePartialMapping(accumulateMapping([], OPTIONS));
    expect(() => deserializePartialMapping({ ...good, persons: { ...good.persons, key: ['x'] } })).toThrow(/persons\.\w+: expected 1 value, one per person/);
    expect(() => deserializePartialMapping({ ...good, options: { year: 'x' } })).toThrow();
  });

  it('refuses a negative position-percent sum or employment count (it would be divided by, or indexed with)', () => {
    const records = small.map((r) => EmployeeSchema.parse(r));
    const good = serializePartialMapping(accumulateMapping(records, OPTIONS));
    expect(good.persons.key.length).toBeGreaterThan(0);
    const minus = (column: readonly number[]) => column.map((v, i) => (i === 0 ? -1 : v));
    expect(() => deserializePartialMapping({ ...good, persons: { ...good.persons, pctSum: minus(good.persons.pctSum) } })).toThrow(
      /persons\.pctSum\[0\]: expected a number ≥ 0 \(too_small\)/,
    );
    expect(() => deserializePartialMapping({ ...good, persons: { ...good.persons, activeCount: minus(good.persons.activeCount) } })).toThrow(
      /persons\.activeCount\[0\]: expected a number ≥ 0/,
    );
    expect(deserializePartialMapping(good).records).toBe(records.length);
  });

  it('refuses values outside what a column holds (never wrapped into a narrower integer)', () => {
    const records = small.map((r) => EmployeeSchema.parse(r));
    const good = serializePartialMapping(accumulateMapping(records, OPTIONS));
    const at0 = (column: readonly number[], v: number) => column.map((x, i) => (i === 0 ? v : x));
    const bad = (persons: Partial<typeof good.persons>) => () => deserializePartialMapping({ ...good, persons: { ...good.persons, ...persons } });
    expect(bad({ mainPct: at0(good.persons.mainPct, 20_001) })).toThrow(/persons\.mainPct\[0\]/);
    expect(bad({ pctMissing: at0(good.persons.pctMissing, 2) })).toThrow(/persons\.pctMissing\[0\]/);
    expect(bad({ inv: at0(good.persons.inv, 3) })).toThrow(/persons\.inv\[0\]/);
    expect(bad({ sexMask: at0(good.persons.sexMask, 16) })).toThrow(/persons\.sexMask\[0\]/);
    expect(bad({ pctSum: at0(good.persons.pctSum, 2 ** 31) })).toThrow(/persons\.pctSum\[0\]/);
    expect(bad({ level: at0(good.persons.level, good.levels.length) })).toThrow(/persons\.level\[0\]: expected an id below/);
    expect(bad({ pay: good.persons.pay.map((c) => (c === null ? null : at0(c, 0.5))) })).toThrow(/persons\.pay\[0\]\[0\]/);
    // a pay component the options use must be there; one they do not use is not kept
    expect(good.persons.pay.map((c) => c !== null)).toEqual([true, true, true, true, false, false]);
    expect(bad({ pay: good.persons.pay.map(() => null) })).toThrow(/persons\.pay\[0\]: expected the column of a pay component/);
  });

  it('reads version 1 (every component, the derived-sex count and the main employment’s activity per person)', () => {
    fc.assert(
      fc.property(payroll(40, { persons: 10 }), (records) => {
        const partial = accumulateMapping(records, OPTIONS);
        const v2 = serializePartialMapping(partial);
        const { sexDerivedRecords, persons, ...rest } = v2;
        const n = persons.key.length;
        const v1 = {
          ...rest,
          version: 1,
          persons: {
            ...persons,
            pay: persons.pay.map((c) => c ?? Array.from({ length: n }, () => 0)),
            // version 1 counted the derived sexes per person: any split of the count reads the same
            sexDerived: Array.from({ length: n }, (_, i) => (i === 0 ? sexDerivedRecords : 0)),
            mainActive: persons.activeCount.map((a) => (a > 0 ? 1 : 0)),
          },
        };
        expect(finalizeMapping(deserializePartialMapping(JSON.parse(JSON.stringify(v1))))).toEqual(finalizeMapping(partial));
        if (n > 0) {
          const flipped = { ...v1, persons: { ...v1.persons, mainActive: v1.persons.mainActive.map((a, i) => (i === 0 ? 1 - a : a)) } };
          expect(() => deserializePartialMapping(flipped)).toThrow(/persons\.mainActive\[\d+\]: expected 1 exactly when the person has an active employment/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
