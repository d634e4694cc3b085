/**
 * The CSV reader scans cells in place, inside the chunk they came in (issue 3's CSV → report
 * speed): the range readers must read a cell anywhere in a longer text exactly as they read it
 * alone, and the fast paths must agree with the general ones.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { COMMA, DOT, newNumberScan, scanNumber, scanNumberGeneral } from './numberCells.js';

const around = fc.string({ unit: fc.constantFrom('1', '.', ',', ';', ' ', 'x', '-'), maxLength: 5 });

describe('scanNumber', () => {
  const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 5 });
  const number = fc.oneof(
    fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '-', '+', '%', '\u00a0'), maxLength: 12 }),
    // near the fast path's edge: digits, a mark, digits
    fc.tuple(digits, fc.constantFrom('', '.', ','), digits).map(([a, m, b]) => a + m + b),
  );
  const marks = fc.constantFrom(0, COMMA, DOT);

  it('the fast path for plain digits gives exactly what the general path gives', () => {
    fc.assert(
      fc.property(number, marks, marks, fc.constantFrom(COMMA, DOT), fc.boolean(), (t, mark, columnMark, fallback, percent) => {
        const fast = newNumberScan();
        const general = newNumberScan();
        const ok = scanNumber(t, 0, t.length, mark, columnMark, fallback, percent, fast);
        expect(ok).toBe(scanNumberGeneral(t, 0, t.length, mark, columnMark, fallback, percent, general));
        if (ok) expect(fast).toEqual(general);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a cell inside a longer text as it reads it alone', () => {
    fc.assert(
      fc.property(around, number, around, marks, (before, t, after, mark) => {
        const alone = newNumberScan();
        const inside = newNumberScan();
        const ok = scanNumber(t, 0, t.length, mark, 0, DOT, true, alone);
        expect(scanNumber(before + t + after, before.length, before.length + t.length, mark, 0, DOT, true, inside)).toBe(ok);
        // fracStart is an offset in the text once a decimal mark is read, else 0
        if (ok) expect({ ...inside, fracStart: inside.fracStart === 0 ? 0 : inside.fracStart - before.length }).toEqual(alone);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the canonical forms', () => {
    const r = newNumberScan();
    expect(scanNumber('x55280.5;', 1, 8, 0, 0, COMMA, false, r)).toBe(true);
    expect(r).toMatchObject({ int: 55280, frac: 5, fracDigits: 1, fracStart: 7, proves: DOT });
    expect(scanNumber('007', 0, 3, DOT, 0, DOT, false, r)).toBe(true);
    expect(r).toMatchObject({ int: 7, intDigits: 1, fracDigits: 0, proves: 0 });
    // three digits after a lone dot: a thousands group or decimals, decided by the column
    expect(scanNumber('1.234', 0, 5, 0, 0, COMMA, false, r)).toBe(true);
    expect(r).toMatchObject({ int: 1234, fracDigits: 0, proves: 0 });
  });
});
