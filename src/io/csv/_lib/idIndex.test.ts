import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { IdIndex, Interner } from './idIndex.js';

/** Feeds the keys (row = position) and checks each answer against a Map of first rows. */
function answersLikeMap(keys: readonly string[]): void {
  const index = new IdIndex(4);
  const map = new Map<string, number>();
  keys.forEach((k, row) => {
    const first = map.get(k);
    if (first === undefined) map.set(k, row);
    expect(index.getOrAdd(k, row)).toBe(first ?? -1);
  });
}

describe('IdIndex', () => {
  it('answers like a Map of first rows, through many growths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'c', 'ø', '1', '2') }), { maxLength: 3000 }), (keys) => {
        answersLikeMap(keys);
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

describe('IdIndex on ordered keys', () => {
  it('finds a repeat after a long increasing run (E9 < E10 order), and keeps answering after the order breaks', () => {
    const index = new IdIndex();
    for (let i = 0; i < 5000; i++) expect(index.getOrAdd(`E${i}`, i)).toBe(-1);
    expect(index.getOrAdd('E17', 9999)).toBe(17);
    expect(index.getOrAdd('E5000', 5000)).toBe(-1);
    expect(index.getOrAdd('E4999', 0)).toBe(4999);
    expect(index.getOrAdd('A', 5001)).toBe(-1);
    expect(index.getOrAdd('A', 5002)).toBe(5001);
  });
  it('answers like a Map for sorted-then-shuffled input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 100 }), (n, tail) => {
        const keys = [...Array.from({ length: n }, (_, i) => `K${i}`), ...tail.map((t) => `K${t}`)];
        answersLikeMap(keys);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Interner', () => {
  const around = fc.string({ unit: fc.constantFrom('1', '.', ',', ';', ' ', 'x', '-'), maxLength: 5 });

  it('Interner.internRange gives the one shared string for a value wherever it stands', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(around, fc.string({ maxLength: 6 }), around), { maxLength: 200 }), (cells) => {
        const interner = new Interner((s) => s);
        const seen = new Map<string, string>();
        for (const [before, v, after] of cells) {
          const x = interner.internRange(before + v + after, before.length, before.length + v.length);
          expect(x).toBe(v);
          if (seen.has(v)) expect(Object.is(x, seen.get(v))).toBe(true);
          else seen.set(v, x);
          expect(interner.intern(v)).toBe(x);
        }
      }),
    );
  });

  it('Interner stays right when long values differ only where its sampled hash does not look', () => {
    // 3 000 values of one length that differ only in the middle: every sampled hash collides,
    // until the table switches to hashing every code unit
    const interner = new Interner((s) => s);
    const values = Array.from({ length: 3000 }, (_, i) => `Kommune/${String(i).padStart(6, '0')}/Seksjon for lønn og personal`);
    const first = values.map((v) => interner.internRange(`;${v};`, 1, v.length + 1));
    values.forEach((v, i) => {
      expect(first[i]).toBe(v);
      expect(Object.is(interner.intern(v), first[i])).toBe(true);
    });
  });
});
