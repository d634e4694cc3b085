/**
 * The CSV reader scans cells in place, inside the chunk they came in (issue 3's CSV → report
 * speed): the range readers must read a cell anywhere in a longer text exactly as they read it
 * alone, and the fast paths must agree with the general ones.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isoOfDateKey } from '../../../_lib/dates.js';
import { DateTexts, parseDateRange } from './dateCells.js';

const around = fc.string({ unit: fc.constantFrom('1', '.', ',', ';', ' ', 'x', '-'), maxLength: 5 });

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
        if (key >= 0 && /^\d{4}-\d\d-\d\d$/.test(t)) expect(isoOfDateKey(key)).toBe(t);
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
    expect(isoOfDateKey(parseDateRange('2024-02-29', 0, 10))).toBe('2024-02-29');
    expect(isoOfDateKey(parseDateRange('2025-01-31T00:00:00.000Z', 0, 24))).toBe('2025-01-31');
    expect(isoOfDateKey(parseDateRange(';1.2.2025;', 1, 9))).toBe('2025-02-01');
    expect(isoOfDateKey(parseDateRange('0099-12-31', 0, 10))).toBe('0099-12-31');
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
      expect(first[i]).toBe(isoOfDateKey(k));
      expect(texts.get(k)).toBe(first[i]);
    });
  });
});
