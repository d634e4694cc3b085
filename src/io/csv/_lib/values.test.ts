/**
 * The CSV reader scans cells in place, inside the chunk they came in (issue 3's CSV → report
 * speed): the range readers must read a cell anywhere in a longer text exactly as they read it
 * alone, and the fast paths must agree with the general ones.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lookupRange, rangeIs, SEX_VALUES } from './values.js';

const around = fc.string({ unit: fc.constantFrom('1', '.', ',', ';', ' ', 'x', '-'), maxLength: 5 });

describe('cells compared in place', () => {
  it('rangeIs and lookupRange match the sliced text', () => {
    fc.assert(
      fc.property(around, fc.constantFrom('female', 'male', 'K', 'Kvinne', 'femal', 'males', 'x', ''), around, (before, t, after) => {
        const s = before + t + after;
        const [a, b] = [before.length, before.length + t.length];
        expect(rangeIs(s, a, b, 'male')).toBe(t === 'male');
        expect(
          lookupRange(
            SEX_VALUES,
            [
              ['female', 'female'],
              ['male', 'male'],
            ],
            s,
            a,
            b,
          ),
        ).toBe(SEX_VALUES.get(t) ?? SEX_VALUES.get(t.toLowerCase()));
      }),
    );
  });
});
