import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  dateKeyOf,
  dateKeyOfParts,
  dayNumber,
  dayNumberOfKey,
  daysInMonth,
  financialYearBounds,
  financialYearOfDate,
  isIsoDate,
  isLeapYear,
  isMonthEnd,
  isoOfDateKey,
  isValidDate,
  lastDayOfFinancialYear,
  lastDayOfMonth,
  looksLikeIsoDate,
  monthEndDatesOf,
  monthKey,
  nextDay,
  yearEndPlusMonths,
} from './dates.js';

const MS_PER_DAY = 86_400_000;
/** A day of 0100–9999 as its ISO text, from the platform's calendar (the reference). */
const isoDay = fc.integer({ min: -682_000, max: 2_932_896 }).map((d) => new Date(d * MS_PER_DAY).toISOString().slice(0, 10));

describe('DateKey, the one integer date (yyyymmdd)', () => {
  it('reads and writes the ISO text, and orders like it', () => {
    expect(dateKeyOf('2025-12-31')).toBe(20_251_231);
    expect(dateKeyOfParts(2025, 2, 1)).toBe(20_250_201);
    expect(isoOfDateKey(990_101)).toBe('0099-01-01');
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        expect(isoOfDateKey(dateKeyOf(a))).toBe(a);
        expect(Math.sign(dateKeyOf(a) - dateKeyOf(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('rejects what is not shaped dddd-dd-dd, and checks the calendar only where asked', () => {
    expect([null, 20250101, '2025-1-01', '2025/01/01', '31.12.2025', '2025-01-0x', ' 2025-01-01'].map(dateKeyOf)).toEqual([-1, -1, -1, -1, -1, -1, -1]);
    expect(looksLikeIsoDate('2025-02-30')).toBe(true);
    expect(['2024-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '31.12.2025', ''].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('knows the Gregorian leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([29, 28, 30, 31]);
    expect([isValidDate(2025, 2, 28), isValidDate(2025, 2, 29), isValidDate(2025, 0, 1), isValidDate(-1, 1, 1)]).toEqual([true, false, false, false]);
  });
});

describe('day numbers (days since 1970-01-01, for differences)', () => {
  it('equal the platform calendar on every day', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const expected = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
        expect(dayNumber(iso)).toBe(expected);
        expect(dayNumberOfKey(dateKeyOf(iso))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(dayNumber('2025-12-31') - dayNumber('2025-01-01')).toBe(364);
  });

  it('nextDay and addMonths agree with the platform calendar', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -40, max: 40 }), (iso, months) => {
        // within 0100–9999 (the platform writes the day after 9999-12-31 as "+010000-01-01")
        if (iso !== '9999-12-31') expect(nextDay(iso)).toBe(new Date((dayNumber(iso) + 1) * MS_PER_DAY).toISOString().slice(0, 10));
        const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
        const first = new Date(Date.UTC(2000, m - 1 + months, 1));
        first.setUTCFullYear(y + Math.floor((m - 1 + months) / 12));
        const ty = first.getUTCFullYear();
        const tm = first.getUTCMonth() + 1;
        if (ty >= 100 && ty <= 9999) expect(addMonths(iso, months)).toBe(`${monthKey(ty, tm)}-${String(Math.min(d, daysInMonth(ty, tm))).padStart(2, '0')}`);
      }),
      // the range's last day (found by this property once)
      { examples: [['9999-12-31', 0]] },
    );
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
  });
});

describe('the financial year (DEF-REF)', () => {
  it('ends on its MM-DD; 02-29 is the last day of February', () => {
    expect(lastDayOfFinancialYear(2025, '12-31')).toBe('2025-12-31');
    expect(lastDayOfFinancialYear(2025, '02-29')).toBe('2025-02-28');
    expect(lastDayOfFinancialYear(2024, '02-29')).toBe('2024-02-29');
    expect(financialYearBounds(2025, '06-30')).toEqual({ start: '2024-07-01', last: '2025-06-30' });
    expect(financialYearBounds(2025, '02-29')).toEqual({ start: '2024-03-01', last: '2025-02-28' });
  });

  it('is named by the year it ends in', () => {
    expect(financialYearOfDate('2024-07-01', '06-30')).toBe(2025);
    expect(financialYearOfDate('2024-06-30', '06-30')).toBe(2024);
    expect(financialYearOfDate('2025-12-31', '12-31')).toBe(2025);
  });

  it('counts months from its last day, to month-ends when it ends on one', () => {
    expect([isMonthEnd('06-30'), isMonthEnd('02-29'), isMonthEnd('02-28'), isMonthEnd('06-15')]).toEqual([true, true, false, false]);
    expect(yearEndPlusMonths(2025, 6, '12-31')).toBe('2026-06-30');
    expect(yearEndPlusMonths(2025, 1, '06-15')).toBe('2025-07-15');
    expect(yearEndPlusMonths(2025, 12, '02-29')).toBe('2026-02-28');
    expect(yearEndPlusMonths(2023, 12, '02-29')).toBe('2024-02-29');
    expect(monthEndDatesOf(2025, '12-31')).toEqual(Array.from({ length: 12 }, (_, i) => lastDayOfMonth(monthKey(2025, i + 1))));
    expect(monthEndDatesOf(2025, '06-30')[0]).toBe('2024-07-31');
  });
});
