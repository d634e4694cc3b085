import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { IdIndex, Interner } from '../../../src/io/csv/_lib/idIndex.js';

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

describe('Interner', () => {
  it('returns one shared string per distinct value, through growths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5, unit: fc.constantFrom('a', 'b', '/', 'ø') }), { maxLength: 2000 }), (values) => {
        const copies: string[] = [];
        const interner = new Interner((s) => {
          copies.push(s);
          return s;
        });
        const first = new Map<string, string>();
        for (const v of values) {
          const x = interner.intern(v);
          expect(x).toBe(v);
          if (!first.has(v)) first.set(v, x);
          expect(x).toBe(first.get(v));
        }
        expect(copies.length).toBe(first.size);
      }),
      { numRuns: 100 },
    );
  });
});
