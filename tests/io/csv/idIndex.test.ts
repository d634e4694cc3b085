import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { IdIndex } from '../../../src/io/csv/_lib/idIndex.js';

describe('IdIndex', () => {
  it('answers like a Map of first rows, through many growths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'c', 'ø', '1', '2') }), { maxLength: 3000 }), (keys) => {
        const index = new IdIndex(4);
        const map = new Map<string, number>();
        keys.forEach((k, row) => {
          const first = map.get(k);
          if (first === undefined) map.set(k, row);
          expect(index.getOrAdd(k, row)).toBe(first ?? -1);
        });
      }),
      { numRuns: 100 },
    );
  });
  it('handles a million distinct keys', () => {
    const index = new IdIndex();
    for (let i = 0; i < 1_000_000; i++) index.getOrAdd(`E${i}`, i);
    expect(index.getOrAdd('E999999', 0)).toBe(999999);
    expect(index.getOrAdd('E1000000', 5)).toBe(-1);
  });
});
