/**
 * The CSV reader scans cells in place, inside the chunk they came in (issue 3's CSV → report
 * speed): the range readers must read a cell anywhere in a longer text exactly as they read it
 * alone, and the fast paths must agree with the general ones.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Interner } from '../../../src/io/csv/_lib/idIndex.js';
import {
  COMMA,
  DOT,
  DateTexts,
  isoDate,
  lookupRange,
  newNumberScan,
  parseDateRange,
  rangeIs,
  scanNumber,
  scanNumberGeneral,
  SEX_VALUES,
} from '../../../src/io/csv/_lib/values.js';

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

describe('parseDateRange', () => {
  const date = fc.oneof(
    fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '.', 'T', ':', ' ', 'Z'), maxLength: 14 }),
  );

  it('reads a date inside a longer text as it reads it alone, and back to the same ISO text', () => {
    fc.assert(
      fc.property(around, date, around, (before, t, after) => {
        const key = parseDateRange(t, 0, t.length);
        expect(parseDateRange(before + t + after, before.length, before.length + t.length)).toBe(key);
        if (key >= 0 && /^\d{4}-\d\d-\d\d$/.test(t)) expect(isoDate(key)).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives keys that order like the ISO texts', () => {
    const iso = fc
      .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        expect(Math.sign(parseDateRange(a, 0, 10) - parseDateRange(b, 0, 10))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('reads ISO and Norwegian dates, and checks the calendar', () => {
    expect(isoDate(parseDateRange('2024-02-29', 0, 10))).toBe('2024-02-29');
    expect(isoDate(parseDateRange('2025-01-31T00:00:00.000Z', 0, 24))).toBe('2025-01-31');
    expect(isoDate(parseDateRange(';1.2.2025;', 1, 9))).toBe('2025-02-01');
    expect(isoDate(parseDateRange('0099-12-31', 0, 10))).toBe('0099-12-31');
    expect(parseDateRange('2025-02-29', 0, 10)).toBe(-1);
    expect(parseDateRange('2025-01-31T12:00', 0, 16)).toBe(-1);
    expect(parseDateRange('31.12.25', 0, 8)).toBe(-1);
  });
});

describe('DateTexts', () => {
  it('gives the ISO text of every key, the same string each time, past its first size', () => {
    const texts = new DateTexts();
    // valid dates on both sides of the directly indexed years 1900–2099
    const day = (start: number, i: number): number => {
      const iso = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      return parseDateRange(iso, 0, 10);
    };
    const keys = [
      ...Array.from({ length: 1500 }, (_, i) => day(Date.UTC(1898, 11, 1), i)),
      ...Array.from({ length: 1500 }, (_, i) => day(Date.UTC(2098, 11, 1), i)),
    ];
    const first = keys.map((k) => texts.get(k));
    keys.forEach((k, i) => {
      expect(first[i]).toBe(isoDate(k));
      expect(texts.get(k)).toBe(first[i]);
    });
  });
});

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
